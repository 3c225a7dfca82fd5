package id.go.jabarprov.disnakertrans.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Local mode's mechanism: the portal's own sign-in page, which hands the credentials to
 * {@link LocalIdentityStore}. After sign-in the browser returns to the page it asked for.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
public class LocalSignIn {
}
