package id.go.jabarprov.disnakertrans.platform.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What an audit record says, before it gets its place in the chain. Times are truncated to
 * milliseconds so that the value read back from any database hashes the same as the one written.
 */
public record AuditEntry(Instant occurredAt, String actor, String roles, String tenantCode, String moduleId,
        String action, String target, String summary, String details, String clientAddress, String requestId) {

    public AuditEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(action, "action");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        summary = clip(summary, 400);
        details = clip(details, 4000);
        target = clip(target, 200);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
