package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.application.EmployerService;
import id.go.jabarprov.disnakertrans.jobinfo.application.VacancyService;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Employer;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Vacancy;
import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The officer's desk for employers and vacancies of the kab/kota: verify workplaces, publish or return vacancies. */
@Named
@RequestScoped
public class ReviewPage {

    @Inject
    EmployerService employers;

    @Inject
    VacancyService vacancies;

    @Inject
    Feedback feedback;

    private String note;
    private List<Employer> employerList;
    private List<Vacancy> vacancyList;

    public void verifyEmployer(String id) {
        feedback.attempt(() -> employers.verify(id), "jobinfo.staff.employerVerified");
        employerList = null;
    }

    public void returnEmployer(String id) {
        if (feedback.attempt(() -> employers.returnWith(id, note), "jobinfo.staff.returned")) {
            note = null;
        }
        employerList = null;
    }

    public void publish(String id) {
        feedback.attempt(() -> vacancies.publish(id), "jobinfo.staff.published");
        vacancyList = null;
    }

    public void returnVacancy(String id) {
        if (feedback.attempt(() -> vacancies.returnWith(id, note), "jobinfo.staff.returned")) {
            note = null;
        }
        vacancyList = null;
    }

    public List<Employer> getEmployers() {
        if (employerList == null) {
            employerList = employers.forOfficer();
        }
        return employerList;
    }

    public List<Vacancy> getVacancies() {
        if (vacancyList == null) {
            vacancyList = vacancies.forOfficer();
        }
        return vacancyList;
    }

    public String getNote() { return note; }
    public void setNote(String v) { this.note = v; }
}
