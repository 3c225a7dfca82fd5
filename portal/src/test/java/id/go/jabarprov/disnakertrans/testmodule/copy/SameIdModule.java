package id.go.jabarprov.disnakertrans.testmodule.copy;

import id.go.jabarprov.disnakertrans.platform.module.MenuEntry;
import id.go.jabarprov.disnakertrans.platform.module.Permission;
import id.go.jabarprov.disnakertrans.platform.module.PortalModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** A second module claiming the test module's id: the portal must refuse to deploy the pair. */
@ApplicationScoped
public class SameIdModule implements PortalModule {

    @Override
    public String id() {
        return "testmod";
    }

    @Override
    public String version() {
        return "9.9.9";
    }

    @Override
    public String bundle() {
        return "id.go.jabarprov.disnakertrans.testmodule.messages";
    }

    @Override
    public List<Permission> permissions() {
        return List.of();
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of();
    }
}
