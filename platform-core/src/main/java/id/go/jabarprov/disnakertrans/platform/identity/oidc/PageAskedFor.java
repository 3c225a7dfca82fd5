package id.go.jabarprov.disnakertrans.platform.identity.oidc;

import id.go.jabarprov.disnakertrans.platform.identity.AuthMode;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Remembers the signed-in page a browser asked for before SSO sent it to Keycloak (first visit, or
 * after the session expired), so the sign-in callback can lead it back there. A request listener,
 * because the OpenID Connect mechanism redirects before any filter runs; it reads only the URL (never
 * the parameters, which would consume a form's body) and only for GET requests of signed-in spaces.
 */
@WebListener
public class PageAskedFor implements ServletRequestListener {

    static final String ATTRIBUTE = "portal.oidc.pageAskedFor";
    private static final String[] SIGNED_IN_SPACES = {"/me/", "/staff/", "/admin/"};

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (!(event.getServletRequest() instanceof HttpServletRequest request) || !"GET".equals(request.getMethod())
                || !AuthMode.OIDC.equals(AuthMode.configured())) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!inSignedInSpace(path)) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(OidcProfile.SYNCED) != null) {
            return; // signed in already: nothing to come back to
        }
        String query = request.getQueryString();
        request.getSession().setAttribute(ATTRIBUTE, query == null ? path : path + "?" + query);
    }

    /** The page to lead the browser to after signing in, once; only a path of this portal. */
    static Optional<String> takeFrom(HttpSession session) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String page)) {
            return Optional.empty();
        }
        session.removeAttribute(ATTRIBUTE);
        boolean local = page.startsWith("/") && !page.startsWith("//") && !page.contains("\\");
        return local && inSignedInSpace(page) ? Optional.of(page) : Optional.empty();
    }

    private static boolean inSignedInSpace(String path) {
        for (String space : SIGNED_IN_SPACES) {
            if (path.startsWith(space)) {
                return true;
            }
        }
        return false;
    }
}
