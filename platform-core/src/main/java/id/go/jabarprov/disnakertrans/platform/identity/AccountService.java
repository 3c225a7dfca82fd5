package id.go.jabarprov.disnakertrans.platform.identity;

import id.go.jabarprov.disnakertrans.platform.PlatformModule;
import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.module.Roles;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sign-in checks, self-registration, and the administration of accounts; every change audited. */
@ApplicationScoped
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final int MIN_PASSWORD = 10;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Tenants tenants;

    @Inject
    @ConfigProperty(name = "portal.auth.lockout.attempts", defaultValue = "5")
    int lockoutAttempts;

    @Inject
    @ConfigProperty(name = "portal.auth.lockout.minutes", defaultValue = "15")
    int lockoutMinutes;

    private final Clock clock = Clock.systemUTC();

    /** Checks a user name and password, counting failures towards the lock-out. */
    @Transactional
    public AuthenticationOutcome authenticate(String username, String password) {
        Instant now = Instant.now(clock);
        String name = username == null ? "" : username.trim().toLowerCase();
        var found = accounts.findByUsername(name);
        if (found.isEmpty()) {
            hasher.matches(password, null);
            audit.recordIndependently(name, PlatformModule.ID, "auth.failed", name, "unknown user");
            return AuthenticationOutcome.WRONG_CREDENTIALS;
        }
        Account account = found.get();
        if (!account.isActive()) {
            audit.recordIndependently(name, PlatformModule.ID, "auth.failed", name, "account deactivated");
            return AuthenticationOutcome.INACTIVE;
        }
        if (account.isLockedAt(now)) {
            audit.recordIndependently(name, PlatformModule.ID, "auth.failed", name, "account locked");
            return AuthenticationOutcome.LOCKED;
        }
        if (!hasher.matches(password, account.getPasswordHash())) {
            boolean locked = account.registerFailure(now, lockoutAttempts, Duration.ofMinutes(lockoutMinutes));
            audit.recordIndependently(name, PlatformModule.ID, locked ? "auth.locked" : "auth.failed", name,
                    locked ? "locked for " + lockoutMinutes + " minutes" : "wrong password");
            return locked ? AuthenticationOutcome.LOCKED : AuthenticationOutcome.WRONG_CREDENTIALS;
        }
        account.registerSuccess();
        audit.recordIndependently(name, PlatformModule.ID, "auth.signin", name, "signed in");
        return AuthenticationOutcome.SIGNED_IN;
    }

    /** A citizen registers themself; everything wrong is reported at once, per field. */
    @Transactional
    public Account registerCitizen(String name, String email, String password, String nik) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            problems.put("name", "validation.required");
        }
        String mail = email == null ? "" : email.trim().toLowerCase();
        if (!EMAIL.matcher(mail).matches()) {
            problems.put("email", "validation.email");
        } else if (accounts.findByUsername(mail).isPresent()) {
            problems.put("email", "register.email.taken");
        }
        checkPassword(password).ifPresent(key -> problems.put("password", key));
        Nik.check(nik, LocalDate.now(clock.withZone(JAKARTA)))
                .ifPresent(problem -> problems.put("nik", "nik.invalid." + problem.name().toLowerCase()));
        if (!problems.isEmpty()) {
            throw new BusinessException(problems);
        }
        Account account = new Account(mail, name.trim(), mail, Account.Kind.CITIZEN, Instant.now(clock));
        account.setNik(nik);
        account.setRoles(Set.of(Roles.CITIZEN));
        account.changePasswordHash(hasher.hash(password));
        accounts.add(account);
        audit.recordIndependently(mail, PlatformModule.ID, "account.registered", mail, "citizen registered");
        return account;
    }

    /** An administrator creates a staff account with roles and kab/kota. */
    @Transactional
    public Account createStaff(String username, String name, String email, Set<String> roles, Set<String> tenantCodes,
            String password) {
        requireAdministration(tenantCodes, roles);
        Map<String, String> problems = new LinkedHashMap<>();
        String user = username == null ? "" : username.trim().toLowerCase();
        if (!USERNAME.matcher(user).matches()) {
            problems.put("username", "account.username.invalid");
        } else if (accounts.findByUsername(user).isPresent()) {
            problems.put("username", "account.username.taken");
        }
        if (name == null || name.isBlank()) {
            problems.put("name", "validation.required");
        }
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.trim()).matches()) {
            problems.put("email", "validation.email");
        }
        if (roles.isEmpty()) {
            problems.put("roles", "account.roles.required");
        }
        if (tenantCodes.isEmpty()) {
            problems.put("tenants", "account.tenants.required");
        }
        checkPassword(password).ifPresent(key -> problems.put("password", key));
        if (!problems.isEmpty()) {
            throw new BusinessException(problems);
        }
        Account account = new Account(user, name.trim(), email == null || email.isBlank() ? null : email.trim(),
                Account.Kind.STAFF, Instant.now(clock));
        account.setRoles(roles);
        account.setTenants(tenantCodes);
        account.changePasswordHash(hasher.hash(password));
        accounts.add(account);
        audit.recordFor(tenantCodes.iterator().next(), PlatformModule.ID, "account.created", user,
                "staff account created", "roles=" + roles + " tenants=" + tenantCodes);
        return account;
    }

    /** Changes a staff account's roles and kab/kota. */
    @Transactional
    public void updateStaff(String accountId, String name, Set<String> roles, Set<String> tenantCodes) {
        Account account = administrable(accountId);
        requireAdministration(tenantCodes, roles);
        if (roles.isEmpty() || tenantCodes.isEmpty()) {
            throw new BusinessException(roles.isEmpty() ? Map.of("roles", "account.roles.required")
                    : Map.of("tenants", "account.tenants.required"));
        }
        String before = "roles=" + account.getRoles() + " tenants=" + account.getTenants();
        // memberships the editor cannot see (another kab/kota of a shared officer) are kept as they are
        Set<String> tenantsAfter = new java.util.TreeSet<>(tenantCodes);
        account.getTenants().stream().filter(code -> !currentUser.canActOn(code)).forEach(tenantsAfter::add);
        account.setDisplayName(name == null || name.isBlank() ? account.getDisplayName() : name.trim());
        account.setRoles(roles);
        account.setTenants(tenantsAfter);
        audit.recordFor(tenantCodes.iterator().next(), PlatformModule.ID, "account.updated", account.getUsername(),
                "staff account changed", before + " -> roles=" + roles + " tenants=" + tenantsAfter);
    }

    @Transactional
    public void resetPassword(String accountId, String password) {
        Account account = administrable(accountId);
        checkPassword(password).ifPresent(key -> {
            throw new BusinessException(Map.of("password", key));
        });
        account.changePasswordHash(hasher.hash(password));
        audit.record(PlatformModule.ID, "account.password.reset", account.getUsername(), "password reset", null);
    }

    @Transactional
    public void setActive(String accountId, boolean active) {
        Account account = administrable(accountId);
        if (account.getUsername().equals(currentUser.getUsername())) {
            throw new BusinessException("account.self.deactivate");
        }
        account.setActive(active);
        audit.record(PlatformModule.ID, active ? "account.activated" : "account.deactivated", account.getUsername(),
                active ? "account activated" : "account deactivated", null);
    }

    /** Creates the first administrator if there is none: how a new installation is entered. */
    @Transactional
    public boolean bootstrapAdmin(String password) {
        if (accounts.findByUsername("admin").isPresent()) {
            return false;
        }
        Account admin = new Account("admin", "Administrator", null, Account.Kind.STAFF, Instant.now(clock));
        admin.setRoles(Set.of(Roles.PLATFORM_ADMIN));
        admin.setTenants(Set.of(tenants.all().get(0).getCode()));
        admin.changePasswordHash(hasher.hash(password));
        accounts.add(admin);
        audit.record(PlatformModule.ID, "account.bootstrap", "admin", "first administrator created", null);
        return true;
    }

    static java.util.Optional<String> checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return java.util.Optional.of("password.too.short");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return java.util.Optional.of("password.too.simple");
        }
        return java.util.Optional.empty();
    }

    /** A staff account the caller may administer: one sharing a kab/kota, or any with province rights. */
    private Account administrable(String accountId) {
        if (!currentUser.can(PlatformModule.ADMIN_ACCOUNTS)) {
            throw denied(accountId, "no permission to administer accounts");
        }
        Account account = accounts.find(accountId).orElseThrow(() -> denied(accountId, "no such account"));
        boolean reachable = currentUser.can(PlatformModule.ALL_TENANTS)
                || account.getTenants().stream().anyMatch(currentUser::canActOn);
        if (!reachable || (account.getRoles().contains(Roles.PLATFORM_ADMIN) && !currentUser.can(PlatformModule.ALL_TENANTS))) {
            throw denied(account.getUsername(), "account outside the caller's kab/kota");
        }
        return account;
    }

    /** A refusal, recorded even though the caller's transaction rolls back. */
    private AccessDeniedException denied(String target, String reason) {
        audit.recordIndependently(String.valueOf(currentUser.getUsername()), PlatformModule.ID, "access.denied", target, reason);
        return new AccessDeniedException(reason);
    }

    private void requireAdministration(Set<String> tenantCodes, Set<String> roles) {
        if (!currentUser.can(PlatformModule.ADMIN_ACCOUNTS)) {
            throw denied("accounts", "no permission to administer accounts");
        }
        if (!tenantCodes.stream().allMatch(code -> tenants.exists(code) && currentUser.canActOn(code))) {
            throw denied("accounts of " + tenantCodes, "kab/kota outside the caller's reach");
        }
        if (!Roles.STAFF_ROLES.containsAll(roles)
                || (roles.contains(Roles.PLATFORM_ADMIN) && !currentUser.can(PlatformModule.ALL_TENANTS))) {
            throw new BusinessException(Map.of("roles", "account.roles.forbidden"));
        }
    }
}
