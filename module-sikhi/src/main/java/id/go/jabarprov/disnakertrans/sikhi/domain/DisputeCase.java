package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A dispute filed with a Disnaker and everything that happens to it: the aggregate the services load,
 * change through the methods below and save. Every change of stage goes through {@link CaseLifecycle}
 * and appends a {@link CaseEvent}; every change also bumps {@code updated_at}, so the {@code @Version}
 * check stops two people acting on the same case at once.
 *
 * <p>Methods take the actor's username, the instant ({@code Instant.now()} in services, fixed in tests)
 * and, when a rule depends on time, a {@link CaseClock}. Who may act is checked by the services; what
 * may happen, and when, is checked here. Refusals are {@link BusinessException}s with bundle keys.
 */
@Entity
@Table(name = "sikhi_case")
public class DisputeCase extends TenantOwnedEntity {

    private static final Pattern KABKOTA = Pattern.compile("\\d{2}\\.\\d{2}");
    private static final Set<CaseStage> PARTIES_EDITABLE = EnumSet.of(CaseStage.DRAFT, CaseStage.RETURNED, CaseStage.SUBMITTED);
    private static final Set<CaseStage> RECLASSIFIABLE = EnumSet.of(CaseStage.SUBMITTED, CaseStage.REGISTERED,
            CaseStage.DELEGATED_TO_PROVINCE);

    @Id
    private String id;

    @Column(name = "tracking_code", nullable = false, updatable = false)
    private String trackingCode;

    /** {@link CaseSecret#hash} of the secret printed on the receipt; never the secret. */
    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(name = "registration_number")
    private String registrationNumber;

    @Column(name = "registration_seq")
    private Integer registrationSeq;

