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
    private String hireNumber;
    private String hireName;
    private LocalDate hireStartsOn;
    private Vacancy vacancy;
    private List<JobApplication> list;

    /**
     * The id from the request itself: on a postback, components ask this bean during decoding, before the
     * view parameter has set it.
     */
    @jakarta.annotation.PostConstruct
    void readParameter() {
        vacancyId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("vacancy");
    }

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

    /** A hire of someone who did not apply here, reported with the number and name on their AK/1 card. */
    public void reportHire() {
        if (feedback.attempt(() -> applications.reportHire(vacancyId, hireNumber, hireName, hireStartsOn), "jobinfo.application.hired")) {
            hireNumber = null;
            hireName = null;
        }
        vacancy = null;
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

    public String getHireNumber() { return hireNumber; }
    public void setHireNumber(String v) { this.hireNumber = v; }
    public String getHireName() { return hireName; }
    public void setHireName(String v) { this.hireName = v; }
    public LocalDate getHireStartsOn() { return hireStartsOn; }
    public void setHireStartsOn(LocalDate v) { this.hireStartsOn = v; }
    public String getVacancyId() { return vacancyId; }
    public void setVacancyId(String v) { this.vacancyId = v; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate v) { this.startsOn = v; }
}
