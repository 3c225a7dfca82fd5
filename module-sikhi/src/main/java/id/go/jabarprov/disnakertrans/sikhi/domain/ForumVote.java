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
import java.util.UUID;

/**
 * One party's answer to the forum offer. Kept apart from the case's {@link ForumChoice}, which is the joint
 * outcome: conciliation or arbitration needs every party's agreement ({@link ForumAgreement}).
 *
 * <p>One row per party: a change while the offer is open replaces the answer (the trail and the audit keep
 * the history). An answer the office recorded from the party's signed written statement (a party without a
 * portal account, or one who came to the office) names the officer and the statement; the office may not
 * overwrite an answer the party gave online.
 */
@Entity
@Table(name = "sikhi_forum_vote")
public class ForumVote extends TenantOwnedEntity {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private DisputeCase disputeCase;

    @Column(name = "party_id", nullable = false)
    private String partyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ForumChoice choice;

    /** The conciliator or arbitrator this party named, if any. */
    @Column(name = "provider_name")
    private String providerName;

    @Column(nullable = false)
    private String username;

    @Column(name = "chosen_at", nullable = false)
    private LocalDateTime chosenAt;

    /** The officer who recorded this answer from the party's written statement; null when the party chose online. */
    @Column(name = "recorded_by")
    private String recordedBy;

    /** The core's stored document id of the signed statement the office recorded the answer from. */
    @Column(name = "statement_document_id")
    private String statementDocumentId;

    protected ForumVote() {
    }

    ForumVote(DisputeCase disputeCase, String partyId, ForumChoice choice, String providerName, String username, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.disputeCase = disputeCase;
        this.partyId = partyId;
        this.choice = choice;
        this.providerName = providerName;
        this.username = username;
        this.chosenAt = SikhiTime.utc(at);
    }

    /** The office's record of the party's written statement (a first answer or one replacing an earlier record). */
    static ForumVote recorded(DisputeCase disputeCase, String partyId, ForumChoice choice, String providerName, String officer,
            String statementDocumentId, Instant at) {
        ForumVote vote = new ForumVote(disputeCase, partyId, choice, providerName, officer, at);
        vote.recordedBy = officer;
        vote.statementDocumentId = statementDocumentId;
        return vote;
    }

    /**
     * Replaces the answer: by the party online ({@code statementDocumentId} null: no longer the office's record),
     * or by the office from a newer written statement.
     */
    void replace(ForumChoice newChoice, String newProviderName, String byUsername, boolean byOffice, String newStatementDocumentId,
            Instant at) {
        this.choice = newChoice;
        this.providerName = newProviderName;
        this.username = byUsername;
        this.recordedBy = byOffice ? byUsername : null;
        this.statementDocumentId = byOffice ? newStatementDocumentId : null;
        this.chosenAt = SikhiTime.utc(at);
    }

    /** Whether the office recorded this answer from a written statement (else the party chose online). */
    public boolean isRecordedByOffice() {
        return recordedBy != null;
    }

    public String getId() { return id; }
    public DisputeCase getDisputeCase() { return disputeCase; }
    public String getPartyId() { return partyId; }
    public ForumChoice getChoice() { return choice; }
    public String getProviderName() { return providerName; }
    public String getUsername() { return username; }
    public Instant getChosenAt() { return SikhiTime.instant(chosenAt); }
    public String getRecordedBy() { return recordedBy; }
    public String getStatementDocumentId() { return statementDocumentId; }
}