    @Column(name = "registration_year")
    private Integer registrationYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "dispute_type", nullable = false)
    private DisputeType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStage stage;

    /** Kab/kota where the work is done, which decides the competent office (not the parties' domicile). */
    @Column(name = "workplace_kabkota", nullable = false)
    private String workplaceKabKotaCode;

    @Column(name = "company_name")
    private String companyName;

    @Column(name = "company_nib")
    private String companyNib;

    @Column(name = "company_address")
    private String companyAddress;

    /** The worker, or the union, bringing the dispute (the parties themselves are {@link CaseParty} rows). */
    @Column(name = "worker_name")
    private String workerName;

    /** The filer acts for a party under a surat kuasa khusus. */
    @Column(nullable = false)
    private boolean represented;

    private String chronology;

    private String demands;

    @Column(name = "filed_by", nullable = false)
    private String filedBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    /** First filing (a resubmission keeps it). */
    @Column(name = "filed_at")
    private LocalDateTime filedAt;

    @Column(name = "returned_on")
    private LocalDate returnedOn;

    /** The checklist items missing at the last return, separated by ';'. */
    @Column(name = "return_reasons")
    private String returnReasons;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @Column(name = "forum_offered_on")
    private LocalDate forumOfferedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "forum_choice")
    private ForumChoice forumChoice;

    /** The conciliator or arbitrator the parties chose, when they chose one. */
    @Column(name = "forum_provider")
    private String forumProvider;

    /** The province holds the case (set on delegation, cleared when it sends the case back). */
    @Column(nullable = false)
    private boolean delegated;

    @Column(name = "delegation_reason")
    private String delegationReason;

    @Column(name = "assigned_mediator")
    private String assignedMediator;

    /** Pelimpahan: the mediation clock starts here. */
    @Column(name = "assigned_on")
    private LocalDate assignedOn;

    @Column(name = "first_session_on")
    private LocalDate firstSessionOn;

    @Column(name = "anjuran_issued_on")
    private LocalDate anjuranIssuedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    /** The note written when the case closed. */
    private String outcome;

    /** The number on the PHI's akta bukti pendaftaran of the PB. */
    @Column(name = "phi_registration_number")
    private String phiRegistrationNumber;

    // lists of cases (queue, figures, reminders) read each part for all their cases in one query, not one per case
    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "disputeCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<CaseParty> parties = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "disputeCase", cascade = CascadeType.ALL)
    @OrderBy("seq")
    private List<CaseEvent> events = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "disputeCase", cascade = CascadeType.ALL)
    @OrderBy("uploadedAt")
    private List<CaseDocument> documents = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "disputeCase", cascade = CascadeType.ALL)
    @OrderBy("scheduledAt")
    private List<MediationSession> sessions = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToOne(mappedBy = "disputeCase", cascade = CascadeType.ALL)
    private Anjuran anjuran;

    @BatchFetch(BatchFetchType.IN)
    @OneToOne(mappedBy = "disputeCase", cascade = CascadeType.ALL, orphanRemoval = true)
    private PerjanjianBersama perjanjianBersama;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "disputeCase", cascade = CascadeType.ALL)
    @OrderBy("requestedAt")
    private List<KlarifikasiRequest> klarifikasiRequests = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "disputeCase", cascade = CascadeType.ALL)
    @OrderBy("chosenAt")
    private List<ForumVote> forumVotes = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "disputeCase", cascade = CascadeType.ALL)
    @OrderBy("declaredAt")
    private List<ConflictDeclaration> conflictDeclarations = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "disputeCase", cascade = CascadeType.ALL)
    @OrderBy("refusedAt")
    private List<RepresentativeRefusal> representativeRefusals = new ArrayList<>();

    @Version
    private long version;

    protected DisputeCase() {
    }

    /**
     * A new draft. The secret's hash comes from {@link CaseSecret#hash}; the secret itself goes on the
     * receipt and nowhere else.
     */
    public DisputeCase(TrackingCode trackingCode, String secretHash, String workplaceKabKotaCode, String filedBy,
            CaseParticulars particulars, Instant now) {
        Objects.requireNonNull(trackingCode, "trackingCode");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(filedBy, "filedBy");
        Objects.requireNonNull(now, "now");
        Texts problems = new Texts().check(workplaceKabKotaCode != null && KABKOTA.matcher(workplaceKabKotaCode).matches(),
                "workplaceKabKota", ErrorKeys.KABKOTA_FORMAT);
        checkParticulars(problems, particulars);
        this.id = UUID.randomUUID().toString();
        this.trackingCode = trackingCode.value();
        this.secretHash = secretHash;
        this.workplaceKabKotaCode = workplaceKabKotaCode;
        this.filedBy = filedBy;
        this.stage = CaseStage.DRAFT;
        this.createdAt = SikhiTime.utc(now);
        this.updatedAt = this.createdAt;
        take(particulars);
    }

    // ---------------------------------------------------------------- what the filer writes

    /**
     * Sets the secret of the public status check. It is chosen when the case is filed, so that the
     * receipt can show it once: a draft holds one nobody has seen.
     */
    public void replaceSecret(String newSecretHash) {
        requireStage(EnumSet.of(CaseStage.DRAFT));
        this.secretHash = Objects.requireNonNull(newSecretHash, "newSecretHash");
    }

    /** Rewrites the draft (or the returned file). */
    public void editParticulars(CaseParticulars particulars) {
        requireStage(EnumSet.of(CaseStage.DRAFT, CaseStage.RETURNED));
        checkParticulars(new Texts(), particulars);
        take(particulars);
    }

    /** Registration staff correct the dispute type while checking the case, before any forum is offered. */
    public void reclassify(DisputeType newType, String actor, Instant at, String note) {
        requireStage(RECLASSIFIABLE);
        new Texts().required("type", newType).optional("note", note, Limits.NOTE).throwIfAny();
        if (newType != type) {
            String from = type.name();
            type = newType;
            trail(CaseEvent.RECLASSIFIED, actor, at, from + " -> " + newType + (note == null ? "" : ": " + note.strip()), true);
        }
    }

    public CaseParty addParty(PartyRole role, String name, String username, String address, String contact) {
        requireStage(PARTIES_EDITABLE);
        checkParty(new Texts().required("role", role), name, address, contact);
        CaseParty party = new CaseParty(this, parties.size() + 1, role, name, username, address, contact);
        parties.add(party);
        return party;
    }

    public void editParty(String partyId, String name, String address, String contact) {
        requireStage(PARTIES_EDITABLE);
        checkParty(new Texts(), name, address, contact);
        party(partyId).update(name, address, contact);
    }

    public void removeParty(String partyId) {
        requireStage(EnumSet.of(CaseStage.DRAFT, CaseStage.RETURNED));
        parties.remove(party(partyId));
    }

    /** A party's account joins the case (e.g. the company signs up after being summoned). */
    public void linkPartyAccount(String partyId, String username) {
        requireOpen();
        new Texts().required("username", username, 120).throwIfAny();
        party(partyId).linkAccount(username);
    }

    /** Records (or, with a null name, removes) a party's representative and the surat kuasa khusus. */
    public void appointRepresentative(String partyId, String representativeName, String suratKuasaDocumentId, String actor,
            Instant at) {
        requireOpen();
        new Texts().optional("representativeName", representativeName, Limits.NAME).throwIfAny();
        CaseParty party = party(partyId);
        party.appointRepresentative(representativeName, suratKuasaDocumentId);
        trail(CaseEvent.REPRESENTATIVE_APPOINTED, actor, at, party.getName(), true);
    }

    /** Attaches an uploaded document (the core's stored document id); refused once the case is closed. */
    public CaseDocument addDocument(DocumentKind kind, String documentId, String label, String partyId, String uploadedBy,
            Instant at) {
        requireOpen();
        new Texts().required("kind", kind).required("documentId", documentId, 36).optional("label", label, Limits.NAME)
                .throwIfAny();
        if (partyId != null) {
            party(partyId);
        }
        CaseDocument document = new CaseDocument(this, kind, documentId, label, partyId, uploadedBy, at);
        documents.add(document);
        if (stage != CaseStage.DRAFT) {
            trail(CaseEvent.DOCUMENT_ADDED, uploadedBy, at, kind.name(), true);
        }
        return document;
    }

    // ---------------------------------------------------------------- the life cycle

    /**
     * Takes an action that records nothing but a note: SUBMIT, RESUBMIT, RETURN_LAPSED,
     * SEND_BACK_TO_KABKOTA, OFFER_FORUM, CHOOSE_MEDIATION, FORUM_LAPSED, ABANDON_PB, ANSWERS_COMPLETE, WITHDRAW, SEND_BACK_TO_BIPARTITE. A note on a closing action becomes
     * the case's outcome.
     *
     * @throws IllegalArgumentException for an action that {@link CaseAction#needsDetails() needs details}
     */
    public CaseEvent apply(CaseAction action, String actor, Instant at, String note, CaseClock clock) {
        if (action.needsDetails()) {
            throw new IllegalArgumentException(action + " records details: use its own method");
        }
        CaseStage next = nextStage(action, at, clock);
        checkNote(note);
        LocalDate day = SikhiTime.dateOf(at);
        switch (action) {
            case SUBMIT, RESUBMIT -> {
                requireComplete();
                if (filedAt == null) {
                    filedAt = SikhiTime.utc(at);
                }
            }
            case SEND_BACK_TO_KABKOTA -> delegated = false;
            case OFFER_FORUM -> forumOfferedOn = day;
            case CHOOSE_MEDIATION -> forumChoice = ForumChoice.MEDIATION;
            case FORUM_LAPSED -> forumChoice = ForumChoice.NONE_IN_TIME;
            case ABANDON_PB -> perjanjianBersama = null;
            default -> {
                // the stage change is all
            }
        }
        return enter(next, action, actor, at, note);
    }

    /** Registration staff return an incomplete file, naming the missing checklist items. */
    public CaseEvent returnIncomplete(List<String> missingItems, String actor, Instant at, String note, CaseClock clock) {
        CaseStage next = nextStage(CaseAction.RETURN_INCOMPLETE, at, clock);
        List<String> items = missingItems == null ? List.of()
                : missingItems.stream().filter(i -> i != null && !i.isBlank()).map(String::strip).toList();
        String joined = String.join(";", items);
        new Texts().check(!items.isEmpty(), "missingItems", ErrorKeys.REQUIRED)
                .check(joined.length() <= Limits.SHORT_TEXT, "missingItems", ErrorKeys.TOO_LONG).throwIfAny();
        checkNote(note);
        returnReasons = joined;
        returnedOn = SikhiTime.dateOf(at);
        return enter(next, CaseAction.RETURN_INCOMPLETE, actor, at, note);
    }

    /** Registers the case under the number the service allocated. */
    public CaseEvent register(RegistrationNumber number, String actor, Instant at, CaseClock clock) {
        CaseStage next = nextStage(CaseAction.REGISTER, at, clock);
        Objects.requireNonNull(number, "number");
        if (registrationNumber != null) {
            throw new BusinessException(ErrorKeys.ALREADY_REGISTERED);
        }
        registrationNumber = number.format();
        registrationSeq = number.sequence();
        registrationYear = number.year();
        registeredOn = SikhiTime.dateOf(at);
        return enter(next, CaseAction.REGISTER, actor, at, null);
    }

    public CaseEvent delegateToProvince(String reason, String actor, Instant at, CaseClock clock) {
        CaseStage next = nextStage(CaseAction.DELEGATE_TO_PROVINCE, at, clock);
        new Texts().required("reason", reason, Limits.SHORT_TEXT).throwIfAny();
        delegated = true;
        delegationReason = reason.strip();
        return enter(next, CaseAction.DELEGATE_TO_PROVINCE, actor, at, reason);
    }

    /**
     * The province hands a delegated case back to the kab/kota, saying why (it has a mediator again, the dispute
     * lies in one kab/kota after all): the kab/kota reads the reason in the trail.
     */
    public CaseEvent sendBackToKabKota(String reason, String actor, Instant at, CaseClock clock) {
        nextStage(CaseAction.SEND_BACK_TO_KABKOTA, at, clock); // a refused step says so before a missing reason
        new Texts().required("reason", reason, Limits.NOTE).throwIfAny();
        return apply(CaseAction.SEND_BACK_TO_KABKOTA, actor, at, reason.strip(), clock);
    }

    /** The dispute spans provinces: the ministry takes it and the case is closed here as transferred. */
    public CaseEvent delegateToMinistry(String reason, String actor, Instant at, CaseClock clock) {
        CaseStage next = nextStage(CaseAction.DELEGATE_TO_MINISTRY, at, clock);
        new Texts().required("reason", reason, Limits.SHORT_TEXT).throwIfAny();
        delegationReason = reason.strip();
        return enter(next, CaseAction.DELEGATE_TO_MINISTRY, actor, at, reason);
    }

    /** The parties chose conciliation (the conciliator's name if known); the case leaves the office. */
    public CaseEvent chooseConciliation(String conciliatorName, String actor, Instant at, CaseClock clock) {
        return chooseOutside(CaseAction.CHOOSE_CONCILIATION, ForumChoice.CONCILIATION, conciliatorName, actor, at, clock);
    }

    /** The parties chose arbitration (the arbitrator's name if known); the case leaves the office. */
    public CaseEvent chooseArbitration(String arbitratorName, String actor, Instant at, CaseClock clock) {
        return chooseOutside(CaseAction.CHOOSE_ARBITRATION, ForumChoice.ARBITRATION, arbitratorName, actor, at, clock);
    }

    /**
     * The mediator starts a Klarifikasi: asks {@code askedPartyId} (null: every party) the questions, to be
     * answered by {@code answerDue}, a working day on the calendar and not before today. The clock pauses
     * from today. Every problem of the form is reported at once, by field.
     */
    public KlarifikasiRequest startKlarifikasi(String askedPartyId, String questions, LocalDate answerDue, String actor,
            Instant at, CaseClock clock) {
        CaseStage next = nextStage(CaseAction.START_KLARIFIKASI, at, clock);
        LocalDate today = SikhiTime.dateOf(at);
        Texts problems = new Texts()
                .check(askedPartyId == null || findParty(askedPartyId).isPresent(), "askedParty", ErrorKeys.NOT_A_PARTY)
                .required("questions", questions, Limits.RISALAH_FIELD)
                .required("answerDue", answerDue);
        if (answerDue != null) {
            problems.check(!answerDue.isBefore(today), "answerDue", ErrorKeys.ANSWER_DUE_IN_PAST)
                    .check(clock.workingDays().isWorkingDay(answerDue), "answerDue", ErrorKeys.ANSWER_DUE_NOT_WORKING_DAY);
        }
        problems.throwIfAny();
        KlarifikasiRequest request = new KlarifikasiRequest(this, askedPartyId, questions.strip(), answerDue, actor, at);
        klarifikasiRequests.add(request);
        String asked = askedPartyId == null
                ? String.join(", ", parties.stream().map(CaseParty::getName).toList()) : party(askedPartyId).getName();
        enter(next, CaseAction.START_KLARIFIKASI, actor, at, asked + " / " + answerDue);
        return request;
    }

    /**
     * The Klarifikasi ends with what was received (required): the clock runs again. A Klarifikasi started
     * before requests were recorded has no request to close; its end is still recorded on the trail.
     *
     * <p>The record of what came back is the answers sent online (kept with the request, each with its time, late mark
     * and files) plus this note. The note stays required even when answers arrived online: answers may also come on
     * paper or in a meeting, the mediator's summary is the one line every party reads on the trail, and copying the
     * answers into it would duplicate them and show one party's answer to the others. Answers stop with the end.
     */
    public CaseEvent endKlarifikasi(String received, String actor, Instant at, CaseClock clock) {
        CaseStage next = nextStage(CaseAction.END_KLARIFIKASI, at, clock);
        new Texts().required("received", received, Limits.SHORT_TEXT).throwIfAny();
        openKlarifikasi().ifPresent(request -> request.end(received.strip(), actor, at));
        return enter(next, CaseAction.END_KLARIFIKASI, actor, at, received.strip());
    }

    /**
     * A party answers the Klarifikasi request {@code klarifikasiId} online ({@link KlarifikasiRequest#answer}: only a
     * party asked, only while it is open, a text required). The trail names the party and, when late, says so; the
     * text stays off it, because every party reads the trail and an answer is for the mediator.
     */
    public KlarifikasiAnswer answerKlarifikasi(String klarifikasiId, String partyId, String text, List<AttachedFile> files,
            String username, Instant at) {
        requireOpen();
        // an id that is not this case's, or a party that is not of this case: "not found", like any record one may not see
        KlarifikasiRequest request = klarifikasiRequests.stream().filter(r -> r.getId().equals(klarifikasiId)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("no such klarifikasi on this case"));
        CaseParty party = findParty(partyId).orElseThrow(() -> new AccessDeniedException("not a party of this case"));
        if (stage != CaseStage.KLARIFIKASI && request.isOpen() && request.isAddressedTo(partyId)) {
            // a request left open by a case that moved on (withdrawn, sent back) takes no answer
            throw new BusinessException(ErrorKeys.KLARIFIKASI_ENDED);
        }
        KlarifikasiAnswer answer = request.answer(partyId, text, files, username, at);
        trail(answer.isLate() ? CaseEvent.KLARIFIKASI_ANSWERED_LATE : CaseEvent.KLARIFIKASI_ANSWERED, username, at,
                party.getName(), true);
        return answer;
    }

    /** The open Klarifikasi request this party may answer now, if any. */
    public Optional<KlarifikasiRequest> klarifikasiToAnswer(String partyId) {
        return stage == CaseStage.KLARIFIKASI
                ? openKlarifikasi().filter(r -> partyId != null && findParty(partyId).isPresent() && r.isAddressedTo(partyId))
                : Optional.empty();
    }

    /** An attachment of a Klarifikasi answer of this case by its stored document id, if any. */
    public Optional<KlarifikasiAttachment> findKlarifikasiAttachment(String documentId) {
        return klarifikasiRequests.stream().flatMap(r -> r.getAnswers().stream()).flatMap(a -> a.getAttachments().stream())
                .filter(f -> f.getDocumentId().equals(documentId)).findFirst();
    }

    /** The Klarifikasi request still waiting for its end, if any. */
    public Optional<KlarifikasiRequest> openKlarifikasi() {
        return klarifikasiRequests.stream().filter(KlarifikasiRequest::isOpen).reduce((first, second) -> second);
    }

    /** The Klarifikasi requests addressed to this party, oldest first. */
    public List<KlarifikasiRequest> klarifikasiFor(String partyId) {
        return klarifikasiRequests.stream().filter(r -> r.isAddressedTo(partyId)).toList();
    }

    /**
     * One party's forum choice (UU 2/2004 arts. 4(3), 8: conciliation and arbitration need every party's
     * agreement). The type rules of {@link CaseLifecycle} are checked first, so a forbidden forum keeps its
     * message. The case moves only when {@link ForumAgreement} says so: every party chose the same outside
     * forum (transferred), or someone chose mediation or the choices differ (mediation at once).
     *
     * @return the step taken: a {@link CaseEvent#FORUM_CHOSEN} trail line while others have yet to choose
     */
    public CaseEvent chooseForum(String partyId, ForumChoice choice, String providerName, String username, Instant at,
            CaseClock clock) {
        requireForumOpen();
        checkForumChoice(choice, at, clock);
        CaseParty party = party(partyId);
        if (forumVoteOf(partyId).isPresent()) {
            throw new BusinessException(ErrorKeys.FORUM_ALREADY_CHOSEN);
        }
        String provider = providerFor(choice, providerName, "providerName");
        forumVotes.add(new ForumVote(this, partyId, choice, provider, username, at));
        CaseEvent chosen = trail(CaseEvent.FORUM_CHOSEN, username, at, party.getName() + ": " + choice, true);
        return decideForum(username, at, clock).orElse(chosen);
    }

    /**
     * The party changes its answer while the offer is still open, i.e. while the answers decided nothing yet
     * (once decided the case has left {@link CaseStage#FORUM_OFFERED} and nothing changes). The new answer
     * replaces the old one, the trail says "from -> to", and {@link ForumAgreement} decides again: a change to
     * mediation, or to what the others chose, decides at once.
     */
    public CaseEvent changeForum(String partyId, ForumChoice choice, String providerName, String username, Instant at,
            CaseClock clock) {
        requireForumOpen();
        checkForumChoice(choice, at, clock);
        CaseParty party = party(partyId);
        ForumVote vote = forumVoteOf(partyId).orElseThrow(() -> new BusinessException(ErrorKeys.FORUM_NOT_CHOSEN));
        String provider = providerFor(choice, providerName, "providerName");
        ForumChoice before = vote.getChoice();
        if (before == choice && Objects.equals(vote.getProviderName(), provider)) {
            throw new BusinessException(ErrorKeys.FORUM_UNCHANGED);
        }
        vote.replace(choice, provider, username, false, null, at);
        CaseEvent changed = trail(CaseEvent.FORUM_CHANGED, username, at, party.getName() + ": " + before + " -> " + choice, true);
        return decideForum(username, at, clock).orElse(changed);
    }

    /**
     * The office records a party's answer from its signed written statement ({@code statementDocumentId}, the
     * upload already attached to the case): for a party without a portal account, or one that came to the office
     * and has not chosen online. The office may replace an answer it recorded itself (a newer letter), never one
     * the party gave online. Same type rules and the same {@link ForumAgreement} as a party's own answer.
     */
    public CaseEvent recordForumChoice(String partyId, ForumChoice choice, String providerName, String statementDocumentId,
            String officer, Instant at, CaseClock clock) {
        requireForumOpen();
        CaseParty party = findParty(partyId).orElse(null);
        Optional<ForumVote> existing = party == null ? Optional.empty() : forumVoteOf(partyId);
        if (existing.isPresent() && !existing.get().isRecordedByOffice()) {
            throw new BusinessException(ErrorKeys.FORUM_CHOSEN_ONLINE); // first, whatever else the form lacks
        }
        new Texts().check(party != null, "recordParty", ErrorKeys.REQUIRED).required("recordChoice", choice)
                .check(statementDocumentId != null && !statementDocumentId.isBlank(), "statement", ErrorKeys.FORUM_STATEMENT_MISSING)
                .throwIfAny();
        checkForumChoice(choice, at, clock);
        String provider = providerFor(choice, providerName, "recordProvider");
        String note = party.getName() + ": " + choice;
        if (existing.isPresent()) {
            note = party.getName() + ": " + existing.get().getChoice() + " -> " + choice;
            existing.get().replace(choice, provider, officer, true, statementDocumentId, at);
        } else {
            forumVotes.add(ForumVote.recorded(this, partyId, choice, provider, officer, statementDocumentId, at));
        }
        CaseEvent recorded = trail(CaseEvent.FORUM_RECORDED, officer, at, note, true);
        return decideForum(officer, at, clock).orElse(recorded);
    }

    /**
     * Whether a party-facing page must hide a forum choice from {@code viewer}: while the offer is open, each
     * party sees that the others chose, not what. Showing a pending choice would let one side press the other
     * (e.g. a company leaning on a worker to match its arbitration) before both made up their minds on their
     * own; once decided, the outcome shows every choice anyway. The office always sees everything.
     */
    public boolean hidesForumChoiceOf(String partyId, String viewer) {
        return stage == CaseStage.FORUM_OFFERED
                && findParty(partyId).map(p -> p.getUsername() == null || !p.getUsername().equals(viewer)).orElse(true);
    }

    /** As {@link #hidesForumChoiceOf} for a trail line: only its author reads a pending choice's line in full. */
    public boolean hidesFromParty(CaseEvent event, String viewer) {
        return stage == CaseStage.FORUM_OFFERED && event.isForumVote() && !event.getActor().equals(viewer);
    }

    /**
     * The documents a party sees: all but another party's written forum statement while the offer is open (it
     * names the choice, which stays hidden until decided: {@link #hidesForumChoiceOf}).
     */
    public List<CaseDocument> documentsVisibleToParty(String viewer) {
        return documents.stream().filter(d -> d.getKind() != DocumentKind.SURAT_PILIHAN_FORUM || !hidesStatement(d, viewer))
                .toList();
    }

    private boolean hidesStatement(CaseDocument statement, String viewer) {
        return statement.getPartyId() == null ? stage == CaseStage.FORUM_OFFERED : hidesForumChoiceOf(statement.getPartyId(), viewer);
    }

    /**
     * The parties a reminder of a deadline is for: only those who still have to act. Of the forum choice those who
     * have not chosen; of the anjuran those who have not answered; of the parties' other deadlines every party.
     */
    public List<CaseParty> partiesToRemind(DeadlineKind kind) {
        if (kind == DeadlineKind.FORUM_CHOICE) {
            return parties.stream().filter(p -> forumVoteOf(p.getId()).isEmpty()).toList();
        }
        if (kind == DeadlineKind.ANSWER && anjuran != null) {
            return parties.stream().filter(p -> anjuran.findAnswer(p.getId()).map(a -> a.getAnswer() == null).orElse(true)).toList();
        }
        return getParties();
    }

    /** The forums a party may choose in this dispute (UU 2/2004): mediation always, the others as the type allows. */
    public List<ForumChoice> forumOptions() {
        List<ForumChoice> options = new ArrayList<>(List.of(ForumChoice.MEDIATION));
        if (type.allowsConciliation()) {
            options.add(ForumChoice.CONCILIATION);
        }
        if (type.allowsArbitration()) {
            options.add(ForumChoice.ARBITRATION);
        }
        return options;
    }

    private void checkForumChoice(ForumChoice choice, Instant at, CaseClock clock) {
        new Texts().required("choice", choice).throwIfAny();
        CaseAction action = switch (choice) {
            case CONCILIATION -> CaseAction.CHOOSE_CONCILIATION;
            case ARBITRATION -> CaseAction.CHOOSE_ARBITRATION;
            case MEDIATION -> CaseAction.CHOOSE_MEDIATION;
            case NONE_IN_TIME -> throw new IllegalArgumentException("not a party's choice");
        };
        nextStage(action, at, clock); // refuses a forum the type forbids, or a choice outside the offer
    }

    private static String providerFor(ForumChoice choice, String providerName, String field) {
        String provider = choice == ForumChoice.MEDIATION ? null : Texts.clean(providerName);
        new Texts().optional(field, provider, Limits.NAME).throwIfAny();
        return provider;
    }

    /**
     * An answer sent from a page shown before the forum was decided: say so, rather than "not allowed now". Other
     * stages are refused by the life cycle's own messages ({@link #checkForumChoice}).
     */
    private void requireForumOpen() {
        if (stage != CaseStage.FORUM_OFFERED && forumChoice != null) {
            throw new BusinessException(ErrorKeys.FORUM_DECIDED);
        }
    }

    /** Takes the forum the answers so far decide, if they decide one. */
    private Optional<CaseEvent> decideForum(String actor, Instant at, CaseClock clock) {
        Optional<ForumChoice> decided = ForumAgreement.decide(partyIds(),
                forumVotes.stream().collect(java.util.stream.Collectors.toMap(ForumVote::getPartyId, ForumVote::getChoice)));
        return decided.map(forum -> switch (forum) {
            case CONCILIATION -> chooseOutside(CaseAction.CHOOSE_CONCILIATION, ForumChoice.CONCILIATION, agreedProviders(),
                    actor, at, clock);
            case ARBITRATION -> chooseOutside(CaseAction.CHOOSE_ARBITRATION, ForumChoice.ARBITRATION, agreedProviders(),
                    actor, at, clock);
            default -> apply(CaseAction.CHOOSE_MEDIATION, actor, at, null, clock);
        });
    }

    /** The party's forum choice, if it made one. */
    public Optional<ForumVote> forumVoteOf(String partyId) {
        return forumVotes.stream().filter(v -> v.getPartyId().equals(partyId)).findFirst();
    }

    /** The conciliator or arbitrator the parties named, each name once (they may write it differently). */
    private String agreedProviders() {
        String joined = forumVotes.stream().map(ForumVote::getProviderName).filter(Objects::nonNull).distinct()
                .collect(java.util.stream.Collectors.joining("; "));
        return joined.isEmpty() ? null : joined.length() > Limits.NAME ? joined.substring(0, Limits.NAME) : joined;
    }

    /**
     * Pelimpahan: the mediator takes the case and the 30 HK start. After a release for a conflict of interest
     * ({@link #declareConflict}) the 30 HK keep counting from the first pelimpahan: they are the office's clock,
     * as a hand-over ({@link #reassignMediator}) does not restart them either.
     */
    public CaseEvent assignMediator(String mediatorUsername, String actor, Instant at, CaseClock clock) {
        CaseStage next = nextStage(CaseAction.ASSIGN_MEDIATOR, at, clock);
        new Texts().required("mediator", mediatorUsername, 120).throwIfAny();
        requireMayBeAssigned(mediatorUsername, "mediator");
        assignedMediator = mediatorUsername.strip();
        if (assignedOn == null) {
            assignedOn = SikhiTime.dateOf(at);
        }
        return enter(next, CaseAction.ASSIGN_MEDIATOR, actor, at, null);
    }

    /** Another mediator takes over (illness, conflict of interest); the clock does not restart. */
    public CaseEvent reassignMediator(String mediatorUsername, String actor, Instant at, String note) {
        requireOpen();
        if (!stage.isInMediation()) {
            throw new BusinessException(ErrorKeys.NO_MEDIATOR);
        }
        new Texts().required("mediator", mediatorUsername, 120).optional("note", note, Limits.NOTE).throwIfAny();
        requireMayBeAssigned(mediatorUsername, "newMediator");
        assignedMediator = mediatorUsername.strip();
        return trail(CaseEvent.MEDIATOR_REASSIGNED, actor, at, note, false);
    }

    // ---------------------------------------------------------------- the mediator's declaration

    /** Whether the mediator holding the case has yet to declare ({@link MediatorDeclarations}). */
    public boolean isDeclarationDue() {
        return MediatorDeclarations.mustDeclare(stage, assignedMediator, conflictDeclarations);
    }

    /** Refuses {@code actor}'s work on the case while they hold it without a declaration. */
    public void requireDeclaredBy(String actor) {
        MediatorDeclarations.requireDeclared(stage, assignedMediator, actor, conflictDeclarations);
    }

    /** The declaration of the mediator now holding the case, if made. */
    public Optional<ConflictDeclaration> currentDeclaration() {
        return MediatorDeclarations.of(assignedMediator, conflictDeclarations);
    }

    /** The mediators who declared a conflict on this case. */
    public Set<String> conflictedMediators() {
        return MediatorDeclarations.conflicted(conflictDeclarations);
    }

    /** The mediator holding the case declares having no conflict of interest with its parties; parties see it. */
    public ConflictDeclaration declareNoConflict(String mediator, boolean statementTicked, Instant at) {
        requireDeclarant(mediator);
        throwIfAny(MediatorDeclarations.problems(false, statementTicked, null));
        ConflictDeclaration declaration = new ConflictDeclaration(this, mediator, false, null, at);
        conflictDeclarations.add(declaration);
        trail(CaseEvent.NO_CONFLICT_DECLARED, mediator, at, mediator, true);
        return declaration;
    }

    /**
     * The mediator holding the case declares a conflict of interest, with its reason, and leaves the case. A first
     * pelimpahan where nothing was done yet goes back to {@link CaseStage#AWAITING_MEDIATOR}, so the head assigns
     * again through the usual pelimpahan. A running mediation (sessions or klarifikasi under an earlier mediator)
     * keeps its stage, because going back would lose them; it waits without a mediator for the head's hand-over
     * ({@link #reassignMediator}). Either way the 30 HK keep running from the first pelimpahan: the delay in
     * finding another mediator is the office's, as with any hand-over. The reason stays with the office: the
     * parties' trail says only that the case waits for another mediator. A mediator who declared no conflict and
     * finds one later declares it the same way (the reason's problem then shows beside {@code laterConflictReason}).
     */
    public ConflictDeclaration declareConflict(String mediator, String reason, Instant at, CaseClock clock) {
        Optional<ConflictDeclaration> earlier = currentDeclaration().filter(d -> !d.isConflict() && mediator != null
                && mediator.equals(d.getMediator()));
        if (earlier.isEmpty()) {
            requireDeclarant(mediator);
        } else {
            requireOpen();
            if (!stage.isInMediation()) {
                throw new BusinessException(ErrorKeys.NO_MEDIATOR);
            }
        }
        throwIfAny(MediatorDeclarations.problems(true, false, reason,
                earlier.isPresent() ? MediatorDeclarations.LATER_REASON : MediatorDeclarations.REASON));
        ConflictDeclaration declaration;
        if (earlier.isPresent()) {
            // found after declaring none: the same declaration now records the conflict (one per mediator and case)
            declaration = earlier.get();
            declaration.conflictFoundLater(reason.strip(), at);
        } else {
            declaration = new ConflictDeclaration(this, mediator, true, reason.strip(), at);
            conflictDeclarations.add(declaration);
        }
        trail(CaseEvent.CONFLICT_DECLARED, mediator, at, reason.strip(), false);
        boolean started = firstSessionOn != null || !sessions.isEmpty() || !klarifikasiRequests.isEmpty();
        assignedMediator = null;
        if (stage == CaseStage.MEDIATOR_ASSIGNED && !started) {
            enter(nextStage(CaseAction.RELEASE_MEDIATOR, at, clock), CaseAction.RELEASE_MEDIATOR, mediator, at, null);
        } else {
            trail(CaseEvent.MEDIATOR_RELEASED, mediator, at, null, true);
        }
        return declaration;
    }

    private void requireDeclarant(String mediator) {
        requireOpen();
        if (!stage.isInMediation() || mediator == null || !mediator.equals(assignedMediator)) {
            throw new BusinessException(ErrorKeys.NO_MEDIATOR);
        }
        if (!isDeclarationDue()) {
            throw new BusinessException(ErrorKeys.ALREADY_DECLARED);
        }
    }

    private void requireMayBeAssigned(String mediator, String field) {
        if (!MediatorDeclarations.mayBeAssigned(mediator, conflictDeclarations)) {
            throw new BusinessException(Map.of(field, ErrorKeys.MEDIATOR_CONFLICTED));
        }
    }

    // ---------------------------------------------------------------- representatives the mediator refuses

    /** Whether the party acts through a representative ({@link Representation}). */
    public boolean actsThroughRepresentative(CaseParty party) {
        return Representation.actsThroughRepresentative(represented, filedBy, party);
    }

    /** The parties acting through a representative. */
    public List<CaseParty> representedParties() {
        return parties.stream().filter(this::actsThroughRepresentative).toList();
    }

    public Optional<RepresentativeRefusal> openRefusalOf(String partyId) {
        return Representation.openRefusal(partyId, representativeRefusals);
    }

    /**
     * The mediator refuses a party's representative, saying why (required): the party must come in person or
     * bring a valid surat kuasa khusus. Parties see the refusal and its reason.
     */
    public RepresentativeRefusal refuseRepresentative(String partyId, String reason, String actor, Instant at) {
        requireOpen();
        CaseParty party = party(partyId);
        String problem = Representation.refusalProblem(stage, actsThroughRepresentative(party), openRefusalOf(partyId).isPresent());
        if (problem != null) {
            throw new BusinessException(problem);
        }
        new Texts().required(Representation.REASON, reason, Limits.SHORT_TEXT).throwIfAny();
        RepresentativeRefusal refusal = new RepresentativeRefusal(this, partyId, reason.strip(), actor, at);
        representativeRefusals.add(refusal);
        trail(CaseEvent.REPRESENTATIVE_REFUSED, actor, at, party.getName() + ": " + reason.strip(), true);
        return refusal;
    }

    /**
     * A surat kuasa was attached for a party whose representative stands refused: the mediator may now accept.
     * Returns the refusal it answers, if any (a surat kuasa with no refusal open changes nothing here).
     */
    public Optional<RepresentativeRefusal> suratKuasaAttached(String partyId, String documentId, String actor, Instant at) {
        Optional<RepresentativeRefusal> open = partyId == null ? Optional.empty() : openRefusalOf(partyId);
        open.ifPresent(refusal -> {
            refusal.newSuratKuasa(documentId, at);
            trail(CaseEvent.SURAT_KUASA_RENEWED, actor, at, party(partyId).getName(), true);
        });
        return open;
    }

    /** The mediator accepts the representative again on the new surat kuasa, which becomes the one on record. */
    public RepresentativeRefusal acceptRepresentative(String partyId, String actor, Instant at) {
        requireOpen();
        CaseParty party = party(partyId);
        Optional<RepresentativeRefusal> open = openRefusalOf(partyId);
        String problem = Representation.acceptanceProblem(stage, open);
        if (problem != null) {
            throw new BusinessException(problem);
        }
        open.get().accept(actor, at);
        if (party.hasRepresentative()) {
            party.replaceSuratKuasa(open.get().getNewDocumentId());
        }
        trail(CaseEvent.REPRESENTATIVE_ACCEPTED, actor, at, party.getName(), true);
        return open.get();
    }

    private static void throwIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new BusinessException(problems);
        }
    }

    /** Plans a sidang or klarifikasi meeting, online (link) or in person (place). */
    public MediationSession scheduleSession(SessionKind kind, Instant scheduledAt, String meetingLink, String meetingPlace,
            String actor, Instant at) {
        requireOpen();
        if (!stage.isInMediation()) {
            throw new BusinessException(ErrorKeys.NO_MEDIATOR);
        }
        if (stage == CaseStage.ANJURAN_ISSUED || stage == CaseStage.PB_DRAFTED) {
            throw new BusinessException(ErrorKeys.NOT_EDITABLE); // sessions are over once an outcome is on the table
        }
        new Texts().required("kind", kind).throwIfAny();
        int number = (int) sessions.stream().filter(s -> s.getKind() == kind).count() + 1;
        MediationSession session = new MediationSession(this, kind, number, scheduledAt, meetingLink, meetingPlace);
        sessions.add(session);
        trail(CaseEvent.SESSION_SCHEDULED, actor, at, kind.name() + " " + number, true);
        return session;
    }

    /**
     * Moves a meeting not yet held to another time (and room or place), for a reason the parties see on the
     * trail. Same stages as scheduling: in mediation, before an anjuran or PB is on the table. Every refusal
     * comes at once, by the rescheduling form's fields ({@link SessionMove}). The first-session deadline is
     * not touched: it is judged by when the first sidang is actually held ({@link #recordRisalah}).
     */
    public SessionMove rescheduleSession(String sessionId, Instant newAt, String newLink, String newPlace, String reason,
            String actor, Instant at) {
        requireOpen();
        if (!stage.isInMediation() || stage == CaseStage.ANJURAN_ISSUED || stage == CaseStage.PB_DRAFTED) {
            throw new BusinessException(ErrorKeys.NOT_IN_MEDIATION);
        }
        MediationSession session = session(sessionId);
        Texts problems = new Texts().required(SessionMove.REASON, reason, Limits.SHORT_TEXT);
        session.moveProblems(newAt, newLink, newPlace, at).forEach((field, key) -> problems.check(false, field, key));
        problems.throwIfAny();
        Instant from = session.getScheduledAt();
        session.moveTo(newAt, newLink, newPlace, at);
        SessionMove move = new SessionMove(session, from, reason.strip());
        trail(CaseEvent.SESSION_RESCHEDULED, actor, at, session.getKind().name() + " " + session.getNumber() + ": "
                + SessionMove.format(from) + " -> " + SessionMove.format(move.to()) + " (" + move.reason() + ")", true);
        return move;
    }

    /** A party says it will attend a scheduled meeting at its current time. */
    public SessionAttendance confirmAttendance(String sessionId, String partyId, String username, Instant at) {
        requireOpen();
        CaseParty party = party(partyId);
        SessionAttendance attendance = session(sessionId).confirmAttendance(party.getId(), username, at);
        trail(CaseEvent.ATTENDANCE_CONFIRMED, username, at, party.getName(), true);
        return attendance;
    }

    /**
     * Writes the risalah of a held meeting. For a sidang this is {@link CaseAction#RECORD_SESSION} (the first
     * one moves the case into session and starts the 10 HK for the anjuran); a klarifikasi risalah changes
     * no stage. The date held must lie between pelimpahan and today.
     */
    public CaseEvent recordRisalah(String sessionId, Risalah risalah, String actor, Instant at, CaseClock clock) {
        MediationSession session = session(sessionId);
        CaseStage next = session.getKind() == SessionKind.SIDANG ? nextStage(CaseAction.RECORD_SESSION, at, clock) : null;
        if (next == null) {
            requireOpen();
            if (!stage.isInMediation()) {
                throw new BusinessException(ErrorKeys.NO_MEDIATOR);
            }
        }
        LocalDate today = SikhiTime.dateOf(at);
        if (risalah != null && risalah.heldOn() != null
                && (risalah.heldOn().isAfter(today) || risalah.heldOn().isBefore(assignedOn))) {
            throw new BusinessException(Map.of("heldOn", ErrorKeys.DATE_OUT_OF_RANGE));
        }
        session.record(risalah, actor, at);
        if (next == null) {
            return trail(CaseEvent.RISALAH_RECORDED, actor, at, SessionKind.KLARIFIKASI.name() + " " + session.getNumber(), true);
        }
        if (firstSessionOn == null || risalah.heldOn().isBefore(firstSessionOn)) {
            firstSessionOn = risalah.heldOn();
        }
        return enter(next, CaseAction.RECORD_SESSION, actor, at, "SIDANG " + session.getNumber());
    }

    /** A party confirms a risalah (the online signature). */
    public SessionConfirmation confirmRisalah(String sessionId, String partyId, String username, Instant at) {
        requireOpen();
        CaseParty party = party(partyId);
        SessionConfirmation confirmation = session(sessionId).confirm(party.getId(), username, at);
        trail(CaseEvent.RISALAH_CONFIRMED, username, at, party.getName(), true);
        return confirmation;
    }

    /** The parties agreed in session: the mediator drafts the PB (witnessed by the case's mediator). */
    public CaseEvent draftPb(String content, String documentHash, String actor, Instant at, CaseClock clock) {
        CaseStage next = nextStage(CaseAction.DRAFT_PB, at, clock);
        checkPb(content, documentHash);
        perjanjianBersama = new PerjanjianBersama(this, content, documentHash, actor, at, assignedMediator);
        return enter(next, CaseAction.DRAFT_PB, actor, at, null);
    }

    /**
     * Writes or rewrites the PB while it awaits acceptance: after an accepted anjuran the case reaches
     * {@link CaseStage#PB_DRAFTED} before any text exists. Every earlier acceptance is dropped.
     */
    public CaseEvent revisePb(String content, String documentHash, String actor, Instant at) {
        requireStage(EnumSet.of(CaseStage.PB_DRAFTED));
        checkPb(content, documentHash);
        if (perjanjianBersama == null) {
            perjanjianBersama = new PerjanjianBersama(this, content, documentHash, actor, at, assignedMediator);
        } else {
            perjanjianBersama.revise(content, documentHash, actor, at);
        }
        return trail(CaseEvent.PB_REVISED, actor, at, documentHash, true);
    }

    /** A party accepts the PB text it was shown, identified by its hash. */
    public CaseEvent acceptPb(String partyId, String username, String acceptedHash, Instant at, CaseClock clock) {
        CaseStage next = nextStage(CaseAction.ACCEPT_PB, at, clock);
        if (perjanjianBersama == null) {
            throw new BusinessException(ErrorKeys.PB_MISSING);
        }
        CaseParty party = party(partyId);
        perjanjianBersama.accept(party.getId(), username, acceptedHash, at);
        return enter(next, CaseAction.ACCEPT_PB, username, at, party.getName());
    }

    /**
     * The PB was registered at the PHI: needs every party's acceptance and a {@link DocumentKind#BUKTI_PENDAFTARAN_PHI}
     * document on the case. Closes the case as agreed.
     */
    public CaseEvent registerPbAtPhi(String phiRegistrationNumber, String actor, Instant at, CaseClock clock) {
        CaseStage next = nextStage(CaseAction.REGISTER_PB_AT_PHI, at, clock);
        new Texts().required("phiRegistrationNumber", phiRegistrationNumber, Limits.REFERENCE).throwIfAny();
        if (documents.stream().noneMatch(d -> d.getKind() == DocumentKind.BUKTI_PENDAFTARAN_PHI)) {
            throw new BusinessException(ErrorKeys.PHI_PROOF_MISSING);
        }
        this.phiRegistrationNumber = phiRegistrationNumber.strip();
        return enter(next, CaseAction.REGISTER_PB_AT_PHI, actor, at, phiRegistrationNumber);
    }

    /** No agreement: the anjuran goes to every party, received today unless a later receipt is recorded. */
    public CaseEvent issueAnjuran(String content, String actor, Instant at, CaseClock clock) {
        CaseStage next = nextStage(CaseAction.ISSUE_ANJURAN, at, clock);
        new Texts().required("content", content, Limits.DOCUMENT_TEXT).throwIfAny();
        anjuran = new Anjuran(this, content, actor, at, parties);
        anjuranIssuedOn = SikhiTime.dateOf(at);
        return enter(next, CaseAction.ISSUE_ANJURAN, actor, at, null);
    }

    /** A party without an account received the anjuran letter later: its 10 HK run from that day. */
    public CaseEvent recordAnjuranReceipt(String partyId, LocalDate receivedOn, String actor, Instant at) {
        requireStage(EnumSet.of(CaseStage.ANJURAN_ISSUED));
        CaseParty party = party(partyId);
        if (receivedOn != null && receivedOn.isAfter(SikhiTime.dateOf(at))) {
            throw new BusinessException(Map.of("receivedOn", ErrorKeys.DATE_OUT_OF_RANGE));
        }
        anjuran.recordReceipt(party.getId(), receivedOn);
        return trail(CaseEvent.ANJURAN_RECEIVED, actor, at, party.getName() + " " + receivedOn, true);
    }

    /**
     * The mediator records the day a party without a portal account received the anjuran letter (its 10 HK run from
     * then: {@link #recordAnjuranReceipt}). A party with an account has the anjuran on its case page from the day of
     * issue, so no later receipt is recorded for it. Refusals stand beside the form's fields.
     */
    public CaseEvent recordLetterReceipt(String partyId, LocalDate receivedOn, String officer, Instant at) {
        requireStage(EnumSet.of(CaseStage.ANJURAN_ISSUED));
        CaseParty party = partyId == null ? null : findParty(partyId).orElse(null);
        new Texts().check(party != null, "receiptParty", ErrorKeys.REQUIRED)
                .check(party == null || party.getUsername() == null, "receiptParty", ErrorKeys.PARTY_HAS_ACCOUNT)
                .required("receivedOn", receivedOn).throwIfAny();
        if (anjuran.findAnswer(party.getId()).map(a -> a.getAnswer() != null).orElse(false)) {
            throw new BusinessException(ErrorKeys.ANJURAN_ANSWER_RECORDED); // its 10 HK no longer matter
        }
        return recordAnjuranReceipt(party.getId(), receivedOn, officer, at);
    }

    /** A party answers the anjuran within its 10 HK. Then {@code ANSWERS_COMPLETE} once no answer is pending. */
    public CaseEvent answerAnjuran(String partyId, Acceptance answer, String username, Instant at, CaseClock clock) {
        CaseStage next = nextStage(CaseAction.ANSWER_ANJURAN, at, clock);
        CaseParty party = party(partyId);
        anjuran.answer(party.getId(), answer, username, at, clock);
        return enter(next, CaseAction.ANSWER_ANJURAN, username, at, party.getName() + ": " + answer);
    }

    /**
     * The mediator records a party's written answer to the anjuran from its signed letter ({@code letterDocumentId},
     * the upload already attached to the case). UU 2/2004 art. 13(2) asks for a written answer: a letter is the normal
     * way for a party without an account, and a party with one may bring its letter to the office while it has not
     * answered online. The same deadline ({@link AnjuranAnswers#mayAnswer}: after the 10 HK silence already counted)
     * and the same outcome rules as an answer online; never over an answer the party gave online. The service then
     * moves the case on exactly as after an answer online.
     */
    public CaseEvent recordAnjuranAnswer(String partyId, Acceptance answer, String letterDocumentId, String officer, Instant at,
            CaseClock clock) {
        nextStage(CaseAction.ANSWER_ANJURAN, at, clock);
        CaseParty party = partyId == null ? null : findParty(partyId).orElse(null);
        Optional<AnjuranAnswer> given = party == null ? Optional.empty()
                : anjuran.findAnswer(party.getId()).filter(a -> a.getAnswer() != null);
        if (given.isPresent()) {
            // first, whatever else the form lacks: nothing the mediator adds would make it recordable
            throw new BusinessException(given.get().isRecordedByOffice() ? ErrorKeys.ANJURAN_ANSWER_RECORDED
                    : ErrorKeys.ANJURAN_ANSWERED_ONLINE);
        }
        new Texts().check(party != null, "paperParty", ErrorKeys.REQUIRED).required("paperAnswer", answer)
                .check(letterDocumentId != null && !letterDocumentId.isBlank(), "answerLetter", ErrorKeys.ANSWER_LETTER_MISSING)
                .throwIfAny();
        anjuran.recordAnswer(party.getId(), answer, officer, letterDocumentId, at, clock);
        return trail(CaseEvent.ANJURAN_ANSWER_RECORDED, officer, at, party.getName() + ": " + answer, true);
    }

    /**
     * The mediator records that a party without a portal account signed the printed PB, with the signed copy
     * ({@code signedDocumentId}, already attached). The acceptance binds the text as drafted now, the one the paper
     * was printed from; a revision drops it as it drops online acceptances. A party with an account accepts online,
     * where the text it accepts is the one it was shown.
     */
    public CaseEvent recordPbSignedOnPaper(String partyId, String signedDocumentId, String officer, Instant at, CaseClock clock) {
        nextStage(CaseAction.ACCEPT_PB, at, clock);
        if (perjanjianBersama == null) {
            throw new BusinessException(ErrorKeys.PB_MISSING);
        }
        CaseParty party = partyId == null ? null : findParty(partyId).orElse(null);
        if (party != null && perjanjianBersama.isAcceptedBy(party.getId())) {
            throw new BusinessException(ErrorKeys.PB_ALREADY_SIGNED);
        }
        new Texts().check(party != null, "signedParty", ErrorKeys.REQUIRED)
                .check(party == null || party.getUsername() == null, "signedParty", ErrorKeys.PARTY_HAS_ACCOUNT)
                .check(signedDocumentId != null && !signedDocumentId.isBlank(), "signedPb", ErrorKeys.SIGNED_PB_MISSING)
                .throwIfAny();
        perjanjianBersama.acceptOnPaper(party.getId(), officer, signedDocumentId, at);
        return trail(CaseEvent.PB_SIGNED_ON_PAPER, officer, at, party.getName() + " " + perjanjianBersama.getDocumentHash(), true);
    }

    /**
     * Posts a message: to everyone, or in caucus between the mediator and the party with {@code caucusWith}
     * as username. Returned for the service to persist (messages are not a collection of the case).
     */
    public CaseMessage postMessage(MessageThread thread, String caucusWith, String author, String body, Instant at) {
        requireOpen();
        if (stage == CaseStage.DRAFT) {
            throw new BusinessException(ErrorKeys.NOT_EDITABLE);
        }
        new Texts().required("thread", thread).required("body", body, Limits.MESSAGE).throwIfAny();
        if (thread == MessageThread.CAUCUS) {
            if (assignedMediator == null) {
                throw new BusinessException(ErrorKeys.NO_MEDIATOR);
            }
            if (partyOf(caucusWith).isEmpty()) {
                throw new BusinessException(ErrorKeys.NOT_A_PARTY);
            }
        }
        return new CaseMessage(this, thread, caucusWith, author, body, at);
    }

    /** A note on the trail; staff-only unless {@code visibleToParties}. */
    public CaseEvent addNote(String note, boolean visibleToParties, String actor, Instant at) {
        new Texts().required("note", note, Limits.NOTE).throwIfAny();
        return trail(CaseEvent.NOTE, actor, at, note, visibleToParties);
    }

    // ---------------------------------------------------------------- reading the case

    /** The facts the state machine needs, on {@code day}. */
    public CaseFacts facts(LocalDate day, CaseClock clock) {
        return new CaseFacts(type, firstSessionOn != null, anjuran != null,
                forumOfferedOn != null && clock.isOverdue(clock.forumChoiceDue(forumOfferedOn), day),
                returnedOn != null && clock.isOverdue(clock.completionDue(returnedOn), day),
                anjuran == null ? AnjuranOutcome.PENDING : anjuran.outcomeOn(day, clock),
                perjanjianBersama != null && perjanjianBersama.isAcceptedByAll(partyIds()));
    }

    /** The actions legal on {@code day}: the buttons a page may show (subject to the user's permissions). */
    public Set<CaseAction> allowedActions(LocalDate day, CaseClock clock) {
        return CaseLifecycle.allowedActions(stage, facts(day, clock));
    }

    /** The klarifikasi periods, read from the trail: from each entry into KLARIFIKASI to the next exit from it. */
    public List<ClockPause> klarifikasiPauses() {
        List<ClockPause> pauses = new ArrayList<>();
        LocalDate start = null;
        for (CaseEvent event : events) {
            if (event.getFromStage() == event.getToStage()) {
                continue;
            }
            LocalDate day = SikhiTime.dateOf(event.getOccurredAt());
            if (event.getToStage() == CaseStage.KLARIFIKASI) {
                start = day;
            } else if (start != null && event.getFromStage() == CaseStage.KLARIFIKASI) {
                pauses.add(new ClockPause(start, day));
                start = null;
            }
        }
        if (start != null) {
            pauses.add(new ClockPause(start, null));
        }
        return pauses;
    }

    /** The last day of mediation, klarifikasi excluded; empty before pelimpahan. */
    public Optional<CaseDeadline> mediationDeadline(LocalDate day, CaseClock clock) {
        if (assignedOn == null) {
            return Optional.empty();
        }
        return Optional.of(clock.status(DeadlineKind.MEDIATION, clock.mediationDue(assignedOn, klarifikasiPauses(), day), day));
    }

    /**
     * The time limits running in the current stage, as of {@code day}: completion of a returned file, the
     * forum choice, and in mediation the first session, the anjuran, the answers, the PB and the 30 HK. A
     * closed case has none.
     */
    public List<CaseDeadline> deadlines(LocalDate day, CaseClock clock) {
        List<CaseDeadline> result = new ArrayList<>();
        if (stage == CaseStage.RETURNED && returnedOn != null) {
            result.add(clock.status(DeadlineKind.COMPLETION, clock.completionDue(returnedOn), day));
        }
        if (stage == CaseStage.FORUM_OFFERED && forumOfferedOn != null) {
            result.add(clock.status(DeadlineKind.FORUM_CHOICE, clock.forumChoiceDue(forumOfferedOn), day));
        }
        if (!stage.isInMediation()) {
            if (stage == CaseStage.AWAITING_MEDIATOR) {
                // a mediator released for a conflict: the 30 HK run on while the head finds another one
                mediationDeadline(day, clock).ifPresent(result::add);
            }
            return result;
        }
        if (firstSessionOn == null) {
            result.add(clock.status(DeadlineKind.FIRST_SESSION, clock.firstSessionDue(assignedOn), day));
        } else if (anjuran == null && (stage == CaseStage.IN_SESSION || stage == CaseStage.KLARIFIKASI)) {
            result.add(clock.status(DeadlineKind.ANJURAN, clock.anjuranDue(firstSessionOn), day));
        }
        if (stage == CaseStage.ANJURAN_ISSUED) {
            AnjuranAnswers answers = anjuran.answers(clock);
            answers.answers().stream().filter(a -> a.answer() == null).map(answers::dueFor)
                    .max((a, b) -> a.date().compareTo(b.date()))
                    .ifPresent(due -> result.add(clock.status(DeadlineKind.ANSWER, due, day)));
        }
        if (stage == CaseStage.PB_DRAFTED && anjuran != null) {
            anjuran.acceptedByAllOn().ifPresent(
                    on -> result.add(clock.status(DeadlineKind.PERJANJIAN_BERSAMA, clock.pbDue(on), day)));
        }
        mediationDeadline(day, clock).ifPresent(result::add);
        return result;
    }

    /** The party this account acts for, if any. */
    public Optional<CaseParty> partyOf(String username) {
        return username == null ? Optional.empty()
                : parties.stream().filter(p -> username.equals(p.getUsername())).findFirst();
    }

    public boolean isParty(String username) {
        return partyOf(username).isPresent();
    }

    public boolean isFiledBy(String username) {
        return filedBy.equals(username);
    }

    public Optional<CaseParty> findParty(String partyId) {
        return parties.stream().filter(p -> p.getId().equals(partyId)).findFirst();
    }

    public Optional<MediationSession> findSession(String sessionId) {
        return sessions.stream().filter(s -> s.getId().equals(sessionId)).findFirst();
    }

    /**
     * Whether the typed secret is this case's (constant time). The hash has no getter: no page can show it.
     * For an unknown tracking code, services check against {@link CaseSecret#DECOY_HASH} to take as long.
     */
    public boolean secretMatches(String typed) {
        return CaseSecret.verify(typed, secretHash);
    }

    /** The events a party may see. */
    public List<CaseEvent> eventsVisibleToParties() {
        return events.stream().filter(CaseEvent::isVisibleToParties).toList();
    }

    public List<String> getReturnReasons() {
        return returnReasons == null ? List.of() : List.of(returnReasons.split(";"));
    }

    /** The particulars as the filing form shows them. */
    public CaseParticulars particulars() {
        return new CaseParticulars(type, companyName, companyNib, companyAddress, workerName, represented, chronology, demands);
    }

    // ---------------------------------------------------------------- internals

    private CaseStage nextStage(CaseAction action, Instant at, CaseClock clock) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(clock, "clock");
        return CaseLifecycle.next(stage, action, facts(SikhiTime.dateOf(at), clock));
    }

    private CaseEvent enter(CaseStage next, CaseAction action, String actor, Instant at, String note) {
        CaseStage from = stage;
        stage = next;
        if (next.isClosed()) {
            closedOn = SikhiTime.dateOf(at);
            outcome = Texts.clean(note);
        }
        return append(action.name(), from, next, actor, at, note, true);
    }

    private CaseEvent trail(String action, String actor, Instant at, String note, boolean visibleToParties) {
        return append(action, stage, stage, actor, at, note, visibleToParties);
    }

    private CaseEvent append(String action, CaseStage from, CaseStage to, String actor, Instant at, String note,
            boolean visibleToParties) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        // every change bumps a column, so the optimistic lock also covers changes made only in child rows
        updatedAt = SikhiTime.utc(at);
        String shortNote = note == null || note.length() <= Limits.NOTE ? note : note.substring(0, Limits.NOTE);
        CaseEvent event = new CaseEvent(this, events.size() + 1, at, actor, action, from, to, shortNote, visibleToParties);
        events.add(event);
        return event;
    }

    private CaseEvent chooseOutside(CaseAction action, ForumChoice choice, String providerName, String actor, Instant at,
            CaseClock clock) {
        CaseStage next = nextStage(action, at, clock);
        new Texts().optional("provider", providerName, Limits.NAME).throwIfAny();
        forumChoice = choice;
        forumProvider = Texts.clean(providerName);
        return enter(next, action, actor, at, forumProvider);
    }

    private void requireComplete() {
        Map<String, String> problems = new LinkedHashMap<>(particulars().filingProblems());
        boolean workerSide = parties.stream().anyMatch(CaseParty::isWorkerSide);
        boolean companySide = parties.stream().anyMatch(p -> !p.isWorkerSide());
        boolean sidesPresent = type == DisputeType.ANTAR_SERIKAT_PEKERJA
                ? parties.stream().filter(p -> p.getRole() == PartyRole.UNION).count() >= 2
                : workerSide && companySide;
        if (!sidesPresent) {
            problems.putIfAbsent("parties", ErrorKeys.PARTIES_MISSING);
        } else if (parties.stream().anyMatch(p -> p.getAddress() == null)) {
            problems.putIfAbsent("parties", ErrorKeys.PARTY_ADDRESS_MISSING);
        }
        missingDocuments().forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            throw new BusinessException(problems);
        }
    }

    /** The documents filing still needs ({@link FilingDocuments}), by field; empty when none. */
    public Map<String, String> missingDocuments() {
        return FilingDocuments.problems(represented, documents.stream().map(CaseDocument::getKind).toList());
    }

    private void take(CaseParticulars particulars) {
        type = particulars.type();
        companyName = Texts.clean(particulars.companyName());
        companyNib = Texts.clean(particulars.companyNib());
        companyAddress = Texts.clean(particulars.companyAddress());
        workerName = Texts.clean(particulars.workerName());
        represented = particulars.represented();
        chronology = Texts.clean(particulars.chronology());
        demands = Texts.clean(particulars.demands());
    }

    private static void checkParticulars(Texts problems, CaseParticulars particulars) {
        if (particulars == null) {
            problems.required("particulars", null).throwIfAny();
        }
        problems.required("type", particulars.type());
        particulars.draftProblems().forEach((field, key) -> problems.check(false, field, key));
        problems.throwIfAny();
    }

    private static void checkParty(Texts problems, String name, String address, String contact) {
        problems.required("name", name, Limits.NAME).optional("address", address, Limits.ADDRESS)
                .optional("contact", contact, Limits.CONTACT).throwIfAny();
    }

    private static void checkPb(String content, String documentHash) {
        Map<String, String> problems = PerjanjianBersama.problems(content, documentHash);
        if (!problems.isEmpty()) {
            throw new BusinessException(problems);
        }
    }

    private static void checkNote(String note) {
        new Texts().optional("note", note, Limits.NOTE).throwIfAny();
    }

    private void requireOpen() {
        if (stage.isClosed()) {
            throw new BusinessException(ErrorKeys.CASE_CLOSED);
        }
    }

    private void requireStage(Set<CaseStage> stages) {
        requireOpen();
        if (!stages.contains(stage)) {
            throw new BusinessException(ErrorKeys.NOT_EDITABLE);
        }
    }

    private CaseParty party(String partyId) {
        return findParty(partyId).orElseThrow(() -> new BusinessException(ErrorKeys.NOT_A_PARTY));
    }

    private MediationSession session(String sessionId) {
        // an id that is not this case's: shown as "not found", like any record one may not see
        return findSession(sessionId).orElseThrow(() -> new AccessDeniedException("no such session on this case"));
    }

    private List<String> partyIds() {
        return parties.stream().map(CaseParty::getId).toList();
    }

    // ---------------------------------------------------------------- getters for pages

    public String getId() { return id; }
    public String getTrackingCode() { return trackingCode; }
    public String getRegistrationNumber() { return registrationNumber; }
    public Integer getRegistrationSeq() { return registrationSeq; }
    public Integer getRegistrationYear() { return registrationYear; }
    public DisputeType getType() { return type; }
    public CaseStage getStage() { return stage; }
    public String getWorkplaceKabKotaCode() { return workplaceKabKotaCode; }
    public String getCompanyName() { return companyName; }
    public String getCompanyNib() { return companyNib; }
    public String getCompanyAddress() { return companyAddress; }
    public String getWorkerName() { return workerName; }
    public boolean isRepresented() { return represented; }
    public String getChronology() { return chronology; }
    public String getDemands() { return demands; }
    public String getFiledBy() { return filedBy; }
    public Instant getCreatedAt() { return SikhiTime.instant(createdAt); }
    public Instant getUpdatedAt() { return SikhiTime.instant(updatedAt); }
    public Instant getFiledAt() { return SikhiTime.instant(filedAt); }
    public LocalDate getReturnedOn() { return returnedOn; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public LocalDate getForumOfferedOn() { return forumOfferedOn; }
    public ForumChoice getForumChoice() { return forumChoice; }
    public String getForumProvider() { return forumProvider; }
    public boolean isDelegated() { return delegated; }
    public String getDelegationReason() { return delegationReason; }
    public String getAssignedMediator() { return assignedMediator; }
    public LocalDate getAssignedOn() { return assignedOn; }
    public LocalDate getFirstSessionOn() { return firstSessionOn; }
    public LocalDate getAnjuranIssuedOn() { return anjuranIssuedOn; }
    public LocalDate getClosedOn() { return closedOn; }
    public String getOutcome() { return outcome; }
    public String getPhiRegistrationNumber() { return phiRegistrationNumber; }
    public List<CaseParty> getParties() { return Collections.unmodifiableList(parties); }
    public List<CaseEvent> getEvents() { return Collections.unmodifiableList(events); }
    public List<CaseDocument> getDocuments() { return Collections.unmodifiableList(documents); }
    public List<MediationSession> getSessions() { return Collections.unmodifiableList(sessions); }
    public Anjuran getAnjuran() { return anjuran; }
    public PerjanjianBersama getPerjanjianBersama() { return perjanjianBersama; }
    public List<KlarifikasiRequest> getKlarifikasiRequests() { return Collections.unmodifiableList(klarifikasiRequests); }
    public List<ForumVote> getForumVotes() { return Collections.unmodifiableList(forumVotes); }
    public List<ConflictDeclaration> getConflictDeclarations() { return Collections.unmodifiableList(conflictDeclarations); }
    public List<RepresentativeRefusal> getRepresentativeRefusals() { return Collections.unmodifiableList(representativeRefusals); }
    public long getVersion() { return version; }
}
