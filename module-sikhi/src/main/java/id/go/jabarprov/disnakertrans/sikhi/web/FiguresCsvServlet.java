package id.go.jabarprov.disnakertrans.sikhi.web;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.sikhi.application.CaseFigures;
import id.go.jabarprov.disnakertrans.sikhi.application.FiguresQuery;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/** The dashboard's figures as CSV (one row per measure), for spreadsheets and reports to the province. */
@WebServlet("/staff/sikhi/figures.csv")
public class FiguresCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FiguresQuery query;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = currentUser.getActiveTenant();
        CaseFigures.Figures figures;
        try {
            figures = query.of(code);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"sikhi-" + code + ".csv\"");
        PrintWriter out = response.getWriter();
        out.println("kabkota,measure,key,value");
        out.println(code + ",total,," + figures.getTotal());
        figures.getByType().forEach((k, v) -> out.println(code + ",type," + k.name() + "," + v));
        figures.getByStage().forEach((k, v) -> out.println(code + ",stage," + k.name() + "," + v));
        out.println(code + ",closed,," + figures.getClosed());
        out.println(code + ",averageDaysToClose,," + (figures.getAverageDaysToClose() == null ? "" : figures.getAverageDaysToClose()));
        out.println(code + ",p90DaysToClose,," + (figures.getP90DaysToClose() == null ? "" : figures.getP90DaysToClose()));
        out.println(code + ",overdue,," + figures.getOverdue());
    }
}
