package id.go.jabarprov.disnakertrans.sikhi.application;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.documents.DocumentService;
import id.go.jabarprov.disnakertrans.platform.documents.StoredDocument;
import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.enablement.ModuleService;
import id.go.jabarprov.disnakertrans.platform.identity.Account;
import id.go.jabarprov.disnakertrans.platform.identity.Accounts;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.module.Roles;
import id.go.jabarprov.disnakertrans.platform.numbering.RunningNumbers;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import id.go.jabarprov.disnakertrans.sikhi.SikhiModule;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseAction;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseClock;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseDeadline;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseMessage;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseStage;
import id.go.jabarprov.disnakertrans.sikhi.domain.ConflictDeclaration;
import id.go.jabarprov.disnakertrans.sikhi.domain.DelegationRules;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeCase;
import id.go.jabarprov.disnakertrans.sikhi.domain.DocumentKind;
import id.go.jabarprov.disnakertrans.sikhi.domain.ErrorKeys;
import id.go.jabarprov.disnakertrans.sikhi.domain.ForumChoice;
import id.go.jabarprov.disnakertrans.sikhi.domain.KlarifikasiRequest;
import id.go.jabarprov.disnakertrans.sikhi.domain.MediationSession;
import id.go.jabarprov.disnakertrans.sikhi.domain.MessageThread;
import id.go.jabarprov.disnakertrans.sikhi.domain.PartyRole;
import id.go.jabarprov.disnakertrans.sikhi.domain.PerjanjianBersama;
import id.go.jabarprov.disnakertrans.sikhi.domain.RegistrationNumber;
import id.go.jabarprov.disnakertrans.sikhi.domain.Risalah;
import id.go.jabarprov.disnakertrans.sikhi.domain.SessionKind;
import id.go.jabarprov.disnakertrans.sikhi.domain.SessionMove;
import id.go.jabarprov.disnakertrans.sikhi.domain.SikhiTime;
import id.go.jabarprov.disnakertrans.sikhi.infrastructure.CaseDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The office's side of a case, in the officer's active kab/kota (rows of another kab/kota are not
 * there to find). Who may do what: registration officers check, return, register and offer the
 * forum; the head of section assigns mediators and sees everything; a mediator sees and runs only
 * the cases assigned to them once they are in mediation.
 *
 * <p>A case delegated to the province stays in its kab/kota: the kab/kota keeps seeing it and its trail but
 * decides nothing while the province holds it; province officers come to it through {@link ProvinceDesk#enter}
 * and see and do only what {@link DelegationRules} gives the province.
 */
@ApplicationScoped
@ModuleService(SikhiModule.ID)
public class StaffCaseService {

    /** The stages a registration officer works in, before a mediator holds the case. */
    static final Set<CaseStage> REGISTRATION_STAGES = EnumSet.of(CaseStage.SUBMITTED, CaseStage.RETURNED, CaseStage.REGISTERED,
            CaseStage.DELEGATED_TO_PROVINCE, CaseStage.FORUM_OFFERED, CaseStage.AWAITING_MEDIATOR);
    private static final Set<CaseAction> REGISTRAR_ACTIONS = EnumSet.of(CaseAction.RETURN_INCOMPLETE, CaseAction.REGISTER,
            CaseAction.OFFER_FORUM, CaseAction.FORUM_LAPSED, CaseAction.DELEGATE_TO_PROVINCE, CaseAction.RETURN_LAPSED,
            CaseAction.SEND_BACK_TO_BIPARTITE);
    private static final Set<CaseAction> SUPERVISOR_ACTIONS = EnumSet.of(CaseAction.ASSIGN_MEDIATOR, CaseAction.SEND_BACK_TO_KABKOTA);
    private static final Set<CaseAction> MEDIATOR_ACTIONS = EnumSet.of(CaseAction.START_KLARIFIKASI, CaseAction.END_KLARIFIKASI,
            CaseAction.RECORD_SESSION, CaseAction.DRAFT_PB, CaseAction.ISSUE_ANJURAN, CaseAction.ANSWERS_COMPLETE,
            CaseAction.REGISTER_PB_AT_PHI, CaseAction.SEND_BACK_TO_BIPARTITE, CaseAction.WITHDRAW, CaseAction.ABANDON_PB);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "sikhi")
    EntityManager em;

    @Inject
    RunningNumbers runningNumbers;

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    @Inject
    AuditService audit;

    @Inject
    CaseClocks clocks;

    @Inject
    CaseDirectory directory;

    @Inject
    Accounts accounts;

    @Inject
    EnablementService enablement;

    @Inject
    DocumentService documents;

    @Inject
    CaseNotices notices;

    @Inject
    CaseLetters letters;

    @Inject
    ProvinceVisit provinceVisit;

    @Inject
    ForumOutcome forumOutcome;

    /** A line of the work queue: the case and the time limit that comes first, if one runs. */
    public record QueueEntry(DisputeCase dispute, Optional<CaseDeadline> next) {
        public DisputeCase getCase() { return dispute; }
        public CaseDeadline getDeadline() { return next.orElse(null); }
    }

    /**
     * The cases the caller works on in the active kab/kota (the first 500 filed), what is due first on top. Each
     * case's first deadline is worked out here, in the transaction: it reads only the rows the deadlines need (the
     * trail for klarifikasi pauses, the anjuran's answers), not everything a case page shows.
     */
    @Transactional
    public List<QueueEntry> workQueue(boolean closedToo) {
        requireStaff();
        String jpql = "select c from DisputeCase c where c.stage <> :draft"
                + (closedToo ? "" : " and c.stage not in :closed")
                + (canSupervise() ? "" : currentUser.can(SikhiModule.REGISTER)
                        ? " and (c.stage in :registration or c.assignedMediator = :me)" : " and c.assignedMediator = :me")
                + " order by c.filedAt";
        var query = em.createQuery(jpql, DisputeCase.class).setParameter("draft", CaseStage.DRAFT);
        if (!closedToo) {
            query.setParameter("closed", CaseStage.notRunning());
        }
        if (!canSupervise()) {
            query.setParameter("me", currentUser.getUsername());
            if (currentUser.can(SikhiModule.REGISTER)) {
                query.setParameter("registration", REGISTRATION_STAGES);
            }
        }
        CaseClock clock = clocks.clock();
        LocalDate today = clocks.today();
        return query.setMaxResults(500).getResultList().stream()
                .map(c -> new QueueEntry(c, c.deadlines(today, clock).stream().min(Comparator.comparing(d -> d.deadline().date()))))
                .sorted(Comparator.comparing((QueueEntry e) -> e.next().map(d -> d.deadline().date()).orElse(LocalDate.MAX)))
                .toList();
    }

    @Transactional
    public DisputeCase open(String caseId) {
        return Cases.loaded(visibleCase(caseId));
    }

    /** The actions the caller may take on the case now: legal by law and within their permissions. */
    public Set<CaseAction> actionsFor(DisputeCase dispute) {
        Set<CaseAction> legal = EnumSet.noneOf(CaseAction.class);
        legal.addAll(dispute.allowedActions(clocks.today(), clocks.clock()));
        legal.removeIf(action -> !mayTake(dispute, action));
        if (isDeclarationDue(dispute)) {
            legal.removeAll(MEDIATOR_ACTIONS);
        }
        return legal;
    }

    /** Whether the caller holds the case as its mediator and has yet to declare on conflicts of interest. */
    public boolean isDeclarationDue(DisputeCase dispute) {
        return isMediatorOf(dispute) && dispute.isDeclarationDue();
    }

    /** Whether the caller holds the case as its mediator, declared no conflict, and may still report one found later. */
    public boolean mayReportConflictLater(DisputeCase dispute) {
        return isMediatorOf(dispute) && dispute.getStage().isInMediation()
                && dispute.currentDeclaration().filter(d -> !d.isConflict()).isPresent();
    }

    /** The mediator holding the case declares no conflict of interest with its parties (the statement ticked). */
    @Transactional
    public void declareNoConflict(String caseId, boolean statementTicked) {
        DisputeCase dispute = declarantsCase(caseId);
        dispute.declareNoConflict(currentUser.getUsername(), statementTicked, Instant.now());
        audit.record(SikhiModule.ID, "case.conflict.none", caseId, dispute.getTrackingCode() + ": no conflict of interest declared",
                null);
    }

    /**
     * The mediator holding the case declares a conflict of interest and leaves it ({@link DisputeCase#declareConflict}):
     * the heads of section are told, with the reason, in the portal and by e-mail, to assign someone else. The
     * parties are told only that the case moved; the reason stays with the office.
     */
    @Transactional
    public void declareConflict(String caseId, String reason) {
        DisputeCase dispute = declarantsCase(caseId);
        ConflictDeclaration declaration = dispute.declareConflict(currentUser.getUsername(), reason, Instant.now(), clocks.clock());
        String cleaned = reason.strip();
        audit.record(SikhiModule.ID, "case.conflict.declared", caseId, dispute.getTrackingCode() + " -> " + dispute.getStage()
                + ", mediator released" + (declaration.isFoundLater() ? " (conflict found after declaring none)" : ""), cleaned);
        notices.heads(dispute, "sikhi.notify.conflict", currentUser.getUsername(), cleaned);
        notices.everyone(dispute, "sikhi.notify.changed");
    }

    private DisputeCase declarantsCase(String caseId) {
        DisputeCase dispute = visibleCase(caseId);
        if (!isMediatorOf(dispute)) {
            throw new AccessDeniedException("not the case's mediator");
        }
        return dispute;
    }

    /**
     * The mediator refuses a party's representative with a reason: the party is told, in the portal and by
     * e-mail, to come in person or upload a valid surat kuasa khusus.
     */
    @Transactional
    public void refuseRepresentative(String caseId, String partyId, String reason) {
        DisputeCase dispute = mediatorsCase(caseId);
        var refusal = dispute.refuseRepresentative(partyId, reason, currentUser.getUsername(), Instant.now());
        var party = dispute.findParty(partyId).orElseThrow();
        audit.record(SikhiModule.ID, "case.representative.refused", caseId, party.getName(), refusal.getReason());
        notices.only(dispute, party.getUsername(), "sikhi.notify.representativeRefused", refusal.getReason());
    }

    /** The mediator accepts the representative again on the surat kuasa uploaded since the refusal. */
    @Transactional
    public void acceptRepresentative(String caseId, String partyId) {
        DisputeCase dispute = mediatorsCase(caseId);
        var refusal = dispute.acceptRepresentative(partyId, currentUser.getUsername(), Instant.now());
        var party = dispute.findParty(partyId).orElseThrow();
        audit.record(SikhiModule.ID, "case.representative.accepted", caseId, party.getName(), refusal.getNewDocumentId());
        notices.only(dispute, party.getUsername(), "sikhi.notify.representativeAccepted");
    }

    @Transactional
    public void take(String caseId, CaseAction action, String note) {
        DisputeCase dispute = caseFor(caseId, action);
        dispute.apply(action, currentUser.getUsername(), Instant.now(), note, clocks.clock());
        done(dispute, action, note);
    }

    /**
     * The mediator starts a Klarifikasi with what is asked of whom by when; the party asked (or every party)
     * is told in the portal and by e-mail, the others see the step on the trail.
     */
    @Transactional
    public KlarifikasiRequest startKlarifikasi(String caseId, String askedPartyId, String questions, LocalDate answerDue) {
        DisputeCase dispute = caseFor(caseId, CaseAction.START_KLARIFIKASI);
        String asked = askedPartyId == null || askedPartyId.isBlank() ? null : askedPartyId;
        KlarifikasiRequest request = dispute.startKlarifikasi(asked, questions, answerDue, currentUser.getUsername(),
                Instant.now(), clocks.clock());
        audit.record(SikhiModule.ID, "case.start_klarifikasi", caseId,
                dispute.getTrackingCode() + " -> " + dispute.getStage() + ", asked " + (asked == null ? "all parties" : asked)
                        + ", due " + answerDue, request.getQuestions());
        notices.partiesAsked(dispute, asked, "sikhi.notify.klarifikasi", answerDue.toString());
        return request;
    }

    /** The mediator ends the Klarifikasi, writing what was received; the clock runs again. */
    @Transactional
    public void endKlarifikasi(String caseId, String received) {
        DisputeCase dispute = caseFor(caseId, CaseAction.END_KLARIFIKASI);
        dispute.endKlarifikasi(received, currentUser.getUsername(), Instant.now(), clocks.clock());
        done(dispute, CaseAction.END_KLARIFIKASI, received);
    }

    @Transactional
    public void returnIncomplete(String caseId, List<String> missing, String note) {
        DisputeCase dispute = caseFor(caseId, CaseAction.RETURN_INCOMPLETE);
        dispute.returnIncomplete(missing, currentUser.getUsername(), Instant.now(), note, clocks.clock());
        done(dispute, CaseAction.RETURN_INCOMPLETE, String.join("; ", missing));
    }

    /** Registers the case with the next number of the kab/kota and year, linking the company's account when given. */
    @Transactional
    public void register(String caseId, String companyUsername) {
        DisputeCase dispute = caseFor(caseId, CaseAction.REGISTER);
        if (companyUsername != null && !companyUsername.isBlank()) {
            Account company = accounts.findActiveByUsername(companyUsername.strip())
                    .filter(a -> a.getKind() == Account.Kind.EMPLOYER)
                    .orElseThrow(() -> new BusinessException(Map.of("companyAccount", "sikhi.error.noSuchEmployer")));
            dispute.getParties().stream().filter(p -> p.getRole() == PartyRole.COMPANY && p.getUsername() == null).findFirst()
                    .ifPresent(p -> dispute.linkPartyAccount(p.getId(), company.getUsername()));
            directory.grant(caseId, company.getUsername());
        }
        Instant now = Instant.now();
        int year = SikhiTime.dateOf(now).getYear();
        RegistrationNumber number = new RegistrationNumber(nextSequence(year), tenant(), year);
        dispute.register(number, currentUser.getUsername(), now, clocks.clock());
        done(dispute, CaseAction.REGISTER, number.format());
    }

    /**
     * The next registration sequence of the kab/kota and year, from the core's running numbers: two officers
     * registering at once wait for each other instead of colliding on the same number.
     */
    private int nextSequence(int year) {
        return (int) runningNumbers.next("sikhi.registration/" + tenant() + "/" + year, () -> {
            Integer last = em.createQuery("select max(c.registrationSeq) from DisputeCase c where c.registrationYear = :y", Integer.class)
                    .setParameter("y", year).getSingleResult();
            return last == null ? 0 : last;
        });
    }

    /** The mediators of the active kab/kota, for the head of section's choice. */
    public List<Account> mediators() {
        return accounts.activeStaffWithRole(Roles.SIKHI_MEDIATOR, tenant());
    }

    /**
     * The mediators who may take the case: the province's while the province holds it, else the kab/kota's; never
     * one who declared a conflict of interest on it.
     */
    public List<Account> mediatorsFor(DisputeCase dispute) {
        List<Account> office = dispute.isDelegated() ? accounts.activeStaffWithRole(Roles.SIKHI_MEDIATOR, Wilayah.PROVINCE_CODE)
                : mediators();
        Set<String> conflicted = dispute.conflictedMediators();
        return office.stream().filter(a -> !conflicted.contains(a.getUsername())).toList();
    }

    /**
     * Registration staff (or the head of section) record a party's forum answer from its signed written
     * statement: a party without a portal account (a company answering by letter), or one that came to the office
     * and has not chosen online. The statement is stored with the same content checks as every upload and linked
     * to the answer; without it nothing is recorded and the refusal stands beside the upload. The same
     * {@link id.go.jabarprov.disnakertrans.sikhi.domain.ForumAgreement} decides as for the parties' own answers.
     */
    @Transactional
    public void recordForumChoice(String caseId, String partyId, ForumChoice choice, String providerName, String fileName,
            InputStream statement) {
        refuseIfForumDecided(caseId);
        DisputeCase dispute = visibleCase(caseId);
        if (!mayRecordForum(dispute)) {
            throw new AccessDeniedException("may not record a forum choice");
        }
        Instant now = Instant.now();
        String officer = currentUser.getUsername();
        String documentId = null;
        if (statement != null) {
            StoredDocument stored = documents.store(SikhiModule.ID, "statement", fileName, statement, DocumentService.SCANS,
                    PartyCaseService.MAX_UPLOAD);
            documentId = stored.getId();
            String party = partyId != null && dispute.findParty(partyId).isPresent() ? partyId : null;
            dispute.addDocument(DocumentKind.SURAT_PILIHAN_FORUM, documentId, fileName, party, officer, now);
        }
        CaseStage before = dispute.getStage();
        boolean walkIn = dispute.findParty(partyId).map(p -> p.getUsername() != null).orElse(false);
        dispute.recordForumChoice(partyId, choice, providerName, documentId, officer, now, clocks.clock());
        String partyName = dispute.findParty(partyId).map(p -> p.getName()).orElse(partyId);
        // a party with an account that came to the office is recorded too: the audit says so, for supervision
        audit.record(SikhiModule.ID, walkIn ? "case.forum.vote.recorded.walkIn" : "case.forum.vote.recorded", caseId,
                partyName + ": " + choice + " (written statement " + documentId + ")",
                providerName == null || providerName.isBlank() ? null : providerName.strip());
        forumOutcome.after(dispute, before);
    }

    /**
     * Whether the caller may record forum answers for the parties now: the permission that registers cases, on a
     * case whose forum offer is open, for the office holding it.
     */
    public boolean mayRecordForum(DisputeCase dispute) {
        return currentUser.can(SikhiModule.REGISTER) && dispute.getStage() == CaseStage.FORUM_OFFERED
                && DelegationRules.sideMayTake(dispute.isDelegated(), forProvince(dispute), false, CaseAction.OFFER_FORUM);
    }

    /**
     * A registrar's page shown before the forum was decided: once decided the case may have left the stages a
     * registrar sees (transferred), which would read as "not found"; it says what happened instead. Only within the
     * active kab/kota (another's rows are not there to find).
     */
    private void refuseIfForumDecided(String caseId) {
        requireStaff();
        DisputeCase dispute = caseId == null ? null : em.find(DisputeCase.class, caseId);
        if (dispute != null && currentUser.can(SikhiModule.REGISTER) && currentUser.canActOn(tenant())
                && dispute.getStage() != CaseStage.FORUM_OFFERED && dispute.getForumChoice() != null) {
            throw new BusinessException(ErrorKeys.FORUM_DECIDED);
        }
    }

    /** The kab/kota hands a registered case to the province, with the reason the province reads in its queue. */
    @Transactional
    public void delegateToProvince(String caseId, String reason) {
        DisputeCase dispute = caseFor(caseId, CaseAction.DELEGATE_TO_PROVINCE);
        dispute.delegateToProvince(reason, currentUser.getUsername(), Instant.now(), clocks.clock());
        done(dispute, CaseAction.DELEGATE_TO_PROVINCE, reason);
    }

    /** The province hands a delegated case back to its kab/kota, saying why. */
    @Transactional
    public void sendBackToKabKota(String caseId, String reason) {
        DisputeCase dispute = caseFor(caseId, CaseAction.SEND_BACK_TO_KABKOTA);
        dispute.sendBackToKabKota(reason, currentUser.getUsername(), Instant.now(), clocks.clock());
        done(dispute, CaseAction.SEND_BACK_TO_KABKOTA, reason);
    }

    @Transactional
    public void assignMediator(String caseId, String mediatorUsername) {
        DisputeCase dispute = caseFor(caseId, CaseAction.ASSIGN_MEDIATOR);
        requireOfferable(dispute, mediatorUsername, "mediator");
        dispute.assignMediator(mediatorUsername, currentUser.getUsername(), Instant.now(), clocks.clock());
        done(dispute, CaseAction.ASSIGN_MEDIATOR, mediatorUsername);
    }

    /** The head of section hands a case in mediation to another mediator of the kab/kota (leave, conflict of interest). */
    @Transactional
    public void reassignMediator(String caseId, String mediatorUsername) {
        DisputeCase dispute = visibleCase(caseId);
        if (!mayReassign(dispute)) {
            throw new AccessDeniedException("may not reassign");
        }
        requireOfferable(dispute, mediatorUsername, "newMediator");
        // no mediator before when the last one left the running mediation for a conflict of interest
        String before = dispute.getAssignedMediator() == null ? "-" : dispute.getAssignedMediator();
        dispute.reassignMediator(mediatorUsername, currentUser.getUsername(), Instant.now(), before + " -> " + mediatorUsername);
        audit.record(SikhiModule.ID, "case.mediator.reassigned", caseId, before + " -> " + mediatorUsername, null);
        notices.only(dispute, mediatorUsername, "sikhi.notify.changed");
    }

    /** The mediator must be one the head may choose: of the office holding the case, without a conflict declared on it. */
    private void requireOfferable(DisputeCase dispute, String mediatorUsername, String field) {
        if (mediatorUsername != null && dispute.conflictedMediators().contains(mediatorUsername)) {
            throw new BusinessException(Map.of(field, ErrorKeys.MEDIATOR_CONFLICTED));
        }
        boolean known = mediatorUsername != null
                && mediatorsFor(dispute).stream().anyMatch(a -> a.getUsername().equals(mediatorUsername));
        if (!known) {
            throw new BusinessException(Map.of(field, "sikhi.error.noSuchMediator"));
        }
    }

    /** Plans a sidang or klarifikasi: online with a fresh room on the kab/kota's meeting server, or at a place. */
    @Transactional
    public MediationSession schedule(String caseId, SessionKind kind, LocalDateTime at, boolean online, String place) {
        DisputeCase dispute = mediatorsCase(caseId);
        if (kind == null || at == null) {
            throw new BusinessException(Map.of("sessionAt", "sikhi.validation.required"));
        }
        if (at.isBefore(LocalDateTime.now(SikhiTime.ZONE))) {
            throw new BusinessException(Map.of("sessionAt", "sikhi.error.sessionInPast"));
        }
        String link = null;
        if (online) {
            link = newRoom(dispute);
        } else if (place == null || place.isBlank()) {
            throw new BusinessException(Map.of("place", "sikhi.validation.required"));
        }
        MediationSession session = dispute.scheduleSession(kind, at.atZone(SikhiTime.ZONE).toInstant(), link,
                online ? null : place, currentUser.getUsername(), Instant.now());
        audit.record(SikhiModule.ID, "case.session.scheduled", caseId, kind + " " + at, link);
        notices.everyone(dispute, "sikhi.notify.session");
        return session;
    }

    /**
     * Moves a meeting not yet held: to a fresh online room ({@code newRoom}), to a place, or (neither) in the
     * same room or place. Every party is told the old and the new time and confirms attendance again.
     */
    @Transactional
    public SessionMove reschedule(String caseId, String sessionId, LocalDateTime at, boolean newRoom, String place, String reason) {
        DisputeCase dispute = mediatorsCase(caseId);
        MediationSession session = sessionId == null ? null : dispute.findSession(sessionId).orElse(null);
        if (session == null) {
            throw new BusinessException(Map.of(SessionMove.SESSION, "sikhi.validation.required"));
        }
        String link = session.getMeetingLink();
        String where = session.getMeetingPlace();
        if (newRoom) {
            link = newRoom(dispute);
            where = null;
        } else if (place != null && !place.isBlank()) {
            link = null;
            where = place;
        }
        SessionMove move = dispute.rescheduleSession(sessionId, at == null ? null : at.atZone(SikhiTime.ZONE).toInstant(), link,
                where, reason, currentUser.getUsername(), Instant.now());
        String from = SessionMove.format(move.from());
        String to = SessionMove.format(move.to());
        audit.record(SikhiModule.ID, "case.session.rescheduled", caseId,
                session.getKind() + " " + session.getNumber() + " " + from + " -> " + to, move.reason());
        notices.everyone(dispute, "sikhi.notify.sessionMoved", from, to, move.reason());
        return move;
    }

    /** An unguessable room on the kab/kota's meeting server: the link is the only key to the meeting. */
    private String newRoom(DisputeCase dispute) {
        String base = enablement.setting(tenant(), SikhiModule.ID, "meetingBaseUrl");
        return (base.endsWith("/") ? base : base + "/") + "SIKHI-" + dispute.getTrackingCode().replace("-", "")
                + "-" + HexFormat.of().formatHex(RANDOM.generateSeed(5));
    }

    @Transactional
    public void recordRisalah(String caseId, String sessionId, Risalah risalah) {
        DisputeCase dispute = mediatorsCase(caseId);
        if (sessionId == null || dispute.findSession(sessionId).isEmpty()) {
            throw new BusinessException(Map.of("sessionId", "sikhi.validation.required"));
        }
        dispute.recordRisalah(sessionId, risalah, currentUser.getUsername(), Instant.now(), clocks.clock());
        letters.risalah(dispute, dispute.findSession(sessionId).orElseThrow(), currentUser.getUsername());
        done(dispute, CaseAction.RECORD_SESSION, "risalah " + sessionId);
    }

    @Transactional
    public void issueAnjuran(String caseId, String content) {
        DisputeCase dispute = caseFor(caseId, CaseAction.ISSUE_ANJURAN);
        if (content == null || content.isBlank()) {
            throw new BusinessException(Map.of("anjuranContent", "sikhi.validation.required"));
        }
        dispute.issueAnjuran(content, currentUser.getUsername(), Instant.now(), clocks.clock());
        letters.anjuran(dispute, currentUser.getUsername());
        done(dispute, CaseAction.ISSUE_ANJURAN, null);
    }

    @Transactional
    public void draftPb(String caseId, String content) {
        DisputeCase dispute = mediatorsCase(caseId);
        if (content == null || content.isBlank()) {
            throw new BusinessException(Map.of("pbContent", "sikhi.validation.required"));
        }
        String hash = PerjanjianBersama.sha256(content.strip());
        if (dispute.getStage() == CaseStage.PB_DRAFTED) {
            dispute.revisePb(content == null ? null : content.strip(), hash, currentUser.getUsername(), Instant.now());
        } else {
            requireAllowed(dispute, CaseAction.DRAFT_PB);
            dispute.draftPb(content == null ? null : content.strip(), hash, currentUser.getUsername(), Instant.now(), clocks.clock());
        }
        done(dispute, CaseAction.DRAFT_PB, hash);
    }

    /** The parties registered the PB at the PHI: its number and the proof close the case as agreed. */
    @Transactional
    public void registerPbAtPhi(String caseId, String phiNumber, String proofName, InputStream proof) {
        DisputeCase dispute = caseFor(caseId, CaseAction.REGISTER_PB_AT_PHI);
        if (proof != null) {
            StoredDocument stored = documents.store(SikhiModule.ID, "phiProof", proofName, proof, DocumentService.SCANS,
                    PartyCaseService.MAX_UPLOAD);
            dispute.addDocument(DocumentKind.BUKTI_PENDAFTARAN_PHI, stored.getId(), proofName, null, currentUser.getUsername(), Instant.now());
        }
        dispute.registerPbAtPhi(phiNumber, currentUser.getUsername(), Instant.now(), clocks.clock());
        done(dispute, CaseAction.REGISTER_PB_AT_PHI, phiNumber);
    }

    /** The mediator writes to every party, or in caucus to one party (by username). */
    @Transactional
    public void post(String caseId, String caucusWith, String body) {
        DisputeCase dispute = mediatorsCase(caseId);
        if (body == null || body.isBlank()) {
            throw new BusinessException(Map.of("messageBody", "sikhi.validation.required"));
        }
        boolean caucus = caucusWith != null && !caucusWith.isBlank();
        CaseMessage message = dispute.postMessage(caucus ? MessageThread.CAUCUS : MessageThread.ALL, caucus ? caucusWith : null,
                currentUser.getUsername(), body.strip(), Instant.now());
        em.persist(message);
        audit.record(SikhiModule.ID, "case.message", caseId, message.getThread().name() + (caucus ? " " + caucusWith : ""), null);
        if (caucus) {
            notices.only(dispute, caucusWith, "sikhi.notify.message");
        } else {
            notices.everyone(dispute, "sikhi.notify.message");
        }
    }

    /** Every message for the case's mediator; the thread to all parties for the other officers who see the case. */
    @Transactional
    public List<CaseMessage> messages(String caseId) {
        DisputeCase dispute = visibleCase(caseId);
        dispute.requireDeclaredBy(currentUser.getUsername());
        boolean mediator = isMediatorOf(dispute);
        // the caucus is between the mediator and one party: the head of section reads only the thread to all
        return Cases.messages(em, dispute).stream().filter(m -> mediator || m.getThread() == MessageThread.ALL).toList();
    }

    private void done(DisputeCase dispute, CaseAction action, String details) {
        audit.record(SikhiModule.ID, "case." + action.name().toLowerCase(), dispute.getId(),
                dispute.getTrackingCode() + " -> " + dispute.getStage(), details);
        notices.everyone(dispute, "sikhi.notify.changed");
    }

    private DisputeCase caseFor(String caseId, CaseAction action) {
        DisputeCase dispute = visibleCase(caseId);
        // a mediator who has not declared on conflicts of interest is told so, whatever the step
        dispute.requireDeclaredBy(currentUser.getUsername());
        requireAllowed(dispute, action);
        return dispute;
    }

    private void requireAllowed(DisputeCase dispute, CaseAction action) {
        if (!mayTake(dispute, action)) {
            throw new AccessDeniedException("may not " + action);
        }
    }

    /**
     * The case as its mediator, who declared on conflicts of interest, acts on it; anyone else is refused. Public for
     * {@link PaperAnswerService} (a package-private method would bypass the CDI proxy).
     */
    public DisputeCase mediatorsCase(String caseId) {
        DisputeCase dispute = visibleCase(caseId);
        if (!isMediatorOf(dispute)) {
            throw new AccessDeniedException("not the case's mediator");
        }
        dispute.requireDeclaredBy(currentUser.getUsername());
        return dispute;
    }

    /** Whether the caller holds the case as its mediator and declared on conflicts of interest: may act as mediator now. */
    public boolean mayActAsMediator(DisputeCase dispute) {
        return isMediatorOf(dispute) && !isDeclarationDue(dispute) && dispute.isDelegated() == forProvince(dispute);
    }

    /** The head of section (of the office holding the case) may hand a running mediation to another mediator. */
    public boolean mayReassign(DisputeCase dispute) {
        return canSupervise() && dispute.getStage().isInMediation() && !dispute.getStage().isClosed()
                && dispute.isDelegated() == forProvince(dispute);
    }

    private boolean mayTake(DisputeCase dispute, CaseAction action) {
        boolean delegated = dispute.isDelegated();
        boolean province = forProvince(dispute);
        boolean registrar = currentUser.can(SikhiModule.REGISTER) && REGISTRATION_STAGES.contains(dispute.getStage())
                && REGISTRAR_ACTIONS.contains(action) && DelegationRules.sideMayTake(delegated, province, false, action);
        boolean supervisor = canSupervise() && SUPERVISOR_ACTIONS.contains(action)
                && DelegationRules.sideMayTake(delegated, province, false, action);
        boolean mediator = isMediatorOf(dispute) && MEDIATOR_ACTIONS.contains(action)
                && DelegationRules.sideMayTake(delegated, province, true, action);
        return registrar || supervisor || mediator;
    }

    /** Whether the caller came to this case as the province ({@link ProvinceDesk#enter}), not as its kab/kota's officer. */
    private boolean forProvince(DisputeCase dispute) {
        return provinceVisit.isFor(dispute.getId()) && currentUser.can(SikhiModule.PROVINCE);
    }

    private boolean isMediatorOf(DisputeCase dispute) {
        return currentUser.can(SikhiModule.MEDIATE) && currentUser.getUsername().equals(dispute.getAssignedMediator());
    }

    private boolean canSupervise() {
        return currentUser.can(SikhiModule.SUPERVISE);
    }

    /** A case of the active kab/kota that the caller may see; anything else does not exist for them. */
    private DisputeCase visibleCase(String caseId) {
        requireStaff();
        DisputeCase dispute = caseId == null ? null : em.find(DisputeCase.class, caseId);
        boolean visible;
        if (dispute != null && forProvince(dispute)) {
            // the province sees a kab/kota's case only while delegated to it, whatever its roles would give it there
            visible = DelegationRules.provinceMaySee(dispute.isDelegated(), dispute.getStage(), canSupervise(), isMediatorOf(dispute));
        } else {
            visible = dispute != null && currentUser.canActOn(tenant()) && dispute.getStage() != CaseStage.DRAFT
                    && (canSupervise() || isMediatorOf(dispute)
                            || (currentUser.can(SikhiModule.REGISTER) && REGISTRATION_STAGES.contains(dispute.getStage())));
        }
        if (!visible) {
            throw new AccessDeniedException("case " + caseId + " not visible");
        }
        return dispute;
    }

    private void requireStaff() {
        if (!currentUser.isStaff() || currentUser.permissions().stream().noneMatch(p -> p.startsWith(SikhiModule.ID + "."))) {
            throw new AccessDeniedException("not a SIKHI officer");
        }
    }

    private String tenant() {
        return tenantContext.current().orElseThrow(() -> new AccessDeniedException("no kab/kota"));
    }
}
