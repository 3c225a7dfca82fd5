package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.domain.JobTime;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.VacancySheet;
import id.go.jabarprov.disnakertrans.platform.i18n.Messages;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The vacancy spreadsheet template: xlsx with a sheet of instructions, or plain CSV ({@code ?format=csv}). */
@WebServlet("/me/jobinfo/template")
public class TemplateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("csv".equals(request.getParameter("format"))) {
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"lowongan.csv\"");
            response.getOutputStream().write(VacancySheet.csvTemplate(JobTime.today()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"lowongan.xlsx\"");
        response.getOutputStream().write(VacancySheet.template(Messages.currentLocale(), JobTime.today()));
    }
}
