package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.PlatformModule;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.audit.RequestInfo;
import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.identity.AuthMode;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.identity.oidc.OidcProfile;
import id.go.jabarprov.disnakertrans.platform.module.ModuleRegistry;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every request passes here once: it learns its kab/kota (the officer's active one for staff and
 * admin pages, the URL's {@code wilayah} for public pages) and who sent it, and it guards the module
 * URL spaces: a page of a module that is off for the kab/kota, or that the caller holds no permission
 * of, answers 404 like a page that does not exist.
 */
@WebFilter(urlPatterns = "/*", filterName = "portal")
public class PortalRequestFilter extends HttpFilter {

    public static final String TENANT_PARAMETER = "wilayah";

    @Inject
    TenantContext tenantContext;

    @Inject
    RequestInfo requestInfo;

    @Inject
    CurrentUser currentUser;

    @Inject
    Tenants tenants;

    @Inject
    ModuleRegistry registry;

    @Inject
    EnablementService enablement;

    @Inject
    AuditService audit;

    @Inject
    AuthMode authMode;

    @Inject
    OidcProfile oidcProfile;

    @Inject
    ApiAuthentication apiAuthentication;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // Baseline protections for every answer; framing stays same-origin only.
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        if (path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/theme/")) {
            // layout and tag files are building blocks, not pages
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        requestInfo.setClientAddress(request.getRemoteAddr());
        if (path.startsWith("/api/")) {
            if (!apiAuthentication.admit(request, response)) {
                return;
            }
        } else if (authMode.isOidc()) {
            oidcProfile.syncOnce(request); // before anything reads the caller's profile
        }
        boolean staffSpace = path.startsWith("/staff/") || path.startsWith("/admin/");
        if (staffSpace) {
            currentUser.activeTenant().ifPresent(tenantContext::set);
        } else {
            String asked = request.getParameter(TENANT_PARAMETER);
            if (tenants.exists(asked)) {
                tenantContext.set(asked);
            }
        }
        if (!allowed(path)) {
            if (currentUser.isSignedIn()) {
                audit.recordIndependently(currentUser.getUsername(), PlatformModule.ID, "access.denied", path,
                        "page refused");
            }
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean allowed(String path) {
        if (path.startsWith("/admin/")) {
            if (!currentUser.isStaff()) {
                return false;
            }
            // an admin page with a menu entry needs that entry's permission; others any admin permission
            return registry.all().stream().flatMap(m -> m.menu().stream())
                    .filter(entry -> entry.view().equals(path) && entry.permission() != null).findFirst()
                    .map(entry -> currentUser.can(entry.permission()))
                    .orElseGet(() -> currentUser.permissions().stream().anyMatch(p -> p.startsWith("platform.admin.")));
        }
        if (path.startsWith("/staff/") && !currentUser.isStaff() && currentUser.isSignedIn()) {
            return false;
        }
        String moduleId = moduleOf(path);
        if (moduleId == null || !registry.isInstalled(moduleId)) {
            return true; // a core page, or no such module: the page itself answers (404 if missing)
        }
        String tenant = tenantContext.current().orElse(null);
        if (path.startsWith("/me/") && tenant == null) {
            // citizens and employers belong to no kab/kota: their pages exist where the module is on anywhere
            return enablement.enabledAnywhere().contains(moduleId);
        }
        if (!enablement.isEnabled(tenant, moduleId)) {
            return false;
        }
        if (path.startsWith("/staff/")) {
            return currentUser.permissions().stream().anyMatch(p -> ModuleRegistry.moduleOf(p).equals(moduleId));
        }
        return true;
    }

    /** The module of {@code /public/<id>/…}, {@code /me/<id>/…} or {@code /staff/<id>/…}, else null. */
    static String moduleOf(String path) {
        for (String space : new String[] {"/public/", "/me/", "/staff/"}) {
            if (path.startsWith(space)) {
                int end = path.indexOf('/', space.length());
                return end < 0 ? null : path.substring(space.length(), end);
            }
        }
        return null;
    }
}
