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
 * A document attached to a case. The bytes and their hash live in the core's document store; this row
 * says what the document is to the case and who brought it. Never changed: a correction is a new upload.
 */
@Entity
@Table(name = "sikhi_document")
public class CaseDocument extends TenantOwnedEntity {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private DisputeCase disputeCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_kind", nullable = false)
    private DocumentKind kind;

    /** The core's {@code StoredDocument} id. */
    @Column(name = "document_id", nullable = false)
    private String documentId;

    private String label;

    /** The party whose evidence this is, when it is a party's. */
    @Column(name = "party_id")
    private String partyId;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected CaseDocument() {
    }

    CaseDocument(DisputeCase disputeCase, DocumentKind kind, String documentId, String label, String partyId,
            String uploadedBy, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.disputeCase = disputeCase;
        this.kind = kind;
        this.documentId = documentId;
        this.label = Texts.clean(label);
        this.partyId = partyId;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = SikhiTime.utc(at);
    }

    public String getId() { return id; }
    public DisputeCase getDisputeCase() { return disputeCase; }
    public DocumentKind getKind() { return kind; }
    public String getDocumentId() { return documentId; }
    public String getLabel() { return label; }
    public String getPartyId() { return partyId; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return SikhiTime.instant(uploadedAt); }
}
