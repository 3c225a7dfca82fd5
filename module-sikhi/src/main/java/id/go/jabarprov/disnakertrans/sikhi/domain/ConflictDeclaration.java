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
 * What a mediator declared on taking a case: no conflict of interest with its parties, or a conflict with its
 * reason. Kept per mediator and case: the office can show who declared what and when, and a mediator who declared a
 * conflict is never given the case again ({@link MediatorDeclarations}). The one change allowed is the one real life
 * brings: a mediator who declared none finds a conflict later (a party names a relative as its representative); the
 * declaration then records the conflict, its reason and when it was found, and keeps the day of the first statement.
 * The reason of a conflict is the office's: parties never see it.
 */
@Entity
@Table(name = "sikhi_conflict_declaration")
public class ConflictDeclaration extends TenantOwnedEntity {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private DisputeCase disputeCase;

    /** The declaring mediator's username. */
    @Column(nullable = false)
    private String mediator;

    /** True: the mediator has a conflict of interest and leaves the case. */
    @Column(name = "has_conflict", nullable = false)
    private boolean conflict;

    /** Why there is a conflict (required then); null for a declaration of no conflict. */
    private String reason;

    @Column(name = "declared_at", nullable = false)
    private LocalDateTime declaredAt;

    /** When a conflict was found after a declaration of none; null otherwise. */
    @Column(name = "conflict_found_at")
    private LocalDateTime conflictFoundAt;

    protected ConflictDeclaration() {
    }

    ConflictDeclaration(DisputeCase disputeCase, String mediator, boolean conflict, String reason, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.disputeCase = disputeCase;
        this.mediator = mediator;
        this.conflict = conflict;
        this.reason = conflict ? reason : null;
        this.declaredAt = SikhiTime.utc(at);
    }

    /** The mediator who declared no conflict found one afterwards. */
    void conflictFoundLater(String reason, Instant at) {
        if (conflict) {
            throw new IllegalStateException("a conflict is already declared");
        }
        this.conflict = true;
        this.reason = reason;
        this.conflictFoundAt = SikhiTime.utc(at);
    }

    public String getId() { return id; }
    public DisputeCase getDisputeCase() { return disputeCase; }
    public String getMediator() { return mediator; }
    public boolean isConflict() { return conflict; }
    public String getReason() { return reason; }
    public Instant getDeclaredAt() { return SikhiTime.instant(declaredAt); }
    public Instant getConflictFoundAt() { return conflictFoundAt == null ? null : SikhiTime.instant(conflictFoundAt); }
    public boolean isFoundLater() { return conflictFoundAt != null; }
}
