package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.PlatformModule;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Signs out: audited, the session ended, back to the public home. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    @Inject
    id.go.jabarprov.disnakertrans.platform.identity.AuthMode authMode;

    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (currentUser.isSignedIn()) {
            audit.recordIndependently(currentUser.getUsername(), PlatformModule.ID, "auth.signout",
                    currentUser.getUsername(), "signed out");
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        if (authMode.isOidc()) {
            // the mechanism has sent the browser to Keycloak to end its session there too; it comes back to "/"
            external.invalidateSession();
            if (!external.isResponseCommitted() && ((jakarta.servlet.http.HttpServletResponse) external.getResponse()).getStatus() < 300) {
                external.redirect(external.getRequestContextPath() + "/");
            }
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }
}
