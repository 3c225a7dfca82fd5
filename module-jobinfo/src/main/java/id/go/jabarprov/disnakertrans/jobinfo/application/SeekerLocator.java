package id.go.jabarprov.disnakertrans.jobinfo.application;

import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.SeekerDirectory;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A seeker's pages work in the kab/kota whose office holds their card, wherever they are: this finds that
 * office and makes it the request's kab/kota before any service (and its enablement check) runs.
 */
@ApplicationScoped
public class SeekerLocator {

    @Inject
    SeekerDirectory directory;

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    public Optional<String> enterOwnOffice() {
        if (!currentUser.isSignedIn()) {
            return Optional.empty();
        }
        Optional<String> office = directory.officeOfAccount(currentUser.getUsername());
        office.ifPresent(tenantContext::set);
        return office;
    }
}
