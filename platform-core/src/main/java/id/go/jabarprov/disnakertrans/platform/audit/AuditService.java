package id.go.jabarprov.disnakertrans.platform.audit;

import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * The only way into the audit trail. Modules call {@link #record}; it joins the caller's
 * transaction, so a change and its audit record commit or roll back together. Security events
 * (failed sign-in, access denied) use {@link #recordIndependently}, which commits on its own.
 */
@ApplicationScoped
public class AuditService {

    public static final String SYSTEM_ACTOR = "system";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    RequestInfo requestInfo;

    @Inject
    TenantContext tenantContext;

    @Inject
    CurrentUser currentUser;

    private final Clock clock = Clock.systemUTC();

    /** Records an action of the current user in the current tenant, inside the caller's transaction. */
    @Transactional(Transactional.TxType.REQUIRED)
    public AuditRecord record(String moduleId, String action, String target, String summary, String details) {
        return append(entry(null, moduleId, action, target, summary, details, null));
    }

    /** As {@link #record} but for a given tenant (an admin acting on another kab/kota). */
    @Transactional(Transactional.TxType.REQUIRED)
    public AuditRecord recordFor(String tenantCode, String moduleId, String action, String target, String summary,
            String details) {
        return append(entry(null, moduleId, action, target, summary, details, tenantCode));
    }

    /** Records an event that must stay even if the surrounding work fails, with an explicit actor. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditRecord recordIndependently(String actor, String moduleId, String action, String target, String summary) {
        return append(entry(actor, moduleId, action, target, summary, null, null));
    }

    /** The entry with who, where and which request; {@code actorOverride} names a caller not (yet) signed in. */
    private AuditEntry entry(String actorOverride, String moduleId, String action, String target, String summary,
            String details, String tenantOverride) {
        String actor = SYSTEM_ACTOR;
        String roles = null;
        String tenant = tenantOverride;
        String address = null;
        String requestId = null;
        try {
            if (currentUser.isSignedIn()) {
                actor = currentUser.getUsername();
                roles = String.join(",", currentUser.roles());
            }
            if (tenant == null) {
                tenant = tenantContext.current().orElse(null);
            }
            address = requestInfo.clientAddress();
            requestId = requestInfo.requestId();
        } catch (ContextNotActiveException e) {
            // start-up or scheduled work: no request, the system acts
        }
        if (actorOverride != null) {
            actor = actorOverride;
        }
        return new AuditEntry(Instant.now(clock), actor, roles, tenant, moduleId, action, target, summary, details,
                address, requestId);
    }

    private AuditRecord append(AuditEntry entry) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditRecord record = new AuditRecord(head.lastSeq() + 1, entry, head.lastHash());
        em.persist(record);
        head.advance(record);
        return record;
    }
}
