package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.application.VacancyService;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Vacancy;
import id.go.jabarprov.disnakertrans.jobinfo.domain.VacancySource;
import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** An employer reports a new vacancy, or corrects one the office returned ({@code ?id=}). */
@Named
@ViewScoped
public class EmployerVacancyPage extends VacancyForm {

    private static final long serialVersionUID = 1L;

    @Inject
    transient VacancyService vacancies;

    @Inject
    transient Feedback feedback;

    @Inject
    transient TenantContext tenantContext;

    private String id;
    private String kabKota;
    private String officerNote;

    public void load() throws IOException {
        kabKota = tenantContext.current().orElse(null);
        if (id != null && !id.isBlank() && !FacesContext.getCurrentInstance().isPostback()) {
            try {
                Vacancy vacancy = vacancies.own(id);
                fields = VacancyFields.of(vacancy.draft(kabKota));
                officerNote = vacancy.getOfficerNote();
            } catch (AccessDeniedException e) {
                FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
                FacesContext.getCurrentInstance().responseComplete();
            }
        }
    }

    public void save() throws IOException {
        boolean correcting = id != null && !id.isBlank();
        if (feedback.attempt(() -> {
            if (correcting) {
                vacancies.correct(id, fields.toDraft(kabKota));
            } else {
                vacancies.report(fields.toDraft(kabKota), VacancySource.FORM);
            }
        }, "jobinfo.vacancy.saved")) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/me/jobinfo/vacancies.xhtml?wilayah=" + kabKota);
        }
    }

    public String getId() { return id; }
    public void setId(String v) { this.id = v; }
    public String getKabKota() { return kabKota; }
    public String getOfficerNote() { return officerNote; }
}
