package id.go.jabarprov.disnakertrans.jobinfo;

import id.go.jabarprov.disnakertrans.platform.module.Audience;
import id.go.jabarprov.disnakertrans.platform.module.MenuEntry;
import id.go.jabarprov.disnakertrans.platform.module.Permission;
import id.go.jabarprov.disnakertrans.platform.module.PortalModule;
import id.go.jabarprov.disnakertrans.platform.module.Roles;
import id.go.jabarprov.disnakertrans.platform.module.SettingDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Gerai Layanan Info Kerja: job seekers register and get their AK/1 card, employers report vacancies
 * (Perpres 57/2023), officers match and place, and the public searches open vacancies.
 */
@ApplicationScoped
public class JobInfoModule implements PortalModule {

    public static final String ID = "jobinfo";
    /** Pengantar kerja: verify seekers and employers, issue AK/1 cards, review vacancies, match, place. */
    public static final String SERVE = "jobinfo.seeker.serve";
    /** Labour-market figures of the kab/kota (of every kab/kota with platform.tenants.all). */
    public static final String FIGURES = "jobinfo.figures.view";

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
        return "id.go.jabarprov.disnakertrans.jobinfo.messages";
    }

    /** Plain SQL in common/; full-text search differs per database ({vendor}: h2 or postgresql, filled in by the core). Flyway scans a location with its subfolders, hence no SQL at the top. */
    @Override
    public String migrationLocation() {
        return "classpath:db/migration/jobinfo/common,classpath:db/migration/jobinfo/{vendor}";
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(SERVE, "jobinfo.permission.serve", Roles.JOBINFO_OFFICER),
                Permission.of(FIGURES, "jobinfo.permission.figures", Roles.JOBINFO_OFFICER, Roles.TENANT_ADMIN,
                        Roles.PLATFORM_ADMIN));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry(Audience.PUBLIC, "jobinfo.menu.search", "/public/jobinfo/search.xhtml", "pi pi-search", 20, null),
                new MenuEntry(Audience.CITIZEN, "jobinfo.menu.seeker", "/me/jobinfo/seeker.xhtml", "pi pi-id-card", 20, null),
                new MenuEntry(Audience.CITIZEN, "jobinfo.menu.employer", "/me/jobinfo/employer.xhtml", "pi pi-building", 21, null),
                new MenuEntry(Audience.STAFF, "jobinfo.menu.seekers", "/staff/jobinfo/seekers.xhtml", "pi pi-id-card", 20, SERVE),
                new MenuEntry(Audience.STAFF, "jobinfo.menu.vacancies", "/staff/jobinfo/vacancies.xhtml", "pi pi-briefcase", 21, SERVE),
                new MenuEntry(Audience.STAFF, "jobinfo.menu.figures", "/staff/jobinfo/figures.xhtml", "pi pi-chart-bar", 22, FIGURES));
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.bool("reviewVacancies", "jobinfo.setting.review", "jobinfo.setting.review.help", true));
    }
}
