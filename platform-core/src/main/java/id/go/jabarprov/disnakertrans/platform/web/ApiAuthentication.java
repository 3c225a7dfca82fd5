package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.identity.AuthMode;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.identity.oidc.AccessTokens;
import id.go.jabarprov.disnakertrans.platform.identity.oidc.OidcProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Who calls the REST API: an {@code Authorization: Bearer} access token from the SSO provider (checked
 * by the provider, see {@link AccessTokens}), else the browser's own signed-in session, else nobody.
 * A token that is sent must be good: a bad one is refused with 401 rather than read as anonymous.
 */
@ApplicationScoped
public class ApiAuthentication {

    private static final String BEARER = "Bearer ";

    @Inject
    AuthMode authMode;

    @Inject
    AccessTokens accessTokens;

    @Inject
    OidcProfile oidcProfile;

    /** Returns whether the request may go on; otherwise the answer has been sent. */
    public boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return true;
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return refuse(response, "invalid_request", "only Bearer access tokens are accepted");
        }
        if (!authMode.isOidc()) {
            return refuse(response, "invalid_token", "access tokens need the portal in SSO mode");
        }
        Optional<AccessTokens.TokenHolder> holder;
        try {
            holder = accessTokens.holderOf(authorization.substring(BEARER.length()).trim());
        } catch (AccessTokens.ProviderUnavailableException e) {
            response.setHeader("Retry-After", "30");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return false;
        }
        if (holder.isEmpty()) {
            return refuse(response, "invalid_token", "the access token is not active");
        }
        oidcProfile.syncFromToken(holder.get());
        String username = holder.get().username();
        request.setAttribute(CurrentUser.TOKEN_CALLER, (java.security.Principal) () -> username);
        return true;
    }

    private static boolean refuse(HttpServletResponse response, String error, String description) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"portal\", error=\"" + error + "\", error_description=\"" + description + "\"");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        return false;
    }
}
