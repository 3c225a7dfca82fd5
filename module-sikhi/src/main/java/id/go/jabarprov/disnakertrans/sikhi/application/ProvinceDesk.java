package id.go.jabarprov.disnakertrans.sikhi.application;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import id.go.jabarprov.disnakertrans.sikhi.SikhiModule;
import id.go.jabarprov.disnakertrans.sikhi.infrastructure.CaseDirectory;
import id.go.jabarprov.disnakertrans.sikhi.infrastructure.ProvinceCases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The province office's side of delegated cases. Its queue reads every kab/kota (codes and the queue's columns
 * only). To open or act on one case, {@link #enter} puts the request in that case's kab/kota, as the parties'
 * {@link CaseLocator} does, and marks the visit; {@link StaffCaseService} then shows the case only if it is
 * delegated (to the head of section) or assigned to the caller (a province mediator), and lets the province take
 * only its own decisions. The officer gets no right in the kab/kota beyond that case.
 */
@ApplicationScoped
public class ProvinceDesk {

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    @Inject
    CaseDirectory directory;

    @Inject
    ProvinceCases provinceCases;

    @Inject
    ProvinceVisit visit;

    /** Whether the caller works for the province office now: a province permission, acting for {@code 32}. */
    public boolean actsForProvince() {
        return currentUser.can(SikhiModule.PROVINCE)
                && Wilayah.PROVINCE_CODE.equals(tenantContext.current().orElse(null));
    }

    /** The head of section of the province sees every delegated case; a province mediator the ones assigned to them. */
    public List<ProvinceCases.Row> queue() {
        if (!actsForProvince()) {
            throw new AccessDeniedException("not acting for the province");
        }
        return provinceCases.held(currentUser.can(SikhiModule.SUPERVISE) ? null : currentUser.getUsername());
    }

    /**
     * Puts the request in the kab/kota of the case when the caller acts for the province, before any transaction
     * opens (a unit of work keeps the kab/kota it started with). Anyone else stays where they are: their own
     * kab/kota's rules apply. A case id unknown to the directory is "not found".
     */
    public void enter(String caseId) {
        if (!actsForProvince()) {
            return;
        }
        String kabKota = directory.find(caseId).map(e -> e.getTenantCode())
                .orElseThrow(() -> new AccessDeniedException("no case " + caseId));
        tenantContext.set(kabKota);
        visit.enter(caseId);
    }
}
