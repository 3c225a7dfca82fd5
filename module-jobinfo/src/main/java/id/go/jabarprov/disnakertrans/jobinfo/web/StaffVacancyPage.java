package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.application.ApplicationService;
import id.go.jabarprov.disnakertrans.jobinfo.application.Matching;
import id.go.jabarprov.disnakertrans.jobinfo.application.VacancyService;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobApplication;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobSeeker;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Vacancy;
import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * A vacancy of the kab/kota for an officer: the seekers ranked for it with why each fits, an invitation
 * for the right ones, and who has applied. Another kab/kota's vacancy is a 404.
 */
@Named
@RequestScoped
public class StaffVacancyPage {

    @Inject
    VacancyService vacancies;

    @Inject
    Matching matching;

    @Inject
    ApplicationService applications;

    @Inject
    Feedback feedback;

    private String id;
    private Vacancy vacancy;
    private Matching.Ranking<JobSeeker> ranking;
    private List<JobApplication> applicants;

    /**
     * The id from the request itself: on a postback, components ask this bean during decoding, before the
     * view parameter has set it.
     */
    @jakarta.annotation.PostConstruct
    void readParameter() {
        id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    }

    public void load() throws IOException {
        vacancy = vacancies.find(id).orElse(null);
        if (vacancy == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void invite(String seekerId) {
        feedback.attempt(() -> applications.invite(id, seekerId), "jobinfo.staff.invited");
        applicants = null;
    }

    public Vacancy getVacancy() {
        if (vacancy == null) {
            vacancy = vacancies.find(id).orElse(null);
        }
        return vacancy;
    }

    public Matching.Ranking<JobSeeker> getRanking() {
        if (ranking == null) {
            ranking = matching.seekersFor(id);
        }
        return ranking;
    }

    public List<JobApplication> getApplicants() {
        if (applicants == null) {
            applicants = applications.of(id);
        }
        return applicants;
    }

    public boolean applied(String seekerId) {
        return getApplicants().stream().anyMatch(a -> a.getSeekerId().equals(seekerId));
    }

    public String getId() { return id; }
    public void setId(String v) { this.id = v; }
}
