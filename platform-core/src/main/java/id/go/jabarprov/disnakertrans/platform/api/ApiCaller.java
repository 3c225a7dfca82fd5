package id.go.jabarprov.disnakertrans.platform.api;

import id.go.jabarprov.disnakertrans.platform.PlatformModule;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;

/**
 * The guard every REST resource that needs a user starts with, so the API refuses exactly like the
 * pages do: nobody signed in → 401 with a Bearer challenge; another kab/kota, or a permission not
 * held → 404, as if the thing did not exist, and audited.
 */
@RequestScoped
public class ApiCaller {

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    @Inject
    Tenants tenants;

    @Inject
    AuditService audit;

    public CurrentUser requireSignedIn() {
        if (!currentUser.isSignedIn()) {
            throw new NotAuthorizedException("Bearer realm=\"portal\"");
        }
        return currentUser;
    }

    /** The caller, acting for a kab/kota they belong to (or any, with the province-wide permission). */
    public CurrentUser actOn(String tenantCode, String permission) {
        requireSignedIn();
        if (!tenants.exists(tenantCode) || !currentUser.canActOn(tenantCode)
                || (permission != null && !currentUser.can(permission))) {
            audit.recordIndependently(currentUser.getUsername(), PlatformModule.ID, "access.denied",
                    "api:" + tenantCode, "API refused");
            throw new NotFoundException();
        }
        tenantContext.set(tenantCode);
        return currentUser;
    }
}
