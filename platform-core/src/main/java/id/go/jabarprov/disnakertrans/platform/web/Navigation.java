package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.module.Audience;
import id.go.jabarprov.disnakertrans.platform.module.MenuEntry;
import id.go.jabarprov.disnakertrans.platform.module.ModuleRegistry;
import id.go.jabarprov.disnakertrans.platform.module.PortalModule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The menu: the registry's entries, kept only where the module is on for the kab/kota and the
 * caller holds the entry's permission.
 */
@Named
@RequestScoped
public class Navigation {

    @Inject
    ModuleRegistry registry;

    @Inject
    EnablementService enablement;

    @Inject
    CurrentUser currentUser;

    /** The enabled modules per kab/kota, asked once per request: the layout and the dashboard both need them. */
    private final java.util.Map<String, Set<String>> enabledByTenant = new java.util.HashMap<>();

    /** Entries of an audience for a kab/kota. */
    public List<MenuEntry> entries(Audience audience, String tenantCode) {
        return entries(audience, enabledByTenant.computeIfAbsent(String.valueOf(tenantCode),
                k -> enablement.enabledModules(tenantCode)));
    }

    private List<MenuEntry> entries(Audience audience, Set<String> enabled) {
        List<MenuEntry> result = new ArrayList<>();
        for (PortalModule module : registry.all()) {
            boolean on = ModuleRegistry.CORE_ID.equals(module.id()) || enabled.contains(module.id());
            if (!on) {
                continue;
            }
            for (MenuEntry entry : module.menu()) {
                if (entry.audience() == audience && (entry.permission() == null || currentUser.can(entry.permission()))) {
                    result.add(entry);
                }
            }
        }
        result.sort(Comparator.comparingInt(MenuEntry::position));
        return result;
    }

    /** Public services of a kab/kota, for the home page. */
    public List<MenuEntry> publicServices(String tenantCode) {
        return tenantCode == null ? List.of() : entries(Audience.PUBLIC, tenantCode);
    }

    public List<MenuEntry> getStaffEntries() {
        return entries(Audience.STAFF, currentUser.getActiveTenant());
    }

    public List<MenuEntry> getAdminEntries() {
        return entries(Audience.ADMIN, currentUser.getActiveTenant());
    }

    /** A citizen's or employer's menu: modules that are on in at least one kab/kota. */
    public List<MenuEntry> getCitizenEntries() {
        return entries(Audience.CITIZEN, enablement.enabledAnywhere());
    }
}
