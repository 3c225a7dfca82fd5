package id.go.jabarprov.disnakertrans.platform.identity.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * SSO mode's mechanism: Jakarta Security's standard OpenID Connect mechanism against Keycloak. Roles
 * arrive in the flat {@code groups} claim; signing out also ends the Keycloak session
 * (RP-initiated logout) and comes back to the public home.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUrl}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/Callback",
        // false: restoring the original request (Soteria 3) breaks every getParameter() of it; see SignInCallback
        redirectToOriginalResource = false,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"))
public class OidcSignIn {
}
