package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Lets an officer with several kab/kota choose which one they act for; the page reloads in it. */
@Named
@RequestScoped
public class TenantSwitcher {

    @Inject
    CurrentUser currentUser;

    private String tenant;

    public void switchTenant() throws IOException {
        currentUser.switchTo(tenant);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        external.redirect(request.getRequestURI());
    }

    public String getTenant() {
        return tenant == null ? currentUser.getActiveTenant() : tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }
}
