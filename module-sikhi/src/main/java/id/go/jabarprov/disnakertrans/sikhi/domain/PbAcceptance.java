package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/** A party's acceptance of one exact Perjanjian Bersama text: by whom, when, and the hash they saw. */
@Entity
@Table(name = "sikhi_pb_acceptance")
public class PbAcceptance extends TenantOwnedEntity {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "pb_id", nullable = false, updatable = false)
    private PerjanjianBersama perjanjianBersama;

    @Column(name = "party_id", nullable = false)
    private String partyId;

    @Column(nullable = false)
    private String username;

    @Column(name = "accepted_hash", nullable = false)
    private String acceptedHash;

    @Column(name = "accepted_at", nullable = false)
    private LocalDateTime acceptedAt;

    protected PbAcceptance() {
    }

    PbAcceptance(PerjanjianBersama perjanjianBersama, String partyId, String username, String acceptedHash, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.perjanjianBersama = perjanjianBersama;
        this.partyId = partyId;
        this.username = username;
        this.acceptedHash = acceptedHash;
        this.acceptedAt = SikhiTime.utc(at);
    }

    public String getId() { return id; }
    public PerjanjianBersama getPerjanjianBersama() { return perjanjianBersama; }
    public String getPartyId() { return partyId; }
    public String getUsername() { return username; }
    public String getAcceptedHash() { return acceptedHash; }
    public Instant getAcceptedAt() { return SikhiTime.instant(acceptedAt); }
}
