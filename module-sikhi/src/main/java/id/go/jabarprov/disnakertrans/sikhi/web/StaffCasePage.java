package id.go.jabarprov.disnakertrans.sikhi.web;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.identity.Account;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import id.go.jabarprov.disnakertrans.sikhi.application.CaseClocks;
import id.go.jabarprov.disnakertrans.sikhi.application.ProvinceDesk;
import id.go.jabarprov.disnakertrans.sikhi.application.StaffCaseService;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseAction;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseDeadline;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseParty;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeCase;
import id.go.jabarprov.disnakertrans.sikhi.domain.ForumChoice;
import id.go.jabarprov.disnakertrans.sikhi.domain.MediationSession;
import id.go.jabarprov.disnakertrans.sikhi.domain.Risalah;
import id.go.jabarprov.disnakertrans.sikhi.domain.SessionKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.omnifaces.util.Faces;

/**
 * One case on the office's side. Only the steps the law allows now and the officer's permissions
 * cover are offered; the service checks both again, so a crafted request is refused the same way.
 */
@Named
@ViewScoped
public class StaffCasePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter SESSION_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient StaffCaseService cases;

    @Inject
    transient ProvinceDesk provinceDesk;

    @Inject
    transient CaseClocks clocks;

    @Inject
    transient Feedback feedback;

    @Inject
    transient Tenants tenants;

    @Inject
    transient id.go.jabarprov.disnakertrans.platform.identity.CurrentUser currentUser;

    private String id;
    private transient DisputeCase dispute;
    private transient Set<CaseAction> actions;
    // completeness check and registration
    private String missingItems;
    private String note;
    private String companyAccount;
    // pelimpahan to and from the province
    private String reason;
    // pelimpahan
    private String mediator;
    private String newMediator;
    // sessions
    private SessionKind sessionKind = SessionKind.SIDANG;
    private String sessionAt;
    private boolean online = true;
    private String place;
    private String sessionId;
    // moving a session
    private String rescheduleSessionId;
    private String newSessionAt;
    private boolean newRoom;
    private String newPlace;
    private String rescheduleReason;
    private String heldOn;
    private String partiesPresent;
    private String issue;
    private String workerPosition;
    private String companyPosition;
    private String conclusion;
    // klarifikasi: what is asked of whom by when, and what came back
    private String askedParty;
    private String questions;
    private String answerDue;
    private String received;
    // outcomes
    private String anjuranContent;
    private String messageBody;
    private String caucusWith;
    private String pbContent;
    private String phiNumber;
    private transient Part phiProof;
    // a forum choice the office records from a party's written statement
    private String recordParty;
    private ForumChoice recordChoice;
    private String recordProvider;
    private transient Part statement;
    // the mediator's conflict-of-interest declaration
    private boolean noConflict;
    private String conflictReason;
    // a representative the mediator refuses
    private String refusalParty;
    private String refusalReason;

    /**
     * The service, with the request in the case's kab/kota when a province officer opens it (every request of
     * the page: the kab/kota is the request's, never the session's).
     */
    private StaffCaseService cases() {
        provinceDesk.enter(id);
        return cases;
    }

    public void load() throws IOException {
        try {
            refresh();
        } catch (AccessDeniedException e) {
            Faces.responseSendError(404, "not found");
        }
    }

    private void refresh() {
        dispute = cases().open(id);
        actions = cases().actionsFor(dispute);
        if (pbContent == null && dispute.getPerjanjianBersama() != null) {
            pbContent = dispute.getPerjanjianBersama().getContent();
        }
    }

    public DisputeCase getCase() {
        if (dispute == null) {
            refresh();
        }
        return dispute;
    }

    public boolean can(String action) {
        getCase();
        return actions.contains(CaseAction.valueOf(action));
    }

    public List<CaseDeadline> getDeadlines() {
        return getCase().deadlines(clocks.today(), clocks.clock());
    }

    public String getKabKotaName() {
        return tenants.nameOf(getCase().getWorkplaceKabKotaCode());
    }

    public List<Account> getMediators() {
        return cases().mediatorsFor(getCase());
    }

    public List<MediationSession> getOpenSessions() {
        return getCase().getSessions().stream().filter(s -> !s.isHeld()).toList();
    }

    /** The bundle key of a party's answer to the anjuran. */
    public String answerKeyOf(String partyId) {
        return getCase().getAnjuran().findAnswer(partyId).map(a -> a.getAnswer())
                .map(answer -> "sikhi.answer." + answer.name()).orElse("sikhi.staff.noAnswer");
    }

    /** The bundle key of what a party chose on the forum offer, or of "not chosen yet". */
    public String forumChoiceKeyOf(id.go.jabarprov.disnakertrans.sikhi.domain.CaseParty party) {
        return getCase().forumVoteOf(party.getId()).map(v -> v.getChoice().key()).orElse("sikhi.party.forum.notYet");
    }

    /** The parties a Klarifikasi request asked, in the case's order: the mediator sees each one's answers, or none yet. */
    public List<id.go.jabarprov.disnakertrans.sikhi.domain.CaseParty> askedParties(
            id.go.jabarprov.disnakertrans.sikhi.domain.KlarifikasiRequest request) {
        List<String> asked = request.askedPartyIds(getCase().getParties().stream().map(p -> p.getId()).toList());
        return getCase().getParties().stream().filter(p -> asked.contains(p.getId())).toList();
    }

    /** Whether the office recorded this party's forum answer from a written statement (else the party chose online). */
    public boolean recordedByOffice(id.go.jabarprov.disnakertrans.sikhi.domain.CaseParty party) {
        return getCase().forumVoteOf(party.getId()).map(v -> v.isRecordedByOffice()).orElse(false);
    }

    /** Whether the caller may record forum answers from the parties' written statements now. */
    public boolean isMayRecordForum() {
        return cases().mayRecordForum(getCase());
    }

    /**
     * Records the chosen party's answer with its signed statement. On a refusal everything picked stays (a file
     * input cannot keep its file: the browser asks for it again); on success the form empties. An answer that
     * transfers the case to a conciliator or arbitrator takes it out of a registrar's sight: back to the queue.
     */
    public String recordForum() {
        try (InputStream content = statement == null || statement.getSize() == 0 ? null : statement.getInputStream()) {
            if (act(() -> cases().recordForumChoice(id, blankToNull(recordParty), recordChoice, recordProvider,
                    statement == null ? null : statement.getSubmittedFileName(), content))) {
                recordParty = null;
                recordChoice = null;
                recordProvider = null;
                return stillVisible() ? null : "/staff/sikhi/queue.xhtml?faces-redirect=true";
            }
        } catch (IOException e) {
            feedback.error("form:statement", "sikhi.error.forumStatementMissing");
        }
        return null;
    }

    private boolean stillVisible() {
        try {
            getCase();
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    public List<SessionKind> getSessionKinds() {
        return Arrays.asList(SessionKind.values());
    }

    public void returnIncomplete() {
        List<String> missing = missingItems == null ? List.of()
                : Arrays.stream(missingItems.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        act(() -> cases().returnIncomplete(id, missing, blankToNull(note)));
    }

    public void register() {
        act(() -> cases().register(id, companyAccount));
    }

    public void assign() {
        act(() -> cases().assignMediator(id, mediator));
    }

    public void reassign() {
        act(() -> cases().reassignMediator(id, newMediator));
    }

    public void delegateToProvince() {
        act(() -> cases().delegateToProvince(id, reason));
    }

    /** Once sent back the case is the kab/kota's again and no longer the province's to see: back to its queue. */
    public String sendBackToKabKota() {
        return act(() -> cases().sendBackToKabKota(id, reason)) ? "/staff/sikhi/province.xhtml?faces-redirect=true" : null;
    }

    /** The head of section (of the office holding the case) may hand a running mediation to another mediator. */
    public boolean isMayReassign() {
        return cases().mayReassign(getCase());
    }

    public void schedule() {
        LocalDateTime at;
        try {
            at = sessionAt == null || sessionAt.isBlank() ? null : LocalDateTime.parse(sessionAt.strip(), SESSION_TIME);
        } catch (DateTimeParseException e) {
            feedback.error("form:sessionAt", "sikhi.staff.sessionAt");
            return;
        }
        act(() -> cases().schedule(id, sessionKind, at, online, place));
    }

    /** Moves a session not yet held; on success the form empties, on a refusal everything typed stays. */
    public void reschedule() {
        LocalDateTime at;
        try {
            at = newSessionAt == null || newSessionAt.isBlank() ? null : LocalDateTime.parse(newSessionAt.strip(), SESSION_TIME);
        } catch (DateTimeParseException e) {
            feedback.error("form:newSessionAt", "sikhi.staff.sessionAt");
            Faces.validationFailed();
            return;
        }
        if (act(() -> cases.reschedule(id, rescheduleSessionId, at, newRoom, newPlace, rescheduleReason))) {
            newSessionAt = null;
            newRoom = false;
            newPlace = null;
            rescheduleReason = null;
        }
    }

    /** How many parties confirmed they will attend the session at its current time, of how many. */
    public String attendanceOf(MediationSession session) {
        long confirmed = getCase().getParties().stream().filter(p -> session.isAttendanceConfirmedBy(p.getId())).count();
        return confirmed + "/" + getCase().getParties().size();
    }

    public void recordRisalah() {
        LocalDate held;
        try {
            held = heldOn == null || heldOn.isBlank() ? null : LocalDate.parse(heldOn.strip());
        } catch (DateTimeParseException e) {
            feedback.error("form:heldOn", "sikhi.staff.heldOn");
            return;
        }
        Risalah risalah = new Risalah(held, partiesPresent, issue, workerPosition, companyPosition, conclusion);
        Map<String, String> problems = risalah.problems();
        if (!problems.isEmpty()) {
            problems.forEach((field, key) -> feedback.error("form:" + field, key));
            Faces.validationFailed();
            return;
        }
        act(() -> cases().recordRisalah(id, sessionId, risalah));
    }

    /** Starts the Klarifikasi; on a refusal everything typed stays, on success the form empties. */
    public void startKlarifikasi() {
        LocalDate due;
        try {
            due = answerDue == null || answerDue.isBlank() ? null : LocalDate.parse(answerDue.strip());
        } catch (DateTimeParseException e) {
            feedback.error("form:answerDue", "sikhi.staff.klarifikasi.dateFormat");
            Faces.validationFailed();
            return;
        }
        if (act(() -> cases().startKlarifikasi(id, askedParty, questions, due))) {
            askedParty = null;
            questions = null;
            answerDue = null;
        }
    }

    public void endKlarifikasi() {
        if (act(() -> cases().endKlarifikasi(id, received))) {
            received = null;
        }
    }

    public void issueAnjuran() {
        act(() -> cases().issueAnjuran(id, anjuranContent));
    }

    public void draftPb() {
        act(() -> cases().draftPb(id, pbContent));
    }

    public void registerPb() {
        try (InputStream content = phiProof == null || phiProof.getSize() == 0 ? null : phiProof.getInputStream()) {
            act(() -> cases().registerPbAtPhi(id, phiNumber, phiProof == null ? null : phiProof.getSubmittedFileName(), content));
        } catch (IOException e) {
            feedback.error("form:phiProof", "sikhi.error.uploadMissing");
        }
    }

    public List<id.go.jabarprov.disnakertrans.sikhi.domain.CaseMessage> getMessages() {
        return cases().messages(id);
    }

    /** The parties who can read a caucus message: those with a portal account. */
    public List<id.go.jabarprov.disnakertrans.sikhi.domain.CaseParty> getPartiesWithAccount() {
        return getCase().getParties().stream().filter(p -> p.getUsername() != null).toList();
    }

    public boolean isCaseMediator() {
        return getCase().getAssignedMediator() != null
                && getCase().getAssignedMediator().equals(currentUser.getUsername()) && !getCase().getStage().isClosed();
    }

    public void post() {
        if (act(() -> cases().post(id, caucusWith, messageBody))) {
            messageBody = null;
        }
    }

    /** The caller holds the case as mediator and must declare on conflicts of interest before anything else. */
    public boolean isDeclarationDue() {
        return cases().isDeclarationDue(getCase());
    }

    public void declareNoConflict() {
        act(() -> cases().declareNoConflict(id, noConflict));
    }

    /** The mediator who declared no conflict may report one found later (the same release follows). */
    public boolean isConflictReportable() {
        return cases().mayReportConflictLater(getCase());
    }

    /** A declared conflict releases the case: the mediator no longer sees it, so back to their queue. */
    public String declareConflict() {
        return act(() -> cases().declareConflict(id, conflictReason)) ? "/staff/sikhi/queue.xhtml?faces-redirect=true" : null;
    }

    /** The parties acting through a representative, while the caller mediates the case. */
    public List<CaseParty> getRepresentedParties() {
        return isCaseMediator() && getCase().getStage().isInMediation() ? getCase().representedParties() : List.of();
    }

    /** The represented parties whose representative is not refused already: those the mediator may refuse. */
    public List<CaseParty> getRefusableParties() {
        return getRepresentedParties().stream().filter(p -> getCase().openRefusalOf(p.getId()).isEmpty()).toList();
    }

    /** The bundle key of where a party's representative stands. */
    public String representationKeyOf(CaseParty party) {
        return getCase().openRefusalOf(party.getId())
                .map(r -> r.hasNewSuratKuasa() ? "sikhi.representative.newSuratKuasa" : "sikhi.representative.refused")
                .orElse("sikhi.representative.accepted");
    }

    public boolean mayAcceptRepresentative(CaseParty party) {
        return getCase().openRefusalOf(party.getId()).map(r -> r.hasNewSuratKuasa()).orElse(false);
    }

    /** Refuses the chosen party's representative; on a refusal of the form everything typed stays. */
    public void refuseRepresentative() {
        if (act(() -> cases().refuseRepresentative(id, refusalParty, refusalReason))) {
            refusalReason = null;
            refusalParty = null;
        }
    }

    public void acceptRepresentative(String partyId) {
        act(() -> cases().acceptRepresentative(id, partyId));
    }

    public void take(String action) {
        act(() -> cases().take(id, CaseAction.valueOf(action), blankToNull(note)));
    }

    /** After a step another bean of this page took ({@link PaperAnswersPage}): the case is read again. */
    public void changed() {
        dispute = null;
    }

    private boolean act(Runnable step) {
        boolean done = feedback.attempt(step, "sikhi.staff.done");
        dispute = null;
        return done;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getMissingItems() { return missingItems; }
    public void setMissingItems(String v) { this.missingItems = v; }
    public String getNote() { return note; }
    public void setNote(String v) { this.note = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { this.reason = v; }
    public String getCompanyAccount() { return companyAccount; }
    public void setCompanyAccount(String v) { this.companyAccount = v; }
    public String getNewMediator() { return newMediator; }
    public void setNewMediator(String v) { this.newMediator = v; }
    public String getMediator() { return mediator; }
    public void setMediator(String v) { this.mediator = v; }
    public SessionKind getSessionKind() { return sessionKind; }
    public void setSessionKind(SessionKind v) { this.sessionKind = v; }
    public String getSessionAt() { return sessionAt; }
    public void setSessionAt(String v) { this.sessionAt = v; }
    public boolean isOnline() { return online; }
    public void setOnline(boolean v) { this.online = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { this.place = v; }
    public String getSessionId() { return sessionId; }
    public void setSessionId(String v) { this.sessionId = v; }
    public String getRescheduleSessionId() { return rescheduleSessionId; }
    public void setRescheduleSessionId(String v) { this.rescheduleSessionId = v; }
    public String getNewSessionAt() { return newSessionAt; }
    public void setNewSessionAt(String v) { this.newSessionAt = v; }
    public boolean isNewRoom() { return newRoom; }
    public void setNewRoom(boolean v) { this.newRoom = v; }
    public String getNewPlace() { return newPlace; }
    public void setNewPlace(String v) { this.newPlace = v; }
    public String getRescheduleReason() { return rescheduleReason; }
    public void setRescheduleReason(String v) { this.rescheduleReason = v; }
    public String getHeldOn() { return heldOn; }
    public void setHeldOn(String v) { this.heldOn = v; }
    public String getPartiesPresent() { return partiesPresent; }
    public void setPartiesPresent(String v) { this.partiesPresent = v; }
    public String getIssue() { return issue; }
    public void setIssue(String v) { this.issue = v; }
    public String getWorkerPosition() { return workerPosition; }
    public void setWorkerPosition(String v) { this.workerPosition = v; }
    public String getCompanyPosition() { return companyPosition; }
    public void setCompanyPosition(String v) { this.companyPosition = v; }
    public String getConclusion() { return conclusion; }
    public void setConclusion(String v) { this.conclusion = v; }
    public String getMessageBody() { return messageBody; }
    public void setMessageBody(String v) { this.messageBody = v; }
    public String getCaucusWith() { return caucusWith; }
    public void setCaucusWith(String v) { this.caucusWith = v; }
    public String getAskedParty() { return askedParty; }
    public void setAskedParty(String v) { this.askedParty = v; }
    public String getQuestions() { return questions; }
    public void setQuestions(String v) { this.questions = v; }
    public String getAnswerDue() { return answerDue; }
    public void setAnswerDue(String v) { this.answerDue = v; }
    public String getReceived() { return received; }
    public void setReceived(String v) { this.received = v; }
    public String getAnjuranContent() { return anjuranContent; }
    public void setAnjuranContent(String v) { this.anjuranContent = v; }
    public String getPbContent() { return pbContent; }
    public void setPbContent(String v) { this.pbContent = v; }
    public String getPhiNumber() { return phiNumber; }
    public void setPhiNumber(String v) { this.phiNumber = v; }
    public String getRecordParty() { return recordParty; }
    public void setRecordParty(String v) { this.recordParty = v; }
    public ForumChoice getRecordChoice() { return recordChoice; }
    public void setRecordChoice(ForumChoice v) { this.recordChoice = v; }
    public String getRecordProvider() { return recordProvider; }
    public void setRecordProvider(String v) { this.recordProvider = v; }
    public Part getStatement() { return statement; }
    public void setStatement(Part v) { this.statement = v; }
    public Part getPhiProof() { return phiProof; }
    public boolean isNoConflict() { return noConflict; }
    public void setNoConflict(boolean v) { this.noConflict = v; }
    public String getConflictReason() { return conflictReason; }
    public void setConflictReason(String v) { this.conflictReason = v; }
    public String getRefusalParty() { return refusalParty; }
    public void setRefusalParty(String v) { this.refusalParty = v; }
    public String getRefusalReason() { return refusalReason; }
    public void setRefusalReason(String v) { this.refusalReason = v; }
    public void setPhiProof(Part v) { this.phiProof = v; }
}
