package id.go.jabarprov.disnakertrans.testmodule;

import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.enablement.ModuleEnablement;
import id.go.jabarprov.disnakertrans.platform.identity.Account;
import id.go.jabarprov.disnakertrans.platform.identity.Accounts;
import id.go.jabarprov.disnakertrans.platform.identity.PasswordHasher;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;

/** Test-only seeding of accounts, enablement and notes, so browser tests do not click through setup. */
@ApplicationScoped
public class TestSeeder {

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    TenantContext tenantContext;

    @Inject
    id.go.jabarprov.disnakertrans.platform.notification.Notifier notifier;

    @PersistenceContext(unitName = "platform")
    EntityManager platform;

    @PersistenceContext(unitName = "testmod")
    EntityManager testmod;

    @Transactional
    public void staff(String username, String password, Set<String> roles, Set<String> tenants, String email) {
        if (accounts.findByUsername(username).isPresent()) {
            return;
        }
        // citizens and employers (the parties of a case) belong to no kab/kota
        Account.Kind kind = roles.contains("citizen") ? Account.Kind.CITIZEN
                : roles.contains("employer") ? Account.Kind.EMPLOYER : Account.Kind.STAFF;
        String name = kind == Account.Kind.STAFF ? "Petugas " + username : "Pihak " + username;
        Account account = new Account(username, name, email, kind, Instant.now());
        account.setRoles(roles);
        account.setTenants(kind == Account.Kind.STAFF ? tenants : Set.of());
        account.changePasswordHash(hasher.hash(password));
        accounts.add(account);
    }

    @Inject
    EnablementService enablement;

    @Transactional
    public void enable(String tenant, String moduleId, boolean enabled) {
        ModuleEnablement row = platform.find(ModuleEnablement.class, new ModuleEnablement.Key(tenant, moduleId));
        if (row == null) {
            platform.persist(new ModuleEnablement(tenant, moduleId, enabled));
        } else {
            row.setEnabled(enabled);
        }
        enablement.forgetSwitches(); // the rows are written here, past the service that would forget them itself
    }

    /** A notification from the test module to a person. */
    public void notify(String recipient, String text) {
        notifier.notify(recipient, TestModule.ID, "testmod.notify.text", "/staff/testmod/notes.xhtml", text);
    }

    /** A note in the given kab/kota; returns its id. */
    @Transactional
    public String note(String tenant, String text) {
        tenantContext.set(tenant);
        Note note = new Note(text);
        testmod.persist(note);
        return note.getId();
    }
}
