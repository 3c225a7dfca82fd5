package id.go.jabarprov.disnakertrans.platform.enablement;

import id.go.jabarprov.disnakertrans.platform.PlatformModule;
import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.module.ModuleRegistry;
import id.go.jabarprov.disnakertrans.platform.module.PortalModule;
import id.go.jabarprov.disnakertrans.platform.module.SettingDefinition;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Module enablement and settings per kab/kota. A module is off until an administrator switches it
 * on; the core is always on. {@code platform-admin} acts on every kab/kota, {@code tenant-admin} on
 * its own; every change is audited.
 *
 * <p>Whether a module is on is asked on every request (navigation, services, public pages), so the switches are
 * read in one query and kept for {@link #FRESH_FOR}: a change made on this server applies as soon as it commits,
 * one made on another server of a cluster within those seconds.
 */
@ApplicationScoped
public class EnablementService {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    ModuleRegistry registry;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    @Inject
    Tenants tenants;

    @Resource
    TransactionSynchronizationRegistry transactions;

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private record Switches(Map<String, Set<String>> onByTenant, long readAt) {
    }

    private volatile Switches switches;

    public boolean isEnabled(String tenantCode, String moduleId) {
        if (ModuleRegistry.CORE_ID.equals(moduleId)) {
            return true;
        }
        if (tenantCode == null || !registry.isInstalled(moduleId)) {
            return false;
        }
        return on(tenantCode).contains(moduleId);
    }

    /** The modules switched on for a kab/kota, installed or not, from the kept reading of the switches. */
    private Set<String> on(String tenantCode) {
        Switches read = switches;
        long now = System.nanoTime();
        if (read == null || now - read.readAt() > FRESH_FOR.toNanos()) {
            Map<String, Set<String>> on = new HashMap<>();
            em.createQuery("select e.tenantCode, e.moduleId from ModuleEnablement e where e.enabled = true", Object[].class)
                    .getResultList().forEach(row -> on.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]));
            on.replaceAll((tenant, modules) -> Set.copyOf(modules));
            read = new Switches(Map.copyOf(on), now);
            switches = read;
        }
        return read.onByTenant().getOrDefault(tenantCode, Set.of());
    }

    /**
     * Forget the kept reading of the switches once the caller's transaction commits (at once without one): for a
     * change made here, or by test seeding that writes the rows itself.
     */
    public void forgetSwitches() {
        if (transactions.getTransactionKey() == null) {
            switches = null;
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                switches = null;
            }
        });
    }

    /**
     * The ids of installed modules enabled in at least one kab/kota: what a citizen or employer, who
     * belongs to no kab/kota and may have business in several, can use from their own pages.
     */
    public Set<String> enabledAnywhere() {
        Set<String> ids = new HashSet<>();
        tenants.all().forEach(t -> ids.addAll(on(t.getCode())));
        ids.removeIf(id -> !registry.isInstalled(id));
        return ids;
    }

    /** The offices (province first, then the kab/kota) where a module is on, in one query. */
    public List<Wilayah> tenantsRunning(String moduleId) {
        if (!registry.isInstalled(moduleId)) {
            return List.of();
        }
        return tenants.all().stream().filter(w -> on(w.getCode()).contains(moduleId)).toList();
    }

    /** The ids of installed modules enabled for a kab/kota. */
    public Set<String> enabledModules(String tenantCode) {
        if (tenantCode == null) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>(on(tenantCode));
        ids.removeIf(id -> !registry.isInstalled(id));
        return ids;
    }

    /** The whole matrix, for the admin page: kab/kota code to the enabled module ids. */
    public Map<String, Set<String>> matrix() {
        Map<String, Set<String>> matrix = new LinkedHashMap<>();
        tenants.all().forEach(t -> matrix.put(t.getCode(), new HashSet<>()));
        em.createQuery("select e from ModuleEnablement e where e.enabled = true", ModuleEnablement.class)
                .getResultList()
                .forEach(e -> matrix.computeIfAbsent(e.getTenantCode(), k -> new HashSet<>()).add(e.getModuleId()));
        return matrix;
    }

    @Transactional
    public void setEnabled(String tenantCode, String moduleId, boolean enabled) {
        requireAdmin(tenantCode);
        if (!registry.isInstalled(moduleId) || ModuleRegistry.CORE_ID.equals(moduleId)) {
            throw new BusinessException("admin.modules.unknown");
        }
        ModuleEnablement row = em.find(ModuleEnablement.class, new ModuleEnablement.Key(tenantCode, moduleId));
        if (row == null) {
            em.persist(new ModuleEnablement(tenantCode, moduleId, enabled));
        } else if (row.isEnabled() == enabled) {
            return;
        } else {
            row.setEnabled(enabled);
        }
        forgetSwitches();
        audit.recordFor(tenantCode, PlatformModule.ID, enabled ? "module.enabled" : "module.disabled", moduleId,
                "module " + moduleId + (enabled ? " enabled" : " disabled") + " for " + tenantCode, null);
    }

    /** The effective settings of a module in a kab/kota: what was set, else the declared default. */
    public Map<String, String> settings(String tenantCode, String moduleId) {
        PortalModule module = registry.find(moduleId).orElseThrow(() -> new BusinessException("admin.modules.unknown"));
        Map<String, String> stored = new LinkedHashMap<>();
        em.createQuery("select s from ModuleSetting s where s.tenantCode = :t and s.moduleId = :m", ModuleSetting.class)
                .setParameter("t", tenantCode).setParameter("m", moduleId).getResultList()
                .forEach(s -> stored.put(s.getName(), s.getValue()));
        Map<String, String> effective = new LinkedHashMap<>();
        for (SettingDefinition definition : module.settings()) {
            effective.put(definition.name(), stored.getOrDefault(definition.name(), definition.defaultValue()));
        }
        return effective;
    }

    /** The effective value of one setting, for modules reading their configuration. */
    public String setting(String tenantCode, String moduleId, String name) {
        return settings(tenantCode, moduleId).get(name);
    }

    /** Saves a module's settings for a kab/kota; every invalid value is reported per field and nothing is saved. */
    @Transactional
    public void saveSettings(String tenantCode, String moduleId, Map<String, String> values) {
        requireAdmin(tenantCode);
        PortalModule module = registry.find(moduleId).orElseThrow(() -> new BusinessException("admin.modules.unknown"));
        Map<String, String> problems = new LinkedHashMap<>();
        for (SettingDefinition definition : module.settings()) {
            SettingValidator.check(definition, values.get(definition.name()))
                    .ifPresent(key -> problems.put(definition.name(), key));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(problems);
        }
        Map<String, String> before = settings(tenantCode, moduleId);
        List<String> changes = new java.util.ArrayList<>();
        for (SettingDefinition definition : module.settings()) {
            String value = values.get(definition.name());
            value = value == null || value.isBlank() ? null : value.trim();
            if (Objects.equals(before.get(definition.name()), value)) {
                continue;
            }
            ModuleSetting row = em.find(ModuleSetting.class, new ModuleSetting.Key(tenantCode, moduleId, definition.name()));
            if (row == null) {
                em.persist(new ModuleSetting(tenantCode, moduleId, definition.name(), value));
            } else {
                row.setValue(value);
            }
            changes.add(definition.name() + ": " + before.get(definition.name()) + " -> " + value);
        }
        if (!changes.isEmpty()) {
            audit.recordFor(tenantCode, PlatformModule.ID, "module.settings", moduleId,
                    "settings of " + moduleId + " changed for " + tenantCode, String.join("; ", changes));
        }
    }

    /** Services of a module call this (through {@code @ModuleService}) before doing anything. */
    public void requireEnabled(String tenantCode, String moduleId) {
        if (!isEnabled(tenantCode, moduleId)) {
            throw new ModuleDisabledException(moduleId, tenantCode);
        }
    }

    private void requireAdmin(String tenantCode) {
        if (!currentUser.can(PlatformModule.ADMIN_MODULES) || !currentUser.canActOn(tenantCode) || !tenants.exists(tenantCode)) {
            audit.recordIndependently(String.valueOf(currentUser.getUsername()), PlatformModule.ID, "access.denied",
                    "modules of " + tenantCode, "module administration refused");
            throw new AccessDeniedException("module administration of " + tenantCode + " refused");
        }
    }
}
