package id.go.jabarprov.disnakertrans.platform.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the chain: the last sequence number and hash. Appending locks this single row, which
 * serialises writers across every portal instance sharing the database.
 */
@Entity
@Cacheable(false)
@Table(name = "platform_audit_head")
class AuditHead {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq")
    private long lastSeq;

    @Column(name = "last_hash")
    private String lastHash;

    protected AuditHead() {
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(AuditRecord record) {
        this.lastSeq = record.getSeq();
        this.lastHash = record.getHash();
    }
}
