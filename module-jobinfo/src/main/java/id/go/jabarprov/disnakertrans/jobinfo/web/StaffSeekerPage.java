package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.JobInfoModule;
import id.go.jabarprov.disnakertrans.jobinfo.application.Matching;
import id.go.jabarprov.disnakertrans.jobinfo.application.SeekerService;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobSeeker;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobTime;
import id.go.jabarprov.disnakertrans.jobinfo.domain.SeekerStatus;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.VacancySearch;
import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One seeker of the kab/kota for an officer: the full record (NIK included: the officer checks it against
 * the KTP), verification or return, reports at the counter, renewal and a placement found outside the
 * portal's vacancies. Another kab/kota's seeker is a 404.
 */
@Named
@ViewScoped
public class StaffSeekerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SeekerService seekers;

    @Inject
    transient Feedback feedback;

    @Inject
    transient Tenants tenants;

    private String id;
    private String note;
    private String placementEmployer;
    private String placementTitle;
    private String placementOccupation;
    private String placementKabKota;
    private LocalDate placedOn;
    private transient JobSeeker seeker;
    private transient List<SeekerPage.Suggestion> suggestions;

    @Inject
    transient Matching matching;

    @Inject
    transient VacancySearch search;

    @Inject
    transient EnablementService enablement;

    @Inject
    transient TenantContext tenantContext;

    public void load() throws IOException {
        if (seekers.find(id).isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void verify() {
        feedback.attempt(() -> seekers.verify(id), "jobinfo.staff.verified");
        seeker = null;
    }

    public void returnToSeeker() {
        if (feedback.attempt(() -> seekers.returnWith(id, note), "jobinfo.staff.returned")) {
            note = null;
        }
        seeker = null;
    }

    public void report() {
        if (feedback.attempt(() -> seekers.report(id, note), "jobinfo.seeker.reported")) {
            note = null;
        }
        seeker = null;
    }

    public void renew() {
        feedback.attempt(() -> seekers.renew(id), "jobinfo.seeker.renewed");
        seeker = null;
    }

    public void recordPlacement() {
        if (feedback.attempt(() -> seekers.recordPlacement(id, placementEmployer, placementTitle, placementOccupation,
                placementKabKota, placedOn), "jobinfo.staff.placed")) {
            placementEmployer = null;
            placementTitle = null;
        }
        seeker = null;
    }

    public JobSeeker getSeeker() {
        if (seeker == null) {
            seeker = seekers.find(id).orElse(null);
        }
        return seeker;
    }

    public List<Wilayah> getAllKabKota() {
        return tenants.kabKota();
    }

    /** Open vacancies of the province that fit this seeker, for the officer's advice at the counter. */
    public List<SeekerPage.Suggestion> getSuggestions() {
        if (suggestions == null) {
            suggestions = new ArrayList<>();
            JobSeeker s = getSeeker();
            if (isActive() && !isExpired()) {
                Set<String> offices = Set.copyOf(enablement.tenantsRunning(
                        JobInfoModule.ID).stream().map(Wilayah::getCode).toList());
                for (var match : matching.vacanciesFor(s, tenantContext.current().orElseThrow())) {
                    if (suggestions.size() >= 10) {
                        break;
                    }
                    search.open(match.id(), offices, JobTime.today()).ifPresent(card -> suggestions.add(new SeekerPage.Suggestion(card, match)));
                }
            }
        }
        return suggestions;
    }

    public boolean isExpired() {
        return getSeeker() != null && getSeeker().isExpired(JobTime.today());
    }

    public boolean isActive() {
        return getSeeker() != null && getSeeker().getStatus() == SeekerStatus.ACTIVE;
    }

    public String getId() { return id; }
    public void setId(String v) { this.id = v; }
    public String getNote() { return note; }
    public void setNote(String v) { this.note = v; }
    public String getPlacementEmployer() { return placementEmployer; }
    public void setPlacementEmployer(String v) { this.placementEmployer = v; }
    public String getPlacementTitle() { return placementTitle; }
    public void setPlacementTitle(String v) { this.placementTitle = v; }
    public String getPlacementOccupation() { return placementOccupation; }
    public void setPlacementOccupation(String v) { this.placementOccupation = v; }
    public String getPlacementKabKota() { return placementKabKota; }
    public void setPlacementKabKota(String v) { this.placementKabKota = v; }
    public LocalDate getPlacedOn() { return placedOn; }
    public void setPlacedOn(LocalDate v) { this.placedOn = v; }
}
