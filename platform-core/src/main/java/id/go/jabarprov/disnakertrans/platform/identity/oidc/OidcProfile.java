package id.go.jabarprov.disnakertrans.platform.identity.oidc;

import id.go.jabarprov.disnakertrans.platform.PlatformModule;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.identity.Account;
import id.go.jabarprov.disnakertrans.platform.identity.Accounts;
import id.go.jabarprov.disnakertrans.platform.module.Roles;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Keeps the portal's profile row of an SSO user in step with their token, once per session: roles
 * from the {@code groups} claim (Keycloak's own roles ignored), kab/kota from the {@code kabkota}
 * claim (unknown codes ignored), name and e-mail. Everything else (permissions, tenants, audit)
 * then works exactly as in local mode, from that row.
 */
@ApplicationScoped
public class OidcProfile {

    static final String SYNCED = "portal.oidc.synced";
    /** An i18n key telling the signed-in person why they have fewer rights than their roles say. */
    public static final String PROBLEM = "portal.oidc.problem";

    @Inject
    Instance<OpenIdContext> openIdContext;

    @Inject
    Accounts accounts;

    @Inject
    Tenants tenants;

    @Inject
    AuditService audit;

    /** Called for every request in SSO mode; does the work only for the first request of a session. */
    @Transactional
    public void syncOnce(HttpServletRequest request) {
        if (request.getUserPrincipal() == null || !openIdContext.isResolvable()) {
            return;
        }
        String username = request.getUserPrincipal().getName();
        HttpSession session = request.getSession();
        if (username.equals(session.getAttribute(SYNCED))) {
            return;
        }
        OpenIdContext context = openIdContext.get();
        var claims = context.getClaims();
        Account account = sync(username, claims.getArrayStringClaim("groups"), claims.getArrayStringClaim("kabkota"),
                claims.getStringClaim("name").orElse(username), claims.getStringClaim("email").orElse(null));
        boolean staffRoleInToken = claims.getArrayStringClaim("groups").stream().anyMatch(Roles.STAFF_ROLES::contains);
        if (staffRoleInToken && account.getKind() != Account.Kind.STAFF) {
            session.setAttribute(PROBLEM, "sso.no.kabkota");
        } else {
            session.removeAttribute(PROBLEM);
        }
        session.setAttribute(SYNCED, username);
    }

    /**
     * Keeps the profile row of the holder of an API access token in step; audited only when something
     * changed, since a client calls many times with one token.
     */
    @Transactional
    public void syncFromToken(AccessTokens.TokenHolder holder) {
        Set<String> roles = rolesFrom(holder.groups());
        Set<String> codes = codesFrom(holder.kabKota());
        boolean unchanged = accounts.findByUsername(holder.username())
                .filter(a -> a.getRoles().equals(staffOnlyWithKabKota(roles, codes)) && a.getTenants().equals(codes))
                .isPresent();
        if (!unchanged) {
            sync(holder.username(), holder.groups(), holder.kabKota(), holder.name(), holder.email(),
                    "auth.token", "profile updated from an API access token");
        }
    }

    /** Creates or updates the profile row; runs in the caller's transaction. */
    Account sync(String username, Collection<String> groups, List<String> kabKota, String name, String email) {
        return sync(username, groups, kabKota, name, email, "auth.signin", "signed in through SSO");
    }

    private Account sync(String username, Collection<String> groups, List<String> kabKota, String name, String email,
            String action, String what) {
        Set<String> codes = codesFrom(kabKota);
        Set<String> asked = rolesFrom(groups);
        Set<String> roles = staffOnlyWithKabKota(asked, codes);
        if (roles.size() < asked.size()) {
            // an officer must belong to a kab/kota: without one, no staff rights until an administrator sets it
            audit.recordIndependently(username, PlatformModule.ID, "access.denied", username, "SSO token without kabkota");
        }
        Account.Kind kind = roles.stream().anyMatch(Roles.STAFF_ROLES::contains) ? Account.Kind.STAFF
                : roles.contains(Roles.EMPLOYER) ? Account.Kind.EMPLOYER : Account.Kind.CITIZEN;
        Account account = accounts.findByUsername(username).orElseGet(() -> {
            Account created = new Account(username.toLowerCase(), name, email, kind, Instant.now());
            accounts.add(created);
            return created;
        });
        account.changeKind(kind);
        account.setDisplayName(name);
        account.setEmail(email);
        account.setRoles(roles);
        account.setTenants(codes);
        audit.recordIndependently(username, PlatformModule.ID, action, username, what + "; roles=" + roles + " kabkota=" + codes);
        return account;
    }

    private static Set<String> rolesFrom(Collection<String> groups) {
        return groups.stream().filter(Roles.ALL::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> codesFrom(List<String> kabKota) {
        return kabKota.stream().filter(tenants::exists).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> staffOnlyWithKabKota(Set<String> roles, Set<String> codes) {
        Set<String> kept = new TreeSet<>(roles);
        if (codes.isEmpty()) {
            kept.removeIf(Roles.STAFF_ROLES::contains);
        }
        return kept;
    }
}
