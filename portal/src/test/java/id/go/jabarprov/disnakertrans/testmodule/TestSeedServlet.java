package id.go.jabarprov.disnakertrans.testmodule;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * The tests' seeding path. It exists only in the test module's jar, which only the tests put in
 * the war, and answers only on loopback.
 */
@WebServlet("/test-seed")
public class TestSeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient id.go.jabarprov.disnakertrans.platform.schedule.DailyJobs dailyJobs;

    @Inject
    transient TestSeeder seeder;

    @Inject
    transient TestCertificates certificates;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"127.0.0.1".equals(request.getRemoteAddr())) {
            response.sendError(404);
            return;
        }
        if ("pdf".equals(request.getParameter("what"))) {
            response.setContentType("application/pdf");
            response.getOutputStream().write(certificates.pdf(request.getParameter("code")));
            return;
        }
        String result = switch (request.getParameter("what")) {
            case "staff" -> {
                seeder.staff(request.getParameter("username"), request.getParameter("password"),
                        Set.of(request.getParameter("roles").split(",")), Set.of(request.getParameter("tenants").split(",")),
                        request.getParameter("email"));
                yield "ok";
            }
            case "enable" -> {
                seeder.enable(request.getParameter("tenant"), request.getParameter("module"),
                        Boolean.parseBoolean(request.getParameter("enabled")));
                yield "ok";
            }
            case "note" -> seeder.note(request.getParameter("tenant"), request.getParameter("text"));
            case "issue" -> certificates.issue(request.getParameter("tenant"), request.getParameter("holder"),
                    request.getParameter("validUntil") == null ? null : java.time.LocalDate.parse(request.getParameter("validUntil")));
            case "daily" -> Boolean.toString(dailyJobs.run(java.time.LocalDate.parse(request.getParameter("day"))));
            case "notify" -> {
                seeder.notify(request.getParameter("recipient"), request.getParameter("text"));
                yield "ok";
            }
            case "revoke" -> {
                certificates.revoke(request.getParameter("code"));
                yield "ok";
            }
            default -> null;
        };
        if (result == null) {
            response.sendError(400);
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().print(result);
    }
}
