package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.application.JobRules;
import id.go.jabarprov.disnakertrans.jobinfo.application.VacancyService;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Vacancy;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.VacancySheet;
import id.go.jabarprov.disnakertrans.platform.i18n.Messages;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * An employer's vacancies in a kab/kota: their state, reporting one filled or withdrawing it, and the
 * spreadsheet upload, which saves every row or none and names each bad row.
 */
@Named
@RequestScoped
public class EmployerVacanciesPage {

    /** A sheet of 1,000 vacancies is far below this; anything bigger is not a vacancy sheet. */
    static final long MAX_SHEET_BYTES = 5L * 1024 * 1024;

    @Inject
    VacancyService vacancies;

    @Inject
    Feedback feedback;

    @Inject
    TenantContext tenantContext;

    @Inject
    JobRules rules;

    @Inject
    Messages messages;

    private Part sheet;
    private List<VacancySheet.RowProblem> problems = List.of();
    private List<Vacancy> mine;

    public void upload() throws IOException {
        if (sheet == null || sheet.getSize() == 0) {
            feedback.error("upload:sheet", "jobinfo.sheet.error.missing");
            return;
        }
        if (sheet.getSize() > MAX_SHEET_BYTES) {
            feedback.error("upload:sheet", "jobinfo.sheet.error.tooLarge");
            return;
        }
        VacancySheet.Result result;
        try (InputStream in = sheet.getInputStream()) {
            result = VacancySheet.read(in, rules);
        }
        problems = vacancies.importSheet(result);
        if (problems.isEmpty()) {
            feedback.info("jobinfo.sheet.imported", result.rows().size());
            mine = null;
        } else {
            feedback.error(null, "jobinfo.sheet.nothingImported");
        }
    }

    public void close(String id, boolean filled) {
        feedback.attempt(() -> vacancies.close(id, filled), filled ? "jobinfo.vacancy.filledDone" : "jobinfo.vacancy.closedDone");
        mine = null;
    }

    /** A problem as the employer reads it: "Baris 3, kolom kode_kbji: …". */
    public String problemText(VacancySheet.RowProblem problem) {
        String reason = messages.text(problem.key(), problem.args().toArray());
        if (problem.rowNumber() <= 0) {
            return reason;
        }
        return problem.column() == null ? messages.text("jobinfo.sheet.row", problem.rowNumber(), reason)
                : messages.text("jobinfo.sheet.rowColumn", problem.rowNumber(), problem.column(), reason);
    }

    public List<Vacancy> getMine() {
        if (mine == null) {
            mine = vacancies.mine();
        }
        return mine;
    }

    public String getKabKota() {
        return tenantContext.current().orElse(null);
    }

    public List<VacancySheet.RowProblem> getProblems() { return problems; }
    public Part getSheet() { return sheet; }
    public void setSheet(Part v) { this.sheet = v; }
}
