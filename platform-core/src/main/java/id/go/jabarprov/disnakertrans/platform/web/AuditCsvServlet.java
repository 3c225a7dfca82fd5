package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.PlatformModule;
import id.go.jabarprov.disnakertrans.platform.audit.AuditFilter;
import id.go.jabarprov.disnakertrans.platform.audit.AuditRecord;
import id.go.jabarprov.disnakertrans.platform.audit.AuditTrail;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;

/** The audit trail as CSV, with the viewer's filters, streamed in batches. */
@WebServlet("/admin/audit.csv")
public class AuditCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditTrail trail;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!currentUser.can(PlatformModule.ADMIN_AUDIT)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AuditFilter filter;
        try {
            filter = AuditFilter.days(date(request.getParameter("from")), date(request.getParameter("to")), Formats.JAKARTA,
                    request.getParameter("tenant"), request.getParameter("module"), request.getParameter("actor"),
                    request.getParameter("action"),
                    currentUser.can(PlatformModule.ALL_TENANTS) ? null : new HashSet<>(currentUser.memberships()));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        PrintWriter out = response.getWriter();
        out.println("seq,occurred_at_utc,actor,roles,tenant,module,action,target,summary,details,client_address,request_id,prev_hash,hash");
        trail.forEach(filter, r -> out.println(String.join(",", Long.toString(r.getSeq()), r.getOccurredAt().toString(),
                csv(r.getActor()), csv(r.getRoles()), csv(r.getTenantCode()), csv(r.getModuleId()), csv(r.getAction()),
                csv(r.getTarget()), csv(r.getSummary()), csv(r.getDetails()), csv(r.getClientAddress()),
                csv(r.getRequestId()), r.getPrevHash(), r.getHash())));
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    /** RFC 4180 quoting; a leading formula character is neutralised so spreadsheets do not execute it. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
