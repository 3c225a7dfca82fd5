package id.go.jabarprov.disnakertrans.platform.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * What the portal knows of one uploaded or generated document; the bytes are in the content store.
 * Modules keep the id and decide who may read it (access checks stay with the record that owns it).
 */
@Entity
@Table(name = "platform_document")
public class StoredDocument {

    @Id
    private String id;
    private String sha256;
    @Column(name = "size_bytes")
    private long size;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "original_name")
    private String originalName;
    @Column(name = "module_id")
    private String moduleId;
    @Column(name = "tenant_code")
    private String tenantCode;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private LocalDateTime uploadedAt;

    protected StoredDocument() {
    }

    StoredDocument(String sha256, long size, String mediaType, String originalName, String moduleId, String tenantCode,
            String uploadedBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.sha256 = sha256;
        this.size = size;
        this.mediaType = mediaType;
        this.originalName = originalName;
        this.moduleId = moduleId;
        this.tenantCode = tenantCode;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    public String getId() { return id; }
    public String getSha256() { return sha256; }
    public long getSize() { return size; }
    public String getMediaType() { return mediaType; }
    public String getOriginalName() { return originalName; }
    public String getModuleId() { return moduleId; }
    public String getTenantCode() { return tenantCode; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt.toInstant(ZoneOffset.UTC); }
}
