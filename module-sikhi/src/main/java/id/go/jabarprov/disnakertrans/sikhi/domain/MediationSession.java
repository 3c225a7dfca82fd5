package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A mediation meeting (sidang n, or klarifikasi n) and, once held, its risalah. The parties confirm the
 * risalah one by one (the online stand-in for signing it); once anyone has confirmed, the text is fixed.
 */
@Entity
@Table(name = "sikhi_session")
public class MediationSession extends TenantOwnedEntity {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private DisputeCase disputeCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_kind", nullable = false)
    private SessionKind kind;

    /** Sidang 1, 2, … and klarifikasi 1, 2, … are numbered separately. */
    @Column(name = "session_number", nullable = false)
    private int number;

    @Column(name = "scheduled_at", nullable = false)
    private LocalDateTime scheduledAt;

    @Column(name = "meeting_link")
    private String meetingLink;

    @Column(name = "meeting_place")
    private String meetingPlace;

    @Column(nullable = false)
    private boolean held;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "parties_present")
    private String partiesPresent;

    private String issue;

    @Column(name = "worker_position")
    private String workerPosition;

    @Column(name = "company_position")
    private String companyPosition;

    /** The result of the session (hasil / kesimpulan). */
    private String conclusion;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("confirmedAt")
    private List<SessionConfirmation> confirmations = new ArrayList<>();

    /** Who said they will come at the current time; emptied when the meeting moves. */
    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("confirmedAt")
    private List<SessionAttendance> attendances = new ArrayList<>();

    @Version
    private long version;

    protected MediationSession() {
    }

    MediationSession(DisputeCase disputeCase, SessionKind kind, int number, Instant scheduledAt, String meetingLink,
            String meetingPlace) {
        this.id = UUID.randomUUID().toString();
        this.disputeCase = disputeCase;
        this.kind = kind;
        this.number = number;
        plan(scheduledAt, meetingLink, meetingPlace);
    }

    /** Sets time and room or place of a meeting not yet held; online, in person, or both. */
    private void plan(Instant scheduledAt, String meetingLink, String meetingPlace) {
        if (held) {
            throw new BusinessException(ErrorKeys.SESSION_HELD);
        }
        new Texts().required("scheduledAt", scheduledAt)
                .optional("meetingLink", meetingLink, Limits.LINK)
                .optional("meetingPlace", meetingPlace, Limits.ADDRESS)
                .check(Texts.clean(meetingLink) != null || Texts.clean(meetingPlace) != null, "meetingPlace", ErrorKeys.REQUIRED)
                .throwIfAny();
        this.scheduledAt = SikhiTime.utc(scheduledAt);
        this.meetingLink = Texts.clean(meetingLink);
        this.meetingPlace = Texts.clean(meetingPlace);
    }

    /**
     * Why this meeting cannot move to {@code newAt} (and room or place), by form field; empty when it can.
     * Refused: a held meeting, a time not after {@code now}, no room and no place, or a move that changes
     * nothing (it would only make every party confirm again).
     */
    Map<String, String> moveProblems(Instant newAt, String newLink, String newPlace, Instant now) {
        if (held) {
            return Map.of(SessionMove.SESSION, ErrorKeys.SESSION_HELD);
        }
        Texts problems = new Texts().required(SessionMove.AT, newAt)
                .optional(SessionMove.PLACE, newLink, Limits.LINK)
                .optional(SessionMove.PLACE, newPlace, Limits.ADDRESS)
                .check(Texts.clean(newLink) != null || Texts.clean(newPlace) != null, SessionMove.PLACE, ErrorKeys.REQUIRED);
        if (newAt != null) {
            boolean unchanged = SikhiTime.utc(newAt).equals(scheduledAt) && Objects.equals(Texts.clean(newLink), meetingLink)
                    && Objects.equals(Texts.clean(newPlace), meetingPlace);
            problems.check(newAt.isAfter(now), SessionMove.AT, ErrorKeys.SESSION_IN_PAST)
                    .check(!unchanged, SessionMove.AT, ErrorKeys.SESSION_UNCHANGED);
        }
        return problems.problems();
    }

    /** Moves the meeting (see {@link #moveProblems}); the parties' attendance confirmations lapse: they confirm the new time. */
    void moveTo(Instant newAt, String newLink, String newPlace, Instant now) {
        Map<String, String> problems = moveProblems(newAt, newLink, newPlace, now);
        if (!problems.isEmpty()) {
            throw new BusinessException(problems);
        }
        plan(newAt, newLink, newPlace);
        attendances.clear();
    }

    /** A party says it will attend at the current time. */
    SessionAttendance confirmAttendance(String partyId, String username, Instant at) {
        if (held) {
            throw new BusinessException(ErrorKeys.SESSION_HELD);
        }
        if (isAttendanceConfirmedBy(partyId)) {
            throw new BusinessException(ErrorKeys.ALREADY_CONFIRMED);
        }
        SessionAttendance attendance = new SessionAttendance(this, partyId, username, at);
        attendances.add(attendance);
        return attendance;
    }

    /** Whether the party confirmed it will attend at the time now set (a move cancels earlier confirmations). */
    public boolean isAttendanceConfirmedBy(String partyId) {
        return attendances.stream().anyMatch(a -> a.getPartyId().equals(partyId));
    }

    void record(Risalah risalah, String by, Instant at) {
        if (!confirmations.isEmpty()) {
            throw new BusinessException(ErrorKeys.RISALAH_CONFIRMED);
        }
        new Texts().check(risalah != null, "risalah", ErrorKeys.REQUIRED).throwIfAny();
        var problems = risalah.problems();
        if (!problems.isEmpty()) {
            throw new BusinessException(problems);
        }
        this.held = true;
        this.heldOn = risalah.heldOn();
        this.partiesPresent = risalah.partiesPresent().strip();
        this.issue = risalah.issue().strip();
        this.workerPosition = risalah.workerPosition().strip();
        this.companyPosition = risalah.companyPosition().strip();
        this.conclusion = risalah.conclusion().strip();
        this.recordedBy = by;
        this.recordedAt = SikhiTime.utc(at);
    }

    SessionConfirmation confirm(String partyId, String username, Instant at) {
        if (!held) {
            throw new BusinessException(ErrorKeys.SESSION_NOT_HELD);
        }
        if (isConfirmedBy(partyId)) {
            throw new BusinessException(ErrorKeys.ALREADY_CONFIRMED);
        }
        SessionConfirmation confirmation = new SessionConfirmation(this, partyId, username, at);
        confirmations.add(confirmation);
        return confirmation;
    }

    public boolean isConfirmedBy(String partyId) {
        return confirmations.stream().anyMatch(c -> c.getPartyId().equals(partyId));
    }

    /** The risalah as recorded, or null before the meeting was held. */
    public Risalah risalah() {
        return held ? new Risalah(heldOn, partiesPresent, issue, workerPosition, companyPosition, conclusion) : null;
    }

    public String getId() { return id; }
    public DisputeCase getDisputeCase() { return disputeCase; }
    public SessionKind getKind() { return kind; }
    public int getNumber() { return number; }
    public Instant getScheduledAt() { return SikhiTime.instant(scheduledAt); }
    public String getMeetingLink() { return meetingLink; }
    public String getMeetingPlace() { return meetingPlace; }
    public boolean isHeld() { return held; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getPartiesPresent() { return partiesPresent; }
    public String getIssue() { return issue; }
    public String getWorkerPosition() { return workerPosition; }
    public String getCompanyPosition() { return companyPosition; }
    public String getConclusion() { return conclusion; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return SikhiTime.instant(recordedAt); }
    public List<SessionConfirmation> getConfirmations() { return Collections.unmodifiableList(confirmations); }
    public List<SessionAttendance> getAttendances() { return Collections.unmodifiableList(attendances); }
}
