package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.application.SeekerService;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** Assisted registration at the counter, for a walk-in seeker without an account, in the officer's kab/kota. */
@Named
@ViewScoped
public class CounterPage extends SeekerForm {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SeekerService seekers;

    @Inject
    transient Feedback feedback;

    @Inject
    transient TenantContext tenantContext;

    @PostConstruct
    void init() {
        kabKota = tenantContext.current().orElse(null);
    }

    public void save() throws IOException {
        String[] created = new String[1];
        if (feedback.attempt(() -> created[0] = seekers.registerAtCounter(profile).getId(), "jobinfo.seeker.registered")) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/staff/jobinfo/seeker.xhtml?id=" + created[0]);
        }
    }

    @Override
    public boolean isOfficeChoosable() {
        return false;
    }

    @Override
    public boolean isIdentityEditable() {
        return true;
    }
}
