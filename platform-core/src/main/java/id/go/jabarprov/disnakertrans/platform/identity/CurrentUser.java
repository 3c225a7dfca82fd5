package id.go.jabarprov.disnakertrans.platform.identity;

import id.go.jabarprov.disnakertrans.platform.PlatformModule;
import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.module.ModuleRegistry;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The caller as every page and service sees it, whatever the sign-in mode: name, roles, tenants,
 * permissions, and the kab/kota they are acting for now. Request-scoped on purpose: an anonymous
 * reader of a public page must not get an HTTP session because some template asked who they are.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    static final String ACTIVE_TENANT = "portal.activeTenant";
    /** The request attribute holding the caller of an API request signed by an access token (no session). */
    public static final String TOKEN_CALLER = "portal.tokenCaller";

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    @Inject
    ModuleRegistry registry;

    @Inject
    Tenants tenants;

    @Inject
    HttpServletRequest request;

    private Optional<Account> account;
    private Set<String> permissions;

    public boolean isSignedIn() {
        return principal() != null && account().isPresent();
    }

    public String getUsername() {
        Principal principal = principal();
        return principal == null ? null : principal.getName();
    }

    public String getName() {
        return account().map(Account::getDisplayName).orElse(getUsername());
    }

    public Optional<Account> account() {
        if (account == null) {
            Principal principal = principal();
            account = principal == null ? Optional.empty() : accounts.findActiveByUsername(principal.getName());
        }
        return account;
    }

    public Set<String> roles() {
        return account().map(Account::getRoles).orElse(Set.of());
    }

    public boolean isStaff() {
        return account().map(a -> a.getKind() == Account.Kind.STAFF).orElse(false);
    }

    /** The permissions the caller's roles grant, across the core and every installed module. */
    public Set<String> permissions() {
        if (permissions == null) {
            permissions = registry.permissionsOf(roles(), memberships());
        }
        return permissions;
    }

    /** Refuses a caller without the permission; pages and the API answer it as "not found". */
    public void require(String permission) {
        if (!can(permission)) {
            throw new AccessDeniedException("missing " + permission);
        }
    }

    /** Whether the caller holds a permission: what pages and services check, never a role. */
    public boolean can(String permission) {
        return permissions().contains(permission);
    }

    /** The kab/kota codes the caller belongs to. */
    public Set<String> memberships() {
        return account().map(Account::getTenants).orElse(Set.of());
    }

    /** Whether the caller may act for a kab/kota: a member, or a holder of the province-wide permission. */
    public boolean canActOn(String tenantCode) {
        return tenantCode != null && (can(PlatformModule.ALL_TENANTS) || memberships().contains(tenantCode));
    }

    /** The tenants the caller may switch to, province first. */
    public List<Wilayah> getSwitchableTenants() {
        return tenants.all().stream().filter(w -> canActOn(w.getCode())).toList();
    }

    /** The kab/kota the caller acts for now: the one chosen in the switcher, or the first membership. */
    public Optional<String> activeTenant() {
        if (!isSignedIn()) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(ACTIVE_TENANT);
        if (chosen instanceof String code && canActOn(code)) {
            return Optional.of(code);
        }
        return memberships().stream().filter(tenants::exists).findFirst();
    }

    public String getActiveTenant() {
        return activeTenant().orElse(null);
    }

    public String getActiveTenantName() {
        return activeTenant().map(tenants::nameOf).orElse("");
    }

    /** Switches the kab/kota the caller acts for; refused silently for one they may not act on. */
    public boolean switchTo(String tenantCode) {
        if (!isSignedIn() || !canActOn(tenantCode) || !tenants.exists(tenantCode)) {
            return false;
        }
        request.getSession().setAttribute(ACTIVE_TENANT, tenantCode);
        return true;
    }

    private Principal principal() {
        if (request.getAttribute(TOKEN_CALLER) instanceof Principal tokenCaller) {
            return tokenCaller;
        }
        return securityContext.getCallerPrincipal();
    }
}
