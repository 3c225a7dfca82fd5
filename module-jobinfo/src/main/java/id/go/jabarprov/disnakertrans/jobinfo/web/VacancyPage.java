package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.application.PublicVacancies;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Vacancy;
import id.go.jabarprov.disnakertrans.platform.i18n.Messages;
import id.go.jabarprov.disnakertrans.platform.reference.ReferenceData;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * One open vacancy for the public, in its kab/kota ({@code ?wilayah=…&id=…}); a vacancy that is filled,
 * closed or past its validity says so and is never shown as open. Stateless.
 */
@Named
@RequestScoped
public class VacancyPage {

    @Inject
    PublicVacancies vacancies;

    @Inject
    ReferenceData reference;

    @Inject
    TenantContext tenantContext;

    private String id;
    private Vacancy vacancy;
    private boolean closed;

    public void load() throws IOException {
        vacancy = vacancies.open(id).orElse(null);
        if (vacancy == null) {
            closed = vacancies.closed(id);
            if (!closed) {
                FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
                FacesContext.getCurrentInstance().responseComplete();
            }
        }
    }

    public String occupationTitle() {
        return reference.occupation(vacancy.getKbjiCode()).map(o -> o.getCode() + " " + o.title(Messages.currentLocale()))
                .orElse(vacancy.getKbjiCode());
    }

    public String educationName() {
        return vacancy.getEducationCode() == null ? null
                : reference.educationLevel(vacancy.getEducationCode()).map(e -> e.name(Messages.currentLocale())).orElse(null);
    }

    public String getWilayah() {
        return tenantContext.current().orElse(null);
    }

    public Vacancy getVacancy() { return vacancy; }
    public boolean isClosed() { return closed; }
    public String getId() { return id; }
    public void setId(String v) { this.id = v; }
}
