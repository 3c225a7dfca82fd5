package id.go.jabarprov.disnakertrans.sikhi.web;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import id.go.jabarprov.disnakertrans.sikhi.application.CaseLocator;
import id.go.jabarprov.disnakertrans.sikhi.application.PartyCaseService;
import id.go.jabarprov.disnakertrans.sikhi.domain.Acceptance;
import id.go.jabarprov.disnakertrans.sikhi.domain.AttachedFile;
import id.go.jabarprov.disnakertrans.sikhi.domain.KlarifikasiAnswer;
import id.go.jabarprov.disnakertrans.platform.identity.Accounts;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseParty;
import id.go.jabarprov.disnakertrans.sikhi.domain.ConflictDeclaration;
import id.go.jabarprov.disnakertrans.sikhi.domain.RepresentativeRefusal;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseStage;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseMessage;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeCase;
import id.go.jabarprov.disnakertrans.sikhi.domain.DocumentKind;
import id.go.jabarprov.disnakertrans.sikhi.domain.DeadlineKind;
import id.go.jabarprov.disnakertrans.sikhi.domain.ForumChoice;
import id.go.jabarprov.disnakertrans.sikhi.domain.KlarifikasiRequest;
import id.go.jabarprov.disnakertrans.sikhi.application.CaseClocks;
import id.go.jabarprov.disnakertrans.sikhi.domain.MediationSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.omnifaces.util.Faces;

