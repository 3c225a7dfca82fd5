package id.go.jabarprov.disnakertrans.platform.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A document the portal issued, as anyone holding it may check it: what it is, who issued it and
 * when, until when it is valid, whether it was revoked. Never personal data: a verifier learns that
 * the paper in their hand is genuine, not who else holds one.
 */
@Entity
@Table(name = "platform_issued_document")
public class IssuedDocument {

    @Id
    private String code;
    @Column(name = "document_id")
    private String documentId;
    @Column(name = "module_id")
    private String moduleId;
    @Column(name = "tenant_code")
    private String tenantCode;
    private String title;
    private String subject;
    @Column(name = "issued_at")
    private LocalDateTime issuedAt;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;
    @Column(name = "revoke_reason")
    private String revokeReason;
    @Version
    private long version;

    protected IssuedDocument() {
    }

    IssuedDocument(String code, String documentId, String moduleId, String tenantCode, String title, String subject,
            Instant issuedAt, LocalDate validUntil) {
        this.code = code;
        this.documentId = documentId;
        this.moduleId = moduleId;
        this.tenantCode = tenantCode;
        this.title = title;
        this.subject = subject;
        this.issuedAt = LocalDateTime.ofInstant(issuedAt, ZoneOffset.UTC);
        this.validUntil = validUntil;
    }

    void revoke(Instant when, String reason) {
        this.revokedAt = LocalDateTime.ofInstant(when, ZoneOffset.UTC);
        this.revokeReason = reason;
    }

    /** Valid: not revoked and not past its validity date. */
    public boolean isValidOn(LocalDate day) {
        return revokedAt == null && (validUntil == null || !day.isAfter(validUntil));
    }

    public String getCode() { return code; }
    public String getDocumentId() { return documentId; }
    public String getModuleId() { return moduleId; }
    public String getTenantCode() { return tenantCode; }
    public String getTitle() { return title; }
    public String getSubject() { return subject; }
    public Instant getIssuedAt() { return issuedAt.toInstant(ZoneOffset.UTC); }
    public LocalDate getValidUntil() { return validUntil; }
    public Instant getRevokedAt() { return revokedAt == null ? null : revokedAt.toInstant(ZoneOffset.UTC); }
    public String getRevokeReason() { return revokeReason; }
}
