package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.application.ApplicationService;
import id.go.jabarprov.disnakertrans.jobinfo.application.VacancyService;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobApplication;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Vacancy;
import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The applicants of one of the employer's own vacancies, with the profile each one sent; hire or reject.
 * Another employer's vacancy is a 404.
 */
@Named
@RequestScoped
public class ApplicantsPage {

    @Inject
    ApplicationService applications;

    @Inject
    VacancyService vacancies;

    @Inject
    Feedback feedback;

    @Inject
    TenantContext tenantContext;

    private String vacancyId;
    private LocalDate startsOn;
    private Vacancy vacancy;
    private List<JobApplication> list;

    public void load() throws IOException {
        try {
            vacancy = vacancies.own(vacancyId);
        } catch (AccessDeniedException | java.util.NoSuchElementException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void hire(String applicationId) {
        if (startsOn == null) {
            feedback.error("form:startsOn", "jobinfo.application.error.startsOn");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        feedback.attempt(() -> applications.hire(applicationId, startsOn), "jobinfo.application.hired");
        list = null;
    }

    public void reject(String applicationId) {
        feedback.attempt(() -> applications.reject(applicationId), "jobinfo.application.rejected");
        list = null;
    }

    public Vacancy getVacancy() {
        if (vacancy == null) {
            vacancy = vacancies.own(vacancyId);
        }
        return vacancy;
    }

    public List<JobApplication> getApplications() {
        if (list == null) {
            list = applications.of(vacancyId);
        }
        return list;
    }

    public String getKabKota() {
        return tenantContext.current().orElse(null);
    }

    public String getVacancyId() { return vacancyId; }
    public void setVacancyId(String v) { this.vacancyId = v; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate v) { this.startsOn = v; }
}
