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

    public String getId() { return id; }
    public DisputeCase getDisputeCase() { return disputeCase; }
    public String getPartyId() { return partyId; }
    public ForumChoice getChoice() { return choice; }
    public String getProviderName() { return providerName; }
    public String getUsername() { return username; }
    public Instant getChosenAt() { return SikhiTime.instant(chosenAt); }
}
