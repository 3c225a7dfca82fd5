package id.go.jabarprov.disnakertrans.sikhi.application;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import id.go.jabarprov.disnakertrans.sikhi.SikhiModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Figures for a kab/kota the caller may act on, or for the province (code {@code 32}): the sum of every
 * kab/kota running SIKHI, each read in its own transaction under its own tenant.
 */
@ApplicationScoped
public class FiguresQuery {

    @Inject
    CaseFigures figures;

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    @Inject
    Tenants tenants;

    @Inject
    EnablementService enablement;

    public CaseFigures.Figures of(String code) {
        if (!currentUser.canActOn(code) || !tenants.exists(code) || !currentUser.can(SikhiModule.FIGURES)) {
            throw new AccessDeniedException("no figures of " + code);
        }
        if (!Wilayah.PROVINCE_CODE.equals(code)) {
            tenantContext.set(code);
            return figures.ofCurrentKabKota();
        }
        CaseFigures.Figures province = new CaseFigures.Figures(code);
        for (Wilayah office : enablement.tenantsRunning(SikhiModule.ID)) {
            tenantContext.set(office.getCode());
            province.add(figures.ofCurrentKabKota());
        }
        tenantContext.set(code);
        return province;
    }
}
