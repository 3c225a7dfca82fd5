package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.application.ApplicationService;
import id.go.jabarprov.disnakertrans.jobinfo.application.PublicVacancies;
import id.go.jabarprov.disnakertrans.jobinfo.application.SeekerLocator;
import id.go.jabarprov.disnakertrans.jobinfo.application.SeekerService;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobSeeker;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Vacancy;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;

/**
 * A seeker applies to an open vacancy ({@code ?wilayah=<the vacancy's kab/kota>&id=…}) with their active card:
 * the card is read in the office that holds it, the application is kept where the vacancy is.
 */
@Named
@RequestScoped
public class ApplyPage {

    @Inject
    PublicVacancies vacancies;

    @Inject
    SeekerLocator locator;

    @Inject
    SeekerService seekers;

    @Inject
    ApplicationService applications;

    @Inject
    TenantContext tenantContext;

    @Inject
    Feedback feedback;

    private String id;
    private String kabKota;
    private Vacancy vacancy;
    private boolean sent;

    /**
     * The id from the request itself: on a postback, components ask this bean during decoding, before the
     * view parameter has set it.
     */
    @jakarta.annotation.PostConstruct
    void readParameter() {
        id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    }

    public void load() throws IOException {
        kabKota = tenantContext.current().orElse(null);
        vacancy = vacancies.open(id).orElse(null);
        if (vacancy == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void apply() {
        String here = getKabKota();
        Optional<String> office = locator.enterOwnOffice();
        JobSeeker seeker = office.isPresent() ? seekers.mine().orElse(null) : null;
        tenantContext.set(here);
        sent = feedback.attempt(() -> applications.apply(id, seeker, office.orElse(null)), "jobinfo.application.sent");
    }

    public String getKabKota() {
        if (kabKota == null) {
            kabKota = tenantContext.current().orElse(null);
        }
        return kabKota;
    }

    public Vacancy getVacancy() {
        if (vacancy == null && id != null) {
            vacancy = vacancies.open(id).orElse(null);
        }
        return vacancy;
    }

    public boolean isSent() { return sent; }
    public String getId() { return id; }
    public void setId(String v) { this.id = v; }
}
