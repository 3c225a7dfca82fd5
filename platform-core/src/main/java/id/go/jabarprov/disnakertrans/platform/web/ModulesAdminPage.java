package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.module.ModuleRegistry;
import id.go.jabarprov.disnakertrans.platform.module.PortalModule;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Installed modules, and the kab/kota × module matrix the administrator switches. */
@Named
@ViewScoped
public class ModulesAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ModuleRegistry registry;

    @Inject
    transient EnablementService enablement;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Feedback feedback;

    private Map<String, Set<String>> matrix;

    @PostConstruct
    void load() {
        matrix = enablement.matrix();
    }

    public List<PortalModule> getModules() {
        return registry.modules();
    }

    public String origin(String moduleId) {
        return registry.origin(moduleId).orElse("");
    }

    /** The rows this administrator may change: every kab/kota for the province, else their own. */
    public List<Wilayah> getRows() {
        return currentUser.getSwitchableTenants();
    }

    public boolean isEnabled(String tenantCode, String moduleId) {
        return matrix.getOrDefault(tenantCode, Set.of()).contains(moduleId);
    }

    public void toggle(String tenantCode, String moduleId) {
        boolean target = !isEnabled(tenantCode, moduleId);
        try {
            enablement.setEnabled(tenantCode, moduleId, target);
            feedback.info(target ? "admin.modules.enabled" : "admin.modules.disabled",
                    moduleId, tenantCode);
        } catch (BusinessException e) {
            feedback.show(e);
        } catch (AccessDeniedException e) {
            feedback.error(null, "error.denied");
        }
        matrix = enablement.matrix();
    }
}