/** A case as one of its parties sees it, with the steps that are theirs to take now. */
@Named
@ViewScoped
public class PartyCasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartyCaseService cases;

    @Inject
    transient CaseLocator locator;

    @Inject
    transient Feedback feedback;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Tenants tenants;

    @Inject
    transient CaseClocks clocks;

    @Inject
    transient Accounts accounts;

    private String id;
    private String providerName;
    // changing the forum answer
    private ForumChoice newChoice;
    private String newProviderName;
    private String body;
    private DocumentKind evidenceKind = DocumentKind.BUKTI;
    private transient jakarta.servlet.http.Part evidence;
    private transient jakarta.servlet.http.Part suratKuasa;
    private boolean toMediatorOnly;
    // the Klarifikasi answer being written: its text and the files already stored for it (kept when the answer is refused)
    private String answerText;
    private transient jakarta.servlet.http.Part attachment;
    private final java.util.ArrayList<AttachedFile> attached = new java.util.ArrayList<>();
    private transient DisputeCase dispute;

    public void load() throws IOException {
        try {
            refresh();
        } catch (AccessDeniedException e) {
            Faces.responseSendError(404, "not found");
        }
    }

    private void refresh() {
        locator.enterAsParty(id);
        dispute = cases.open(id);
    }

    public DisputeCase getCase() {
        if (dispute == null) {
            refresh();
        }
        return dispute;
    }

    public String getKabKotaName() {
        return tenants.nameOf(getCase().getWorkplaceKabKotaCode());
    }

    private Optional<CaseParty> me() {
        return getCase().partyOf(currentUser.getUsername());
    }

    /** The forum offer is open: every party sees who chose what so far, and the deadline. */
    public boolean isForumOffered() {
        return getCase().getStage() == CaseStage.FORUM_OFFERED;
    }

    /** This party may still answer the forum offer (one answer per party). */
    public boolean isForumChoice() {
        return isForumOffered() && me().map(p -> getCase().forumVoteOf(p.getId()).isEmpty()).orElse(false);
    }

    /** This party already answered and may still change its answer while the offer is open. */
    public boolean isMayChangeForum() {
        return isForumOffered() && me().map(p -> getCase().forumVoteOf(p.getId()).isPresent()).orElse(false);
    }

    /**
     * The bundle key of what a party chose, of "chose" when the choice is another party's and still pending
     * ({@link DisputeCase#hidesForumChoiceOf}), or of "not chosen yet".
     */
    public String forumChoiceKeyOf(CaseParty party) {
        return getCase().forumVoteOf(party.getId())
                .map(v -> getCase().hidesForumChoiceOf(party.getId(), currentUser.getUsername()) ? "sikhi.party.forum.chosen"
                        : v.getChoice().key())
                .orElse("sikhi.party.forum.notYet");
    }

    /** The forums this dispute allows, for changing an answer. */
    public java.util.List<ForumChoice> getForumOptions() {
        return getCase().forumOptions();
    }

    /** The documents this party may read (another party's pending forum statement is not among them). */
    public java.util.List<id.go.jabarprov.disnakertrans.sikhi.domain.CaseDocument> getDocuments() {
        return getCase().documentsVisibleToParty(currentUser.getUsername());
    }

    /** Whether a trail line carries another party's pending forum choice, which this party does not read yet. */
    public boolean hidden(id.go.jabarprov.disnakertrans.sikhi.domain.CaseEvent event) {
        return getCase().hidesFromParty(event, currentUser.getUsername());
    }

    /** The last day to choose (7 HK from the offer), or null when no choice is running. */
    public java.time.LocalDate getForumDue() {
        return getCase().deadlines(clocks.today(), clocks.clock()).stream()
                .filter(d -> d.kind() == DeadlineKind.FORUM_CHOICE)
                .map(d -> d.deadline().date()).findFirst().orElse(null);
    }

    /** The Klarifikasi requests addressed to this party (or to every party), with their questions and due day. */
    public java.util.List<KlarifikasiRequest> getKlarifikasi() {
        return me().map(p -> getCase().klarifikasiFor(p.getId())).orElse(java.util.List.of());
    }

    /** The open Klarifikasi request this party may answer now, or null. */
    public KlarifikasiRequest getKlarifikasiToAnswer() {
        return me().flatMap(p -> getCase().klarifikasiToAnswer(p.getId())).orElse(null);
    }

    /** This party's own answers to a request: another party's answers are not shown to it. */
    public java.util.List<KlarifikasiAnswer> myAnswers(KlarifikasiRequest request) {
        return me().map(p -> request.answersOf(p.getId())).orElse(java.util.List.of());
    }

    public java.util.List<AttachedFile> getAttached() {
        return attached;
    }

    /** Stores the chosen file for the answer being written; the text typed stays. */
    public void attach() {
        if (attachment == null || attachment.getSize() == 0) {
            feedback.error("answer:attachment", "sikhi.error.uploadMissing");
            return;
        }
        storeAttachment();
    }

    /**
     * Sends the answer with the files attached (a file still chosen is stored first). A refusal shows beside its
     * field and keeps the text and every file stored; on success the form empties.
     */
    public void sendAnswer() {
        KlarifikasiRequest request = getKlarifikasiToAnswer();
        if (attachment != null && attachment.getSize() > 0 && !storeAttachment()) {
            return;
        }
        String requestId = request == null ? null : request.getId();
        try {
            locator.enterAsParty(id);
            cases.answerKlarifikasi(id, requestId, answerText, attached);
            answerText = null;
            attached.clear();
            feedback.info("sikhi.klarifikasi.sent");
        } catch (BusinessException e) {
            showOnAnswerForm(e);
        } catch (AccessDeniedException e) {
            feedback.error(null, "error.denied");
        }
        dispute = null;
    }

    private boolean storeAttachment() {
        try (java.io.InputStream content = attachment.getInputStream()) {
            locator.enterAsParty(id);
            attached.add(cases.attachToKlarifikasi(id, attachment.getSubmittedFileName(), content));
            return true;
        } catch (BusinessException e) {
            showOnAnswerForm(e);
        } catch (AccessDeniedException e) {
            feedback.error(null, "error.denied");
        } catch (IOException e) {
            feedback.error("answer:attachment", "sikhi.error.uploadMissing");
        }
        return false;
    }

    /** The answer form is {@code answer}, not the {@code form} the core's feedback puts field messages on. */
    private void showOnAnswerForm(BusinessException e) {
        if (e.key() != null) {
            feedback.error(null, e.key());
        }
        e.fieldKeys().forEach((field, key) -> feedback.error("answer:" + ("answer".equals(field) ? "answerText" : "attachment"), key));
        jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
    }

    public boolean isMayAnswerAnjuran() {
        return getCase().getStage() == CaseStage.ANJURAN_ISSUED && me().isPresent()
                && getCase().getAnjuran().findAnswer(me().get().getId()).map(a -> a.getAnswer() == null).orElse(true);
    }

    public boolean isMayAcceptPb() {
        return getCase().getStage() == CaseStage.PB_DRAFTED && getCase().getPerjanjianBersama() != null && me().isPresent()
                && !getCase().getPerjanjianBersama().isAcceptedBy(me().get().getId());
    }

    public boolean isMayWithdraw() {
        return !getCase().getStage().isClosed() && getCase().getStage() != CaseStage.DRAFT
                && getCase().isFiledBy(currentUser.getUsername());
    }

    public void chooseMediation() {
        act(() -> cases.chooseForum(id, ForumChoice.MEDIATION, null), "sikhi.party.done");
    }

    public void chooseConciliation() {
        act(() -> cases.chooseForum(id, ForumChoice.CONCILIATION, providerName), "sikhi.party.done");
    }

    public void chooseArbitration() {
        act(() -> cases.chooseForum(id, ForumChoice.ARBITRATION, providerName), "sikhi.party.done");
    }

    /** Replaces this party's answer; a refusal (e.g. the forum was decided meanwhile) keeps what was picked. */
    public void changeForum() {
        if (newChoice == null) {
            feedback.error("forum:newChoice", "sikhi.validation.required");
            return;
        }
        if (act(() -> cases.changeForum(id, newChoice, newProviderName), "sikhi.party.forum.changed")) {
            newChoice = null;
            newProviderName = null;
        }
    }

    public void acceptAnjuran() {
        act(() -> cases.answerAnjuran(id, Acceptance.ACCEPTED), "sikhi.party.anjuran.answered");
    }

    public void rejectAnjuran() {
        act(() -> cases.answerAnjuran(id, Acceptance.REJECTED), "sikhi.party.anjuran.answered");
    }

    public void acceptPb() {
        act(() -> cases.acceptPb(id), "sikhi.party.pb.accepted");
    }

    public java.util.List<CaseMessage> getMessages() {
        locator.enterAsParty(id);
        return cases.messages(id);
    }

    public boolean isMayPost() {
        return !getCase().getStage().isClosed() && getCase().getStage() != CaseStage.DRAFT;
    }

    public void post() {
        if (act(() -> cases.post(id, toMediatorOnly, body), "sikhi.messages.sent")) {
            body = null;
        }
    }

    public void confirmRisalah(String sessionId) {
        act(() -> cases.confirmRisalah(id, sessionId), "sikhi.party.done");
    }

    /** Whether this party still has to confirm the risalah of a held session. */
    public boolean mayConfirm(MediationSession session) {
        return session.isHeld() && !getCase().getStage().isClosed()
                && me().map(p -> !session.isConfirmedBy(p.getId())).orElse(false);
    }

    public void confirmAttendance(String sessionId) {
        act(() -> cases.confirmAttendance(id, sessionId), "sikhi.party.attendanceConfirmed");
    }

    /** Whether this party has yet to say it will attend a coming session at its current time. */
    public boolean mayConfirmAttendance(MediationSession session) {
        return !session.isHeld() && !getCase().getStage().isClosed()
                && me().map(p -> !session.isAttendanceConfirmedBy(p.getId())).orElse(false);
    }

    /** Whether this party said it will attend the session at its current time. */
    public boolean attends(MediationSession session) {
        return me().map(p -> session.isAttendanceConfirmedBy(p.getId())).orElse(false);
    }

    /** Evidence, counter-evidence or a power of attorney, added while the case runs. */
    public void uploadEvidence() {
        upload(evidenceKind, evidence, "evidence:evidenceFile");
    }

    /** A new surat kuasa khusus after the mediator refused this party's representative; the mediator is told. */
    public void uploadSuratKuasa() {
        upload(DocumentKind.SURAT_KUASA, suratKuasa, "representation:suratKuasaFile");
    }

    /** The same checks for every upload of a party (type by content, size): refusals beside the file field. */
    private void upload(DocumentKind kind, jakarta.servlet.http.Part part, String fieldId) {
        if (part == null || part.getSize() == 0) {
            feedback.error(fieldId, "sikhi.error.uploadMissing");
            return;
        }
        try (java.io.InputStream content = part.getInputStream()) {
            locator.enterAsParty(id);
            cases.upload(id, kind, part.getSubmittedFileName(), content);
            feedback.info("sikhi.file.uploaded");
        } catch (BusinessException e) {
            String key = e.key() != null ? e.key() : e.fieldKeys().values().iterator().next();
            feedback.error(fieldId, key);
        } catch (AccessDeniedException e) {
            feedback.error(null, "error.denied");
        } catch (IOException e) {
            feedback.error(fieldId, "sikhi.error.uploadMissing");
        }
        dispute = null;
    }

    /** The mediator's refusal of this party's representative, while it stands. */
    public RepresentativeRefusal getRefusal() {
        return me().flatMap(p -> getCase().openRefusalOf(p.getId())).orElse(null);
    }

    /**
     * The mediator's declaration of no conflict of interest, shown to the parties with name and date. A conflict
     * declared by a released mediator is the office's and is never shown here.
     */
    public ConflictDeclaration getNoConflictDeclaration() {
        return getCase().currentDeclaration().filter(d -> !d.isConflict()).orElse(null);
    }

    public String getMediatorName() {
        String username = getCase().getAssignedMediator();
        return username == null ? null : accounts.findByUsername(username).map(a -> a.getDisplayName()).orElse(username);
    }

    public java.util.List<DocumentKind> getEvidenceKinds() {
        return java.util.List.of(DocumentKind.BUKTI,
                DocumentKind.BUKTI_BALASAN,
                DocumentKind.SURAT_KUASA,
                DocumentKind.OTHER);
    }

    public void withdraw() {
        act(() -> cases.withdraw(id), "sikhi.party.done");
    }

    private boolean act(Runnable step, String doneKey) {
        boolean done = feedback.attempt(() -> {
            locator.enterAsParty(id);
            step.run();
        }, doneKey);
        dispute = null;
        return done;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public DocumentKind getEvidenceKind() { return evidenceKind; }
    public void setEvidenceKind(DocumentKind v) { this.evidenceKind = v; }
    public jakarta.servlet.http.Part getEvidence() { return evidence; }
    public jakarta.servlet.http.Part getSuratKuasa() { return suratKuasa; }
    public void setSuratKuasa(jakarta.servlet.http.Part v) { this.suratKuasa = v; }
    public void setEvidence(jakarta.servlet.http.Part v) { this.evidence = v; }
    public String getBody() { return body; }
    public void setBody(String v) { this.body = v; }
    public boolean isToMediatorOnly() { return toMediatorOnly; }
    public void setToMediatorOnly(boolean v) { this.toMediatorOnly = v; }
    public ForumChoice getNewChoice() { return newChoice; }
    public void setNewChoice(ForumChoice v) { this.newChoice = v; }
    public String getNewProviderName() { return newProviderName; }
    public void setNewProviderName(String v) { this.newProviderName = v; }
    public String getProviderName() { return providerName; }
    public String getAnswerText() { return answerText; }
    public void setAnswerText(String v) { this.answerText = v; }
    public jakarta.servlet.http.Part getAttachment() { return attachment; }
    public void setAttachment(jakarta.servlet.http.Part v) { this.attachment = v; }
    public void setProviderName(String v) { this.providerName = v; }
}
