package id.go.jabarprov.disnakertrans.platform.enablement;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;

/** A module's service was called for a kab/kota where the module is off (or no kab/kota was chosen). */
public class ModuleDisabledException extends AccessDeniedException {

    public ModuleDisabledException(String moduleId, String tenantCode) {
        super("module " + moduleId + " is not enabled for " + tenantCode);
    }
}
