package id.go.jabarprov.disnakertrans.platform.tenant;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The kab/kota the current request acts for: the active tenant of a signed-in officer, or the
 * kab/kota a public page carries in its URL. Set once per request by the core's request filter;
 * read by {@link TenantSessionListener} to scope every persistence unit.
 */
@RequestScoped
public class TenantContext {

    /** The EclipseLink context property that carries the tenant code. */
    public static final String PROPERTY = "portal.tenant";

    private String tenantCode;

    public Optional<String> current() {
        return Optional.ofNullable(tenantCode);
    }

    public void set(String tenantCode) {
        this.tenantCode = tenantCode;
    }
}
