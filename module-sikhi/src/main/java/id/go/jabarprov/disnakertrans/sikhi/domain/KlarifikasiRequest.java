package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * What the mediator asked in a Klarifikasi: of whom (one party, or every party when {@code askedPartyId} is
 * null), the questions, and the working day by which the answer is due; and, once the Klarifikasi ends,
 * what was received. The pause itself is still read from the trail ({@link DisputeCase#klarifikasiPauses}),
 * so cases paused before these rows existed keep their clock.
 */
@Entity
@Table(name = "sikhi_klarifikasi")
public class KlarifikasiRequest extends TenantOwnedEntity {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private DisputeCase disputeCase;

    /** The party asked; null means every party of the case. */
    @Column(name = "asked_party_id")
    private String askedPartyId;

    @Column(nullable = false)
    private String questions;

    @Column(name = "answer_due", nullable = false)
    private LocalDate answerDue;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    /** What the parties sent in answer, written when the Klarifikasi ends. */
    private String received;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    protected KlarifikasiRequest() {
    }

    KlarifikasiRequest(DisputeCase disputeCase, String askedPartyId, String questions, LocalDate answerDue, String requestedBy,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.disputeCase = disputeCase;
        this.askedPartyId = askedPartyId;
        this.questions = questions;
        this.answerDue = answerDue;
        this.requestedBy = requestedBy;
        this.requestedAt = SikhiTime.utc(at);
    }

    void end(String received, String actor, Instant at) {
        this.received = received;
        this.endedBy = actor;
        this.endedAt = SikhiTime.utc(at);
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    /** Whether the request is addressed to this party (a request to every party is addressed to each). */
    public boolean isAddressedTo(String partyId) {
        return askedPartyId == null || askedPartyId.equals(partyId);
    }

    public String getId() { return id; }
    public DisputeCase getDisputeCase() { return disputeCase; }
    public String getAskedPartyId() { return askedPartyId; }
    public String getQuestions() { return questions; }
    public LocalDate getAnswerDue() { return answerDue; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return SikhiTime.instant(requestedAt); }
    public String getReceived() { return received; }
    public String getEndedBy() { return endedBy; }
    public Instant getEndedAt() { return SikhiTime.instant(endedAt); }
}
