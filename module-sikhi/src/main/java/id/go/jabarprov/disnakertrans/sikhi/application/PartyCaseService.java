package id.go.jabarprov.disnakertrans.sikhi.application;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.documents.DocumentService;
import id.go.jabarprov.disnakertrans.platform.documents.StoredDocument;
import id.go.jabarprov.disnakertrans.platform.enablement.ModuleService;
import id.go.jabarprov.disnakertrans.platform.identity.Account;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.sikhi.SikhiModule;
import id.go.jabarprov.disnakertrans.sikhi.domain.Acceptance;
import id.go.jabarprov.disnakertrans.sikhi.domain.AttachedFile;
import id.go.jabarprov.disnakertrans.sikhi.domain.KlarifikasiAnswer;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseAction;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseMessage;
import id.go.jabarprov.disnakertrans.sikhi.domain.MessageThread;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseParty;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseSecret;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseStage;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeCase;
import id.go.jabarprov.disnakertrans.sikhi.domain.DocumentKind;
import id.go.jabarprov.disnakertrans.sikhi.domain.ForumChoice;
import id.go.jabarprov.disnakertrans.sikhi.domain.PartyRole;
import id.go.jabarprov.disnakertrans.sikhi.domain.TrackingCode;
import id.go.jabarprov.disnakertrans.sikhi.infrastructure.CaseDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a worker, a union or a company does with their own case: write and file it, complete a
 * returned file, choose a forum, answer the anjuran, accept the Perjanjian Bersama. The request's
 * kab/kota is the case's ({@link CaseLocator}); a case the caller takes no part in is "not found".
 */
@ApplicationScoped
@ModuleService(SikhiModule.ID)
public class PartyCaseService {

    /** Scans and PDFs a party uploads; larger files are refused beside the field. */
    static final long MAX_UPLOAD = 10L * 1024 * 1024;
    private static final Set<DocumentKind> BIPARTITE_PROOF = EnumSet.of(DocumentKind.RISALAH_BIPARTIT, DocumentKind.UNDANGAN_BIPARTIT);

    @PersistenceContext(unitName = "sikhi")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    @Inject
    CaseClocks clocks;

    @Inject
    CaseDirectory directory;

    @Inject
    DocumentService documents;

    @Inject
    CaseNotices notices;

    @Inject
    ForumOutcome forumOutcome;

    @Inject
    AnswerOutcome answers;

    /** A new draft in the kab/kota of the workplace (already the request's tenant). */
    @Transactional
    public DisputeCase startDraft(Filing filing) {
        requireParty();
        Instant now = Instant.now();
        throwIfAny(filing.draftProblems());
        // a placeholder secret nobody sees: the real one is chosen on filing, for the receipt
        DisputeCase dispute = new DisputeCase(TrackingCode.generate(), CaseSecret.hash(CaseSecret.generate()),
                filing.workplaceKabKota(), currentUser.getUsername(), filing.particulars(), now);
        em.persist(dispute);
        keepParties(dispute, filing);
        directory.add(dispute.getId(), dispute.getTrackingCode(), filing.workplaceKabKota(), currentUser.getUsername(), now);
        audit.record(SikhiModule.ID, "case.draft", dispute.getId(), "draft " + dispute.getTrackingCode(), null);
        return Cases.loaded(dispute);
    }

    @Transactional
    public DisputeCase updateDraft(String caseId, Filing filing) {
        DisputeCase dispute = ownCase(caseId);
        if (!dispute.isFiledBy(currentUser.getUsername())) {
            throw new AccessDeniedException("only the filer edits the file");
        }
        throwIfAny(filing.draftProblems());
        dispute.editParticulars(filing.particulars());
        keepParties(dispute, filing);
        audit.record(SikhiModule.ID, "case.edited", caseId, "file edited", null);
        return Cases.loaded(dispute);
    }

