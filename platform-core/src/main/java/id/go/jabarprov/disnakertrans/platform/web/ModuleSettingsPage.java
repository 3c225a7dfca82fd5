package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.module.ModuleRegistry;
import id.go.jabarprov.disnakertrans.platform.module.PortalModule;
import id.go.jabarprov.disnakertrans.platform.module.SettingDefinition;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/** The settings form of one module in one kab/kota, generated from the module's typed settings. */
@Named
@ViewScoped
public class ModuleSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ModuleRegistry registry;

    @Inject
    transient EnablementService enablement;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Tenants tenants;

    @Inject
    transient Feedback feedback;

    private String module;
    private String tenant;
    private Map<String, String> values;

    /** Read when the view is built, because the form's fields are generated from the module's settings. */
    @PostConstruct
    void init() {
        module = Faces.getRequestParameter("module");
        tenant = Faces.getRequestParameter("tenant");
    }

    /** Loads the form; an unknown module or a kab/kota out of reach answers 404. */
    public void load() throws IOException {
        if (module == null || registry.find(module).isEmpty() || ModuleRegistry.CORE_ID.equals(module)
                || !tenants.exists(tenant) || !currentUser.canActOn(tenant)) {
            Faces.responseSendError(404, "not found");
            return;
        }
        if (values == null) {
            values = new HashMap<>(enablement.settings(tenant, module));
        }
    }

    public void save() {
        try {
            enablement.saveSettings(tenant, module, values);
            feedback.info("admin.settings.saved");
        } catch (BusinessException e) {
            feedback.show(e);
        } catch (AccessDeniedException e) {
            feedback.error(null, "error.denied");
        }
    }

    public List<SettingDefinition> getDefinitions() {
        return registry.find(module).map(PortalModule::settings).orElse(List.of());
    }

    public String getModuleNameKey() {
        return registry.find(module).map(PortalModule::nameKey).orElse("");
    }

    public String getTenantName() {
        return tenants.nameOf(tenant);
    }

    public Map<String, String> getValues() { return values; }
    public String getModule() { return module; }
    public String getTenant() { return tenant; }
}
