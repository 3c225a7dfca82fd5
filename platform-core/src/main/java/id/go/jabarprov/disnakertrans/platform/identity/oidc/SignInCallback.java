package id.go.jabarprov.disnakertrans.platform.identity.oidc;

import id.go.jabarprov.disnakertrans.platform.identity.Account;
import id.go.jabarprov.disnakertrans.platform.identity.Accounts;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak sends the browser back to. The OpenID Connect mechanism has validated the code
 * before this runs; this only leads the person on: back to the page they asked for (see
 * {@link PageAskedFor}; Soteria's own "redirect to original resource" breaks the request's parameters),
 * else officers to their dashboard and others to their page.
 */
@WebServlet("/Callback")
public class SignInCallback extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        boolean staff = accounts.findActiveByUsername(request.getUserPrincipal().getName())
                .map(a -> a.getKind() == Account.Kind.STAFF).orElse(false);
        // a staff page asked for by someone the token gives no staff rights would only answer 404
        var asked = PageAskedFor.takeFrom(request.getSession(false)).filter(page -> staff || page.startsWith("/me/"));
        if (asked.isPresent()) {
            response.sendRedirect(request.getContextPath() + asked.get());
            return;
        }
        response.sendRedirect(request.getContextPath() + (staff ? "/staff/index.xhtml" : "/me/index.xhtml"));
    }
}
