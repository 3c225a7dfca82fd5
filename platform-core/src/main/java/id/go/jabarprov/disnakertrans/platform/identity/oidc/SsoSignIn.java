package id.go.jabarprov.disnakertrans.platform.identity.oidc;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The "sign in" link in SSO mode. It first asks whether Keycloak answers: when it does, on to a
 * signed-in page (the OpenID Connect mechanism then sends the browser to Keycloak); when it does not,
 * a page of the portal says so, instead of the browser's own "cannot connect" error.
 */
@WebServlet("/sign-in")
public class SsoSignIn extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OidcSettings settings;

    private final transient HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (providerAnswers()) {
            response.sendRedirect(request.getContextPath() + "/me/index.xhtml");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "60");
        request.getRequestDispatcher("/sso-unavailable.xhtml").forward(request, response);
    }

    /** Asked at every click (no memory): a click on "sign in" is rare, and a stale "up" would mislead. */
    private boolean providerAnswers() {
        try {
            HttpRequest discovery = HttpRequest.newBuilder(URI.create(settings.getProviderUrl() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3)).build();
            return http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
