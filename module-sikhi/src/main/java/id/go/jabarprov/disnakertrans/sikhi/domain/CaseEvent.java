package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of a case's trail: a {@link CaseAction} (with the stages before and after) or a step that
 * does not change the stage (a document, a scheduled session, a note). Appended by {@link DisputeCase},
 * never changed. Parties see the lines marked {@link #isVisibleToParties()}; the audit trail of the core
 * remains the record of who did what for supervision.
 */
@Entity
@Table(name = "sikhi_event")
public class CaseEvent extends TenantOwnedEntity {

    // Trail lines that are not a CaseAction (bundle keys sikhi.event.<name>).
    public static final String NOTE = "NOTE";
    public static final String DOCUMENT_ADDED = "DOCUMENT_ADDED";
    public static final String SESSION_SCHEDULED = "SESSION_SCHEDULED";
    public static final String SESSION_RESCHEDULED = "SESSION_RESCHEDULED";
    public static final String ATTENDANCE_CONFIRMED = "ATTENDANCE_CONFIRMED";
    public static final String RISALAH_RECORDED = "RISALAH_RECORDED";
    public static final String RISALAH_CONFIRMED = "RISALAH_CONFIRMED";
    public static final String REPRESENTATIVE_APPOINTED = "REPRESENTATIVE_APPOINTED";
    public static final String MEDIATOR_REASSIGNED = "MEDIATOR_REASSIGNED";
    public static final String RECLASSIFIED = "RECLASSIFIED";
    public static final String PB_REVISED = "PB_REVISED";
    public static final String ANJURAN_RECEIVED = "ANJURAN_RECEIVED";
    /** One party's forum choice while the others have yet to choose (the joint choice itself is a CaseAction). */
    public static final String FORUM_CHOSEN = "FORUM_CHOSEN";
    /** A party answered a Klarifikasi online (the note names the party; the text stays off the trail). */
    public static final String KLARIFIKASI_ANSWERED = "KLARIFIKASI_ANSWERED";
    /** The same, after the answer date. */
    public static final String KLARIFIKASI_ANSWERED_LATE = "KLARIFIKASI_ANSWERED_LATE";
    /** A party changed its forum choice while the offer was open ("from -> to" in the note). */
    public static final String FORUM_CHANGED = "FORUM_CHANGED";
    /** The office recorded a party's forum choice from the party's signed written statement. */
    public static final String FORUM_RECORDED = "FORUM_RECORDED";
    /** The mediator declared no conflict of interest with the parties (parties see it). */
    public static final String NO_CONFLICT_DECLARED = "NO_CONFLICT_DECLARED";
    /** The mediator declared a conflict of interest; the note is the reason (staff only). */
    public static final String CONFLICT_DECLARED = "CONFLICT_DECLARED";
    /** A running mediation lost its mediator to a conflict: the head of section hands it over. */
    public static final String MEDIATOR_RELEASED = "MEDIATOR_RELEASED";
    public static final String REPRESENTATIVE_REFUSED = "REPRESENTATIVE_REFUSED";
    public static final String SURAT_KUASA_RENEWED = "SURAT_KUASA_RENEWED";
    public static final String REPRESENTATIVE_ACCEPTED = "REPRESENTATIVE_ACCEPTED";
    /** The mediator recorded a party's answer to the anjuran from its signed letter ("party: answer" in the note). */
    public static final String ANJURAN_ANSWER_RECORDED = "ANJURAN_ANSWER_RECORDED";
    /** The mediator recorded that a party without an account signed the printed PB (the note carries the text's hash). */
    public static final String PB_SIGNED_ON_PAPER = "PB_SIGNED_ON_PAPER";

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private DisputeCase disputeCase;

    /** Position in the case's trail, from 1. */
    @Column(nullable = false)
    private int seq;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false)
    private String actor;

    /** A {@link CaseAction} name or one of the trail-only names above. */
    @Column(nullable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", nullable = false)
    private CaseStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false)
    private CaseStage toStage;

    private String note;

    @Column(name = "visible_to_parties", nullable = false)
    private boolean visibleToParties;

    protected CaseEvent() {
    }

    CaseEvent(DisputeCase disputeCase, int seq, Instant at, String actor, String action, CaseStage fromStage,
            CaseStage toStage, String note, boolean visibleToParties) {
        this.id = UUID.randomUUID().toString();
        this.disputeCase = disputeCase;
        this.seq = seq;
        this.occurredAt = SikhiTime.utc(at);
        this.actor = actor;
        this.action = action;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.note = Texts.clean(note);
        this.visibleToParties = visibleToParties;
    }

    /** The case action this line records, if it records one. */
    public Optional<CaseAction> caseAction() {
        for (CaseAction candidate : CaseAction.values()) {
            if (candidate.name().equals(action)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether the line records one party's forum choice (whose content stays hidden from the others until decided). */
    public boolean isForumVote() {
        return FORUM_CHOSEN.equals(action) || FORUM_CHANGED.equals(action) || FORUM_RECORDED.equals(action);
    }

    /** The bundle key of the line's label. */
    public String key() {
        return caseAction().map(CaseAction::key).orElse("sikhi.event." + action);
    }

    public String getId() { return id; }
    public DisputeCase getDisputeCase() { return disputeCase; }
    public int getSeq() { return seq; }
    public Instant getOccurredAt() { return SikhiTime.instant(occurredAt); }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public CaseStage getFromStage() { return fromStage; }
    public CaseStage getToStage() { return toStage; }
    public String getNote() { return note; }
    public boolean isVisibleToParties() { return visibleToParties; }
}
