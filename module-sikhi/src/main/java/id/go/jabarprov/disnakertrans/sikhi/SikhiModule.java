package id.go.jabarprov.disnakertrans.sikhi;

import id.go.jabarprov.disnakertrans.platform.module.Audience;
import id.go.jabarprov.disnakertrans.platform.module.MenuEntry;
import id.go.jabarprov.disnakertrans.platform.module.Permission;
import id.go.jabarprov.disnakertrans.platform.module.PortalModule;
import id.go.jabarprov.disnakertrans.platform.module.Roles;
import id.go.jabarprov.disnakertrans.platform.module.SettingDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * SIKHI, Sistem Informasi dan Konsultasi Hubungan Industrial: parties file and settle industrial-relations
 * disputes online with a Disnaker mediator, and ask the office questions (konsultasi HI).
 */
@ApplicationScoped
public class SikhiModule implements PortalModule {

    public static final String ID = "sikhi";
    /** Check a filed case against the checklist, return it or register it. */
    public static final String REGISTER = "sikhi.case.register";
    /** Run the cases one is assigned to: sessions, risalah, anjuran, Perjanjian Bersama. */
    public static final String MEDIATE = "sikhi.case.mediate";
    /** The head of section: assign mediators, see every case of the kab/kota, watch deadlines. */
    public static final String SUPERVISE = "sikhi.case.supervise";
    /** Answer konsultasi HI questions and review PP/PKB/PKWT requests. */
    public static final String CONSULT = "sikhi.consultation.answer";
    /** The office's work queue (the registrars', the head of section's, and the province administrator's). */
    public static final String QUEUE = "sikhi.case.queue";
    /**
     * The province's side of delegated cases (pelimpahan to the province): its queue across every kab/kota,
     * sending a case back, taking it over with a province mediator. Held only by members of the province office.
     */
    public static final String PROVINCE = "sikhi.province";
    /** Case figures of the kab/kota (of every kab/kota with platform.tenants.all). */
    public static final String FIGURES = "sikhi.figures.view";

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
        return "id.go.jabarprov.disnakertrans.sikhi.messages";
    }

    @Override
    public List<Permission> permissions() {
        // The head of section (sikhi-head) supervises; a kab/kota administrator does too where an office has no head named.
        return List.of(
                Permission.of(REGISTER, "sikhi.permission.register", Roles.SIKHI_MEDIATOR, Roles.SIKHI_HEAD, Roles.TENANT_ADMIN),
                Permission.of(MEDIATE, "sikhi.permission.mediate", Roles.SIKHI_MEDIATOR),
                Permission.of(SUPERVISE, "sikhi.permission.supervise", Roles.SIKHI_HEAD, Roles.TENANT_ADMIN, Roles.PLATFORM_ADMIN),
                Permission.of(CONSULT, "sikhi.permission.consult", Roles.SIKHI_MEDIATOR),
                Permission.of(FIGURES, "sikhi.permission.figures", Roles.SIKHI_MEDIATOR, Roles.SIKHI_HEAD, Roles.TENANT_ADMIN,
                        Roles.PLATFORM_ADMIN),
                Permission.of(QUEUE, "sikhi.permission.queue", Roles.SIKHI_MEDIATOR, Roles.SIKHI_HEAD, Roles.TENANT_ADMIN,
                        Roles.PLATFORM_ADMIN),
                Permission.ofProvince(PROVINCE, "sikhi.permission.province", Roles.SIKHI_MEDIATOR, Roles.SIKHI_HEAD,
                        Roles.TENANT_ADMIN, Roles.PLATFORM_ADMIN));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                // the province administrator supervises without registering: the queue has its own permission
                new MenuEntry(Audience.STAFF, "sikhi.menu.queue", "/staff/sikhi/queue.xhtml", "pi pi-inbox", 10, QUEUE),
                new MenuEntry(Audience.STAFF, "sikhi.menu.province", "/staff/sikhi/province.xhtml", "pi pi-sitemap", 11, PROVINCE),
                new MenuEntry(Audience.STAFF, "sikhi.menu.figures", "/staff/sikhi/figures.xhtml", "pi pi-chart-bar", 12, FIGURES),
                new MenuEntry(Audience.STAFF, "sikhi.menu.consultations", "/staff/sikhi/consultations.xhtml", "pi pi-question-circle", 13, CONSULT),
                new MenuEntry(Audience.CITIZEN, "sikhi.menu.mycases", "/me/sikhi/cases.xhtml", "pi pi-briefcase", 10, null),
                new MenuEntry(Audience.STAFF, "sikhi.menu.requests", "/staff/sikhi/requests.xhtml", "pi pi-check-square", 14, CONSULT),
                new MenuEntry(Audience.CITIZEN, "sikhi.menu.myrequests", "/me/sikhi/requests.xhtml", "pi pi-file", 12, null),
                new MenuEntry(Audience.CITIZEN, "sikhi.menu.consult", "/me/sikhi/consult.xhtml", "pi pi-question-circle", 11, null),
                new MenuEntry(Audience.PUBLIC, "sikhi.menu.knowledge", "/public/sikhi/knowledge.xhtml", "pi pi-book", 11, null),
                new MenuEntry(Audience.PUBLIC, "sikhi.menu.status", "/public/sikhi/status.xhtml", "pi pi-search", 10, null));
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.url("meetingBaseUrl", "sikhi.setting.meeting", "sikhi.setting.meeting.help",
                        "https://meet.jit.si/", true),
                SettingDefinition.text("checklist", "sikhi.setting.checklist", "sikhi.setting.checklist.help",
                        "surat-permohonan;risalah-bipartit;pk-pp-pkb;kronologi;identitas-para-pihak", true),
                SettingDefinition.bool("hasMediator", "sikhi.setting.hasmediator", "sikhi.setting.hasmediator.help", true));
    }
}
