package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.identity.AuthenticationOutcome;
import id.go.jabarprov.disnakertrans.platform.identity.Account;
import id.go.jabarprov.disnakertrans.platform.identity.Accounts;
import id.go.jabarprov.disnakertrans.platform.identity.LocalIdentityStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** The sign-in form of local mode. On success the browser goes back to the page it asked for. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    @Inject
    Feedback feedback;

    private String username;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            if (username == null || username.isBlank()) {
                feedback.error(Feedback.FORM + ":username", "validation.required");
            }
            if (password == null || password.isEmpty()) {
                feedback.error(Feedback.FORM + ":password", "validation.required");
            }
            return;
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<String> askedFor = OriginalRequest.pathOf(request);
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password)));
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            // a new session id at sign-in: a session id planted before cannot be ridden afterwards
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
        }
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(askedFor.orElseGet(() -> external.getRequestContextPath() + landingPage()));
            default -> {
                Object outcome = request.getAttribute(LocalIdentityStore.OUTCOME);
                feedback.error(null, outcome == AuthenticationOutcome.LOCKED ? "login.locked"
                        : outcome == AuthenticationOutcome.INACTIVE ? "login.inactive" : "login.failed");
                password = null;
            }
        }
    }

    /** Staff land on their dashboard, citizens and employers on their own page. */
    private String landingPage() {
        boolean staff = accounts.findActiveByUsername(username.trim().toLowerCase())
                .map(a -> a.getKind() == Account.Kind.STAFF).orElse(false);
        return staff ? "/staff/index.xhtml" : "/me/index.xhtml";
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
