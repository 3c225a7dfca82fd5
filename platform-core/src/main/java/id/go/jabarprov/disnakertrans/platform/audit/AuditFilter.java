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

    /**
     * A filter over whole days as people give them: {@code from} at midnight up to the end of {@code to},
     * in the given time zone; {@code null} days are open ends.
     */
    public static AuditFilter days(java.time.LocalDate from, java.time.LocalDate to, java.time.ZoneId zone,
            String tenantCode, String moduleId, String actor, String action, Set<String> tenantCodes) {
        return new AuditFilter(from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                tenantCode, moduleId, actor, action, tenantCodes);
    }

    public static AuditFilter any() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
