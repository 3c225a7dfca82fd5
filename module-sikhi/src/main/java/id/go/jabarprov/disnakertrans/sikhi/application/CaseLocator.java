package id.go.jabarprov.disnakertrans.sikhi.application;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.sikhi.infrastructure.CaseDirectory;
import id.go.jabarprov.disnakertrans.sikhi.infrastructure.CaseDirectoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Puts a party's request in the kab/kota of the case it opens. Parties belong to no kab/kota, so the
 * case's rows are reachable only after this: it checks the caller takes part in the case first (else
 * "not found"), then sets the request's tenant, before any service call opens a transaction.
 */
@ApplicationScoped
public class CaseLocator {

    @Inject
    CaseDirectory directory;

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    public CaseDirectoryEntry enterAsParty(String caseId) {
        CaseDirectoryEntry entry = directory.find(caseId)
                .filter(e -> directory.mayOpen(e.getCaseId(), currentUser.getUsername()))
                .orElseThrow(() -> new AccessDeniedException("not a party of case " + caseId));
        tenantContext.set(entry.getTenantCode());
        return entry;
    }

    /** Filing: the case goes to the office of the workplace's kab/kota. */
    public void enterKabKota(String kabKotaCode) {
        tenantContext.set(kabKotaCode);
    }
}
