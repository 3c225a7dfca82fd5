package id.go.jabarprov.disnakertrans.testmodule;

import id.go.jabarprov.disnakertrans.platform.module.Audience;
import id.go.jabarprov.disnakertrans.platform.module.MenuEntry;
import id.go.jabarprov.disnakertrans.platform.module.Permission;
import id.go.jabarprov.disnakertrans.platform.module.PortalModule;
import id.go.jabarprov.disnakertrans.platform.module.Roles;
import id.go.jabarprov.disnakertrans.platform.module.SettingDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A module that exists only for the tests: the proof that a jar plugs into the portal with a
 * descriptor, one staff page, one public page, one entity, one migration and one permission.
 */
@ApplicationScoped
public class TestModule implements PortalModule {

    public static final String ID = "testmod";
    public static final String NOTES = "testmod.notes";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0.0-test";
    }

    @Override
    public String bundle() {
        return "id.go.jabarprov.disnakertrans.testmodule.messages";
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.of(NOTES, "testmod.permission.notes", Roles.JOBINFO_OFFICER));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry(Audience.STAFF, "testmod.menu.notes", "/staff/testmod/notes.xhtml", "pi pi-file", 50, NOTES),
                new MenuEntry(Audience.PUBLIC, "testmod.menu.info", "/public/testmod/info.xhtml", "pi pi-info-circle", 50, null),
                new MenuEntry(Audience.CITIZEN, "testmod.menu.mine", "/me/testmod/mine.xhtml", "pi pi-user", 50, null));
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.url("meetingBaseUrl", "testmod.setting.meeting", "testmod.setting.meeting.help",
                        "https://meet.jit.si/", true),
                SettingDefinition.integer("maxNotes", "testmod.setting.max", null, 10, 1, 100),
                SettingDefinition.bool("publicListing", "testmod.setting.public", null, false));
    }
}
