package id.go.jabarprov.disnakertrans.sikhi.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Where a case lives: its kab/kota (the tenant of its rows) by case id and by tracking code. Not a
 * tenant-owned row: parties and the public status check must find a case before any kab/kota is known.
 */
@Entity
@Table(name = "sikhi_case_directory")
public class CaseDirectoryEntry {

    @Id
    @Column(name = "case_id")
    private String caseId;

    @Column(name = "tracking_code")
    private String trackingCode;

    @Column(name = "tenant_code")
    private String tenantCode;

    @Column(name = "filed_by")
    private String filedBy;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected CaseDirectoryEntry() {
    }

    public CaseDirectoryEntry(String caseId, String trackingCode, String tenantCode, String filedBy, Instant at) {
        this.caseId = caseId;
        this.trackingCode = trackingCode;
        this.tenantCode = tenantCode;
        this.filedBy = filedBy;
        this.createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public String getCaseId() { return caseId; }
    public String getTrackingCode() { return trackingCode; }
    public String getTenantCode() { return tenantCode; }
    public String getFiledBy() { return filedBy; }
}
