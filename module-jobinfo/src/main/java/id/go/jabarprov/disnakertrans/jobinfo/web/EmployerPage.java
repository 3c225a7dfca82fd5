package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.JobInfoModule;
import id.go.jabarprov.disnakertrans.jobinfo.application.EmployerService;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Employer;
import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.i18n.Messages;
import id.go.jabarprov.disnakertrans.platform.reference.Industry;
import id.go.jabarprov.disnakertrans.platform.reference.ReferenceData;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * An employer's workplace in the kab/kota of the URL ({@code ?wilayah=}): the profile the office verifies
 * before the workplace's vacancies count.
 */
@Named
@ViewScoped
public class EmployerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EmployerService employers;

    @Inject
    transient Feedback feedback;

    @Inject
    transient TenantContext tenantContext;

    @Inject
    transient EnablementService enablement;

    @Inject
    transient ReferenceData reference;

    private String kabKota;
    private String name;
    private String nib;
    private String kbli;
    private String address;
    private String phone;
    private String email;
    private transient Employer employer;
    private transient List<Wilayah> offices;

    @PostConstruct
    void init() {
        kabKota = tenantContext.current().orElse(null);
        if (kabKota != null) {
            getEmployer();
            if (employer != null) {
                name = employer.getName();
                nib = employer.getNib();
                kbli = employer.getKbliCode();
                address = employer.getAddress();
                phone = employer.getPhone();
                email = employer.getEmail();
            }
        }
    }

    public void save() {
        if (feedback.attempt(() -> employer = employers.saveProfile(name, nib, kbli, address, phone, email), "jobinfo.employer.saved")) {
            employer = null;
        }
    }

    public Employer getEmployer() {
        if (employer == null && tenantContext.current().isPresent()) {
            employer = employers.mine().orElse(null);
        }
        return employer;
    }

    /** The kab/kota where a workplace can be registered (the province has no workplaces of its own). */
    public List<Wilayah> getOffices() {
        if (offices == null) {
            offices = enablement.tenantsRunning(JobInfoModule.ID).stream().filter(w -> !w.isProvince()).toList();
        }
        return offices;
    }

    public List<Industry> getIndustries() {
        return reference.industryDivisions();
    }

    public String industryLabel(Industry industry) {
        return industry.getCode() + " " + industry.title(Messages.currentLocale());
    }

    public String getKabKota() { return kabKota; }
    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public String getNib() { return nib; }
    public void setNib(String v) { this.nib = v; }
    public String getKbli() { return kbli; }
    public void setKbli(String v) { this.kbli = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { this.address = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { this.phone = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { this.email = v; }
}
