package id.go.jabarprov.disnakertrans.platform;

import id.go.jabarprov.disnakertrans.platform.module.Audience;
import id.go.jabarprov.disnakertrans.platform.module.MenuEntry;
import id.go.jabarprov.disnakertrans.platform.module.Permission;
import id.go.jabarprov.disnakertrans.platform.module.PortalModule;
import id.go.jabarprov.disnakertrans.platform.module.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The core describes its own permissions and admin menu with the same contract as the modules.
 * It is always enabled and does not appear in the module matrix.
 */
@ApplicationScoped
public class PlatformModule implements PortalModule {

    public static final String ID = "platform";
    public static final String ADMIN_MODULES = "platform.admin.modules";
    public static final String ADMIN_ACCOUNTS = "platform.admin.accounts";
    public static final String ADMIN_AUDIT = "platform.admin.audit";
    /** Enter national holidays and cuti bersama: one calendar for the whole province. */
    public static final String ADMIN_CALENDAR = "platform.admin.calendar";
    /** Act on every kab/kota, not only one's own: the province's administrators. */
    public static final String ALL_TENANTS = "platform.tenants.all";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public String bundle() {
        return "id.go.jabarprov.disnakertrans.platform.i18n.messages";
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(ADMIN_MODULES, "platform.permission.modules", Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN),
                Permission.of(ADMIN_ACCOUNTS, "platform.permission.accounts", Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN),
                Permission.of(ADMIN_AUDIT, "platform.permission.audit", Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN),
                Permission.of(ADMIN_CALENDAR, "platform.permission.calendar", Roles.PLATFORM_ADMIN),
                Permission.of(ALL_TENANTS, "platform.permission.alltenants", Roles.PLATFORM_ADMIN));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry(Audience.ADMIN, "admin.modules.title", "/admin/modules.xhtml", "pi pi-th-large", 10, ADMIN_MODULES),
                new MenuEntry(Audience.ADMIN, "admin.accounts.title", "/admin/accounts.xhtml", "pi pi-users", 20, ADMIN_ACCOUNTS),
                new MenuEntry(Audience.ADMIN, "admin.audit.title", "/admin/audit.xhtml", "pi pi-history", 30, ADMIN_AUDIT),
                new MenuEntry(Audience.ADMIN, "admin.holidays.title", "/admin/holidays.xhtml", "pi pi-calendar", 40, ADMIN_CALENDAR));
    }
}
