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

/** A document attached to a service request (the draft PP, the PKB, the PKWT list…), by the core's document id. */
@Entity
@Table(name = "sikhi_service_request_document")
public class ServiceRequestDocument extends TenantOwnedEntity {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private ServiceRequest request;

    @Column(nullable = false)
    private String label;

    @Column(name = "document_id", nullable = false)
    private String documentId;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected ServiceRequestDocument() {
    }

    ServiceRequestDocument(ServiceRequest request, String label, String documentId, String uploadedBy, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.request = request;
        this.label = label.strip();
        this.documentId = documentId;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = SikhiTime.utc(at);
    }

    public String getId() { return id; }
    public ServiceRequest getRequest() { return request; }
    public String getLabel() { return label; }
    public String getDocumentId() { return documentId; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return SikhiTime.instant(uploadedAt); }
}
