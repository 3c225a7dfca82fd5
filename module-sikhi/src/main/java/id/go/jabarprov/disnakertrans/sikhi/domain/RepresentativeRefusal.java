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

/**
 * The mediator refused a party's representative (DOMAIN.md: the surat kuasa is not a surat kuasa khusus for this
 * dispute, unsigned, expired...). Open until the mediator accepts the representative again, which needs a new
 * surat kuasa uploaded after the refusal ({@link Representation}). One row per refusal, so a second refusal of
 * the same party keeps the first on record.
 */
@Entity
@Table(name = "sikhi_representative_refusal")
public class RepresentativeRefusal extends TenantOwnedEntity {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private DisputeCase disputeCase;

    @Column(name = "party_id", nullable = false)
    private String partyId;

    @Column(nullable = false)
    private String reason;

    @Column(name = "refused_by", nullable = false)
    private String refusedBy;

    @Column(name = "refused_at", nullable = false)
    private LocalDateTime refusedAt;

    /** The core's stored document id of the surat kuasa uploaded after the refusal (the last one). */
    @Column(name = "new_document_id")
    private String newDocumentId;

    @Column(name = "new_document_at")
    private LocalDateTime newDocumentAt;

    @Column(name = "accepted_by")
    private String acceptedBy;

    @Column(name = "accepted_at")
    private LocalDateTime acceptedAt;

    protected RepresentativeRefusal() {
    }

    RepresentativeRefusal(DisputeCase disputeCase, String partyId, String reason, String refusedBy, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.disputeCase = disputeCase;
        this.partyId = partyId;
        this.reason = reason;
        this.refusedBy = refusedBy;
        this.refusedAt = SikhiTime.utc(at);
    }

    void newSuratKuasa(String documentId, Instant at) {
        this.newDocumentId = documentId;
        this.newDocumentAt = SikhiTime.utc(at);
    }

    void accept(String actor, Instant at) {
        this.acceptedBy = actor;
        this.acceptedAt = SikhiTime.utc(at);
    }

    /** Still refused: the representative was not accepted again. */
    public boolean isOpen() {
        return acceptedAt == null;
    }

    /** A new surat kuasa came after the refusal: the mediator may look at it and accept. */
    public boolean hasNewSuratKuasa() {
        return newDocumentId != null;
    }

    public String getId() { return id; }
    public DisputeCase getDisputeCase() { return disputeCase; }
    public String getPartyId() { return partyId; }
    public String getReason() { return reason; }
    public String getRefusedBy() { return refusedBy; }
    public Instant getRefusedAt() { return SikhiTime.instant(refusedAt); }
    public String getNewDocumentId() { return newDocumentId; }
    public Instant getNewDocumentAt() { return SikhiTime.instant(newDocumentAt); }
    public String getAcceptedBy() { return acceptedBy; }
    public Instant getAcceptedAt() { return SikhiTime.instant(acceptedAt); }
}
