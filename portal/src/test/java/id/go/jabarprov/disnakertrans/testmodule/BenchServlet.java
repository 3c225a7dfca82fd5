package id.go.jabarprov.disnakertrans.testmodule;

import id.go.jabarprov.disnakertrans.jobinfo.application.Matching;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * The benchmarks' probes (JobInfoBenchmark), only in the test module's jar and only on loopback, like the
 * seeding path. {@code /bench/ping} answers a few bytes: the ceiling of the stack (Payara, the portal's
 * request filter, a servlet). {@code /bench/match?vacancy=…&tenant=…&user=…} ranks the top 50 seekers for a
 * vacancy through {@link Matching#seekersFor} as that officer in that kab/kota (the caller principal set as
 * the REST API sets a token's, so no session) and answers the ranking's own time, without any page around it.
 */
@WebServlet({"/bench/ping", "/bench/match"})
public class BenchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Matching matching;

    @Inject
    transient TenantContext tenantContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"127.0.0.1".equals(request.getRemoteAddr())) {
            response.sendError(404);
            return;
        }
        response.setContentType("text/plain");
        if (request.getServletPath().equals("/bench/ping")) {
            response.getWriter().print("pong");
            return;
        }
        String user = request.getParameter("user");
        request.setAttribute(CurrentUser.TOKEN_CALLER, (Principal) () -> user);
        tenantContext.set(request.getParameter("tenant"));
        long started = System.nanoTime();
        Matching.Ranking<?> ranking = matching.seekersFor(request.getParameter("vacancy"));
        long micros = (System.nanoTime() - started) / 1000;
        // elapsed µs, candidates scored, matches returned
        response.getWriter().print(micros + " " + ranking.scored() + " " + ranking.matches().size());
    }
}
