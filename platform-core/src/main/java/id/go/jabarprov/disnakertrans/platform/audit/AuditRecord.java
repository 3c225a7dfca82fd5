package id.go.jabarprov.disnakertrans.platform.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One entry of the append-only audit trail. Created only by {@link AuditService}; never updated. */
// Never cached: "verify chain" must see what is really in the table, edits by hand included.
@Entity
@Cacheable(false)
@Table(name = "platform_audit")
public class AuditRecord {

    @Id
    private long seq;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    private String actor;
    private String roles;
    @Column(name = "tenant_code")
    private String tenantCode;
    @Column(name = "module_id")
    private String moduleId;
    private String action;
    private String target;
    private String summary;
    private String details;
    @Column(name = "client_address")
    private String clientAddress;
    @Column(name = "request_id")
    private String requestId;
    @Column(name = "prev_hash")
    private String prevHash;
    private String hash;

    protected AuditRecord() {
    }

    AuditRecord(long seq, AuditEntry entry, String prevHash) {
        this.seq = seq;
        this.occurredAt = LocalDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC);
        this.actor = entry.actor();
        this.roles = entry.roles();
        this.tenantCode = entry.tenantCode();
        this.moduleId = entry.moduleId();
        this.action = entry.action();
        this.target = entry.target();
        this.summary = entry.summary();
        this.details = entry.details();
        this.clientAddress = entry.clientAddress();
        this.requestId = entry.requestId();
        this.prevHash = prevHash;
        this.hash = AuditChain.hash(prevHash, seq, toEntry());
    }

    /** The content that the hash covers, rebuilt from the stored columns. */
    AuditEntry toEntry() {
        return new AuditEntry(getOccurredAt(), actor, roles, tenantCode, moduleId, action, target, summary, details,
                clientAddress, requestId);
    }

    public long getSeq() { return seq; }
    public Instant getOccurredAt() { return occurredAt.toInstant(ZoneOffset.UTC); }
    public String getActor() { return actor; }
    public String getRoles() { return roles; }
    public String getTenantCode() { return tenantCode; }
    public String getModuleId() { return moduleId; }
    public String getAction() { return action; }
    public String getTarget() { return target; }
    public String getSummary() { return summary; }
    public String getDetails() { return details; }
    public String getClientAddress() { return clientAddress; }
    public String getRequestId() { return requestId; }
    public String getPrevHash() { return prevHash; }
    public String getHash() { return hash; }
}
