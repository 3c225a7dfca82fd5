package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.application.EmployerService;
import id.go.jabarprov.disnakertrans.jobinfo.application.VacancyService;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Employer;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/** An officer enters a vacancy for a verified employer of the kab/kota, as at a job fair: published at once. */
@Named
@ViewScoped
public class EntryPage extends VacancyForm {

    private static final long serialVersionUID = 1L;

    @Inject
    transient VacancyService vacancies;

    @Inject
    transient EmployerService employers;

    @Inject
    transient Feedback feedback;

    @Inject
    transient TenantContext tenantContext;

    private String employerId;

    public void save() throws IOException {
        String kabKota = tenantContext.current().orElseThrow();
        String[] created = new String[1];
        if (feedback.attempt(() -> created[0] = vacancies.enterFor(employerId, fields.toDraft(kabKota)).getId(), "jobinfo.vacancy.saved")) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/staff/jobinfo/vacancy.xhtml?id=" + created[0]);
        }
    }

    public List<Employer> getEmployers() {
        return employers.verified();
    }

    public String getEmployerId() { return employerId; }
    public void setEmployerId(String v) { this.employerId = v; }
}
