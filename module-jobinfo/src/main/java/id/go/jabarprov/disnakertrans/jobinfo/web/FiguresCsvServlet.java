package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.application.LabourFigures;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.FiguresReport;
import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.i18n.Messages;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/** The figures as CSV (breakdown, code, label, count), for spreadsheets and reports to the ministry. */
@WebServlet("/staff/jobinfo/figures.csv")
public class FiguresCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LabourFigures figures;

    @Inject
    transient FigureLabels labels;

    @Inject
    transient TenantContext tenantContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("code");
        if (code == null || code.isBlank()) {
            code = tenantContext.current().orElse(null);
        }
        FiguresReport.Figures result;
        try {
            result = figures.of(code);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"info-kerja-" + code + ".csv\"");
        PrintWriter out = response.getWriter();
        out.println("breakdown,code,label,count");
        result.totals().forEach((name, count) -> out.println("total," + name + "," + name + "," + count));
        result.breakdowns().forEach((breakdown, counts) -> counts.forEach((key, count) -> out.println(breakdown + "," + key + ","
                + quoted(labels.label(breakdown, key, Messages.INDONESIAN)) + "," + count)));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
