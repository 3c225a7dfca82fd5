package id.go.jabarprov.disnakertrans.platform.audit;

import java.time.Instant;
import java.util.Set;

/**
 * Filters of the audit viewer; {@code null} means "any".
 *
 * @param tenantCodes the kab/kota the viewer may see at all ({@code null} for a province administrator)
 */
public record AuditFilter(Instant from, Instant to, String tenantCode, String moduleId, String actor, String action,
        Set<String> tenantCodes) {

    public static AuditFilter any() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