    /**
     * Files the case as the form now says (or the completed returned file). Returns the secret for the
     * receipt, shown once; null on a re-filing, whose secret stays.
     */
    @Transactional
    public String file(String caseId, Filing filing) {
        throwIfAny(filing.filingProblems());
        DisputeCase dispute = updateDraft(caseId, filing);
        // every missing document at once: the bipartite proof and, for a representative, the surat kuasa
        Map<String, String> missing = new java.util.LinkedHashMap<>();
        if (dispute.getDocuments().stream().noneMatch(d -> BIPARTITE_PROOF.contains(d.getKind()))) {
            missing.put("documents", "sikhi.error.bipartiteProofMissing");
        }
        missing.putAll(dispute.missingDocuments());
        throwIfAny(missing);
        String secret = null;
        CaseAction action = dispute.getStage() == CaseStage.RETURNED ? CaseAction.RESUBMIT : CaseAction.SUBMIT;
        if (action == CaseAction.SUBMIT) {
            secret = CaseSecret.generate();
            dispute.replaceSecret(CaseSecret.hash(secret));
        }
        dispute.apply(action, currentUser.getUsername(), Instant.now(), null, clocks.clock());
        audit.record(SikhiModule.ID, "case." + action.name().toLowerCase(), caseId, "filed " + dispute.getTrackingCode(), null);
        notices.staffOf(dispute, "sikhi.notify.filed");
        return secret;
    }

    @Transactional
    public void upload(String caseId, DocumentKind kind, String fileName, InputStream content) {
        DisputeCase dispute = ownCase(caseId);
        if (kind == null || kind.isAttachedByOffice()) {
            throw new BusinessException(Map.of("kind", "validation.required"));
        }
        StoredDocument stored = documents.store(SikhiModule.ID, "upload", fileName, content, DocumentService.SCANS, MAX_UPLOAD);
        String partyId = dispute.partyOf(currentUser.getUsername()).map(CaseParty::getId).orElse(null);
        Instant now = Instant.now();
        dispute.addDocument(kind, stored.getId(), fileName, partyId, currentUser.getUsername(), now);
        audit.record(SikhiModule.ID, "case.document", caseId, kind.name() + " " + stored.getSha256(), null);
        if (kind == DocumentKind.SURAT_KUASA) {
            // a new surat kuasa after the mediator refused the representative: the mediator looks at it and may accept
            dispute.suratKuasaAttached(partyId, stored.getId(), currentUser.getUsername(), now).ifPresent(refusal -> {
                audit.record(SikhiModule.ID, "case.representative.suratKuasa", caseId,
                        dispute.findParty(partyId).map(CaseParty::getName).orElse(partyId), stored.getSha256());
                notices.only(dispute, dispute.getAssignedMediator(), "sikhi.notify.suratKuasaRenewed");
            });
        }
    }

    /**
     * The caller's party answers the forum offer. Conciliation or arbitration is taken only once every party
     * chose it ({@link id.go.jabarprov.disnakertrans.sikhi.domain.ForumAgreement}); until then the others are
     * told that a party chose (not what: see {@link DisputeCase#hidesForumChoiceOf}) and see the deadline.
     */
    @Transactional
    public void chooseForum(String caseId, ForumChoice choice, String providerName) {
        DisputeCase dispute = ownCase(caseId);
        CaseParty party = dispute.partyOf(currentUser.getUsername()).orElseThrow(() -> new AccessDeniedException("no party"));
        CaseStage before = dispute.getStage();
        dispute.chooseForum(party.getId(), choice, providerName, currentUser.getUsername(), Instant.now(), clocks.clock());
        audit.record(SikhiModule.ID, "case.forum.vote", caseId, party.getName() + ": " + choice, blankToNull(providerName));
        forumOutcome.after(dispute, before);
    }

