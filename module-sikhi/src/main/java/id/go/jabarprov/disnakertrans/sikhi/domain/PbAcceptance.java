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

    /** The mediator who recorded that the party signed the printed PB; null when the party accepted online. */
    @Column(name = "recorded_by")
    private String recordedBy;

    /** The core's stored document id of the signed PB the mediator uploaded. */
    @Column(name = "signed_document_id")
    private String signedDocumentId;

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

    /** A signature on the printed PB, recorded by the mediator with the signed copy. */
    static PbAcceptance onPaper(PerjanjianBersama pb, String partyId, String officer, String acceptedHash, String signedDocumentId,
            Instant at) {
        PbAcceptance acceptance = new PbAcceptance(pb, partyId, officer, acceptedHash, at);
        acceptance.recordedBy = officer;
        acceptance.signedDocumentId = signedDocumentId;
        return acceptance;
    }

    /** Whether the mediator recorded this acceptance from the signed paper (else the party accepted online). */
    public boolean isRecordedByOffice() {
        return recordedBy != null;
    }

    public String getId() { return id; }
    public PerjanjianBersama getPerjanjianBersama() { return perjanjianBersama; }
    public String getPartyId() { return partyId; }
    public String getUsername() { return username; }
    public String getAcceptedHash() { return acceptedHash; }
    public Instant getAcceptedAt() { return SikhiTime.instant(acceptedAt); }
    public String getRecordedBy() { return recordedBy; }
    public String getSignedDocumentId() { return signedDocumentId; }
}