    /**
     * The caller's party changes its answer while the offer is still open. A page shown before the forum was
     * decided is refused with its own message ({@code sikhi.error.forumDecided}); the others are told as for a
     * first answer, and the change may decide the forum.
     */
    @Transactional
    public void changeForum(String caseId, ForumChoice choice, String providerName) {
        DisputeCase dispute = ownCase(caseId);
        CaseParty party = dispute.partyOf(currentUser.getUsername()).orElseThrow(() -> new AccessDeniedException("no party"));
        CaseStage before = dispute.getStage();
        ForumChoice previous = dispute.forumVoteOf(party.getId()).map(v -> v.getChoice()).orElse(null);
        dispute.changeForum(party.getId(), choice, providerName, currentUser.getUsername(), Instant.now(), clocks.clock());
        audit.record(SikhiModule.ID, "case.forum.vote.changed", caseId, party.getName() + ": " + previous + " -> " + choice,
                blankToNull(providerName));
        forumOutcome.after(dispute, before);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Transactional
    public void answerAnjuran(String caseId, Acceptance answer) {
        DisputeCase dispute = ownCase(caseId);
        CaseParty party = dispute.partyOf(currentUser.getUsername()).orElseThrow(() -> new AccessDeniedException("no party"));
        Instant now = Instant.now();
        dispute.answerAnjuran(party.getId(), answer, currentUser.getUsername(), now, clocks.clock());
        audit.record(SikhiModule.ID, "case.anjuran.answer", caseId, party.getName() + ": " + answer, null);
        answers.afterAnjuranAnswer(dispute, now);
    }

    @Transactional
    public void acceptPb(String caseId) {
        DisputeCase dispute = ownCase(caseId);
        CaseParty party = dispute.partyOf(currentUser.getUsername()).orElseThrow(() -> new AccessDeniedException("no party"));
        if (dispute.getPerjanjianBersama() == null) {
            throw new BusinessException("sikhi.error.pbMissing");
        }
        // acceptance binds the exact text shown: its hash is what the party accepts
        dispute.acceptPb(party.getId(), currentUser.getUsername(), dispute.getPerjanjianBersama().getDocumentHash(),
                Instant.now(), clocks.clock());
        audit.record(SikhiModule.ID, "case.pb.accepted", caseId, party.getName() + " " + dispute.getPerjanjianBersama().getDocumentHash(), null);
        answers.afterPbAcceptance(dispute);
    }

    @Transactional
    public void withdraw(String caseId) {
        DisputeCase dispute = ownCase(caseId);
        if (!dispute.isFiledBy(currentUser.getUsername())) {
            throw new AccessDeniedException("only the filer withdraws");
        }
        dispute.apply(CaseAction.WITHDRAW, currentUser.getUsername(), Instant.now(), null, clocks.clock());
        audit.record(SikhiModule.ID, "case.withdrawn", caseId, "withdrawn by the filer", null);
        notices.everyone(dispute, "sikhi.notify.changed");
    }

    /**
     * Stores a file for the Klarifikasi answer the caller's party is writing (checked as every upload: PDF, JPEG or
     * PNG by content, size-limited, refused beside the field {@code attachment}). Stored at once, so the page can keep
     * it while the answer is still refused; it belongs to the case only once the answer is sent.
     */
    @Transactional
    public AttachedFile attachToKlarifikasi(String caseId, String fileName, InputStream content) {
        DisputeCase dispute = ownCase(caseId);
        CaseParty party = dispute.partyOf(currentUser.getUsername()).orElseThrow(() -> new AccessDeniedException("no party"));
        if (dispute.klarifikasiToAnswer(party.getId()).isEmpty()) {
            throw new AccessDeniedException("no klarifikasi for " + party.getId() + " to answer");
        }
        StoredDocument stored = documents.store(SikhiModule.ID, "attachment", fileName, content, DocumentService.SCANS, MAX_UPLOAD);
        return new AttachedFile(stored.getId(), stored.getOriginalName());
    }

    /**
     * The caller's party answers the Klarifikasi request {@code klarifikasiId} with a text and the files it attached.
     * Only a party the request is addressed to may (any other: "not found"), and only with files it uploaded itself
     * for this module, so a document id typed by hand cannot pull someone else's file into the case. The mediator is
     * told; the trail names the party but not the text.
     */
    @Transactional
    public KlarifikasiAnswer answerKlarifikasi(String caseId, String klarifikasiId, String text, List<AttachedFile> files) {
        DisputeCase dispute = ownCase(caseId);
        CaseParty party = dispute.partyOf(currentUser.getUsername()).orElseThrow(() -> new AccessDeniedException("no party"));
        List<AttachedFile> attached = files == null ? List.of() : List.copyOf(files);
        for (AttachedFile file : attached) {
            documents.find(file.documentId())
                    .filter(d -> SikhiModule.ID.equals(d.getModuleId()) && currentUser.getUsername().equals(d.getUploadedBy()))
                    .orElseThrow(() -> new AccessDeniedException("document " + file.documentId() + " is not the caller's"));
        }
        KlarifikasiAnswer answer = dispute.answerKlarifikasi(klarifikasiId, party.getId(), text, attached,
                currentUser.getUsername(), Instant.now());
        audit.record(SikhiModule.ID, "case.klarifikasi.answer", caseId,
                party.getName() + (answer.isLate() ? " (late)" : "") + ", " + attached.size() + " attachment(s): "
                        + String.join(" ", attached.stream().map(AttachedFile::documentId).toList()),
                answer.getText());
        notices.only(dispute, dispute.getAssignedMediator(), "sikhi.notify.klarifikasiAnswered", party.getName());
        return answer;
    }

    /** The party confirms the risalah of a session it attended: the online signature of the minutes. */
    @Transactional
    public void confirmRisalah(String caseId, String sessionId) {
        DisputeCase dispute = ownCase(caseId);
        CaseParty party = dispute.partyOf(currentUser.getUsername()).orElseThrow(() -> new AccessDeniedException("no party"));
        dispute.confirmRisalah(sessionId, party.getId(), currentUser.getUsername(), Instant.now());
        audit.record(SikhiModule.ID, "case.risalah.confirmed", caseId, party.getName() + " " + sessionId, null);
    }

    /** The party says it will attend a scheduled meeting at its current time; the mediator is told. */
    @Transactional
    public void confirmAttendance(String caseId, String sessionId) {
        DisputeCase dispute = ownCase(caseId);
        CaseParty party = dispute.partyOf(currentUser.getUsername()).orElseThrow(() -> new AccessDeniedException("no party"));
        dispute.confirmAttendance(sessionId, party.getId(), currentUser.getUsername(), Instant.now());
        audit.record(SikhiModule.ID, "case.attendance.confirmed", caseId, party.getName() + " " + sessionId, null);
        notices.only(dispute, dispute.getAssignedMediator(), "sikhi.notify.attendance");
    }

    /** A message to every party and the mediator, or (caucus) to the mediator only. */
    @Transactional
    public void post(String caseId, boolean toMediatorOnly, String body) {
        DisputeCase dispute = ownCase(caseId);
        String me = currentUser.getUsername();
        CaseMessage message = dispute.postMessage(toMediatorOnly ? MessageThread.CAUCUS : MessageThread.ALL,
                toMediatorOnly ? me : null, me, body == null ? null : body.strip(), Instant.now());
        em.persist(message);
        audit.record(SikhiModule.ID, "case.message", caseId, message.getThread().name(), null);
        if (toMediatorOnly) {
            notices.only(dispute, dispute.getAssignedMediator(), "sikhi.notify.message");
        } else {
            notices.everyone(dispute, "sikhi.notify.message");
        }
    }

    /** The messages this party may read: the ones to everyone and their own caucus. */
    @Transactional
    public List<CaseMessage> messages(String caseId) {
        DisputeCase dispute = ownCase(caseId);
        return Cases.messages(em, dispute).stream().filter(m -> m.isVisibleTo(currentUser.getUsername(), false, true)).toList();
    }

    /** The case as its party sees it (request already in its kab/kota, see {@link CaseLocator}). */
    @Transactional
    public DisputeCase open(String caseId) {
        return Cases.loaded(ownCase(caseId));
    }

    private DisputeCase ownCase(String caseId) {
        requireParty();
        DisputeCase dispute = caseId == null ? null : em.find(DisputeCase.class, caseId);
        if (dispute == null || !directory.mayOpen(caseId, currentUser.getUsername())) {
            throw new AccessDeniedException("not a party of case " + caseId);
        }
        return dispute;
    }

    private void requireParty() {
        if (!currentUser.isSignedIn() || currentUser.isStaff()) {
            throw new AccessDeniedException("parties file and answer; officers work on the staff pages");
        }
    }

    /** The filer's side carries their account; the other side is linked by the office when registering. */
    private void keepParties(DisputeCase dispute, Filing filing) {
        boolean employer = currentUser.account().map(a -> a.getKind() == Account.Kind.EMPLOYER).orElse(false);
        String me = currentUser.getUsername();
        upsertParty(dispute, PartyRole.WORKER, filing.workerName(), employer ? null : me, filing.workerAddress(), filing.workerContact());
        upsertParty(dispute, PartyRole.COMPANY, filing.companyName(), employer ? me : null, filing.companyAddress(), filing.companyContact());
    }

    private static void upsertParty(DisputeCase dispute, PartyRole role, String name, String username, String address, String contact) {
        var existing = dispute.getParties().stream().filter(p -> p.getRole() == role).findFirst();
        if (name == null || name.isBlank()) {
            existing.ifPresent(p -> dispute.removeParty(p.getId()));
            return;
        }
        if (existing.isPresent()) {
            dispute.editParty(existing.get().getId(), name, address, contact);
        } else {
            dispute.addParty(role, name, username, address, contact);
        }
    }

    private static void throwIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new BusinessException(problems);
        }
    }
}
