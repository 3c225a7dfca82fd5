package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.JobInfoModule;
import id.go.jabarprov.disnakertrans.jobinfo.application.Matching;
import id.go.jabarprov.disnakertrans.jobinfo.application.SeekerLocator;
import id.go.jabarprov.disnakertrans.jobinfo.application.SeekerService;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobSeeker;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobTime;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Match;
import id.go.jabarprov.disnakertrans.jobinfo.domain.SeekerStatus;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.MyApplications;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.VacancyCard;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.VacancySearch;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A citizen's own job-seeker page: register with the office of the kab/kota they live in, follow the
 * verification, download the AK/1 card, report every six months, renew, and see their applications and
 * the open vacancies that fit them.
 */
@Named
@ViewScoped
public class SeekerPage extends SeekerForm {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 10;

    @Inject
    transient SeekerService seekers;

    @Inject
    transient SeekerLocator locator;

    @Inject
    transient Feedback feedback;

    @Inject
    transient TenantContext tenantContext;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient MyApplications applications;

    @Inject
    transient Matching matching;

    @Inject
    transient VacancySearch search;

    private transient JobSeeker seeker;
    private transient Part photo;
    private transient List<Suggestion> suggestions;
    private transient List<MyApplications.Entry> mine;
    private transient FacesContext loadedIn;

    @PostConstruct
    void init() {
        seeker = load();
        if (seeker != null) {
            profile = seeker.profile();
        }
    }

    /** The caller's record in the office that holds it, read once per request (its state may change between requests). */
    private JobSeeker load() {
        loadedIn = FacesContext.getCurrentInstance();
        Optional<String> office = locator.enterOwnOffice();
        office.ifPresent(code -> kabKota = code);
        return office.isPresent() ? seekers.mine().orElse(null) : null;
    }

    public void save() {
        boolean registered = getSeeker() != null;
        if (!registered) {
            if (kabKota == null || !enablement.isEnabled(kabKota, JobInfoModule.ID)) {
                feedback.error("form:kabKota", "jobinfo.seeker.error.kabKota");
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
            tenantContext.set(kabKota);
        } else {
            locator.enterOwnOffice();
        }
        if (feedback.attempt(() -> seeker = registered ? seekers.update(profile) : seekers.register(profile),
                registered ? "jobinfo.seeker.updated" : "jobinfo.seeker.registered")) {
            seeker = load();
            profile = seeker.profile();
        }
    }

    public void uploadPhoto() throws IOException {
        if (photo == null || photo.getSize() == 0) {
            feedback.error("photoForm:photo", "jobinfo.seeker.error.photoMissing");
            return;
        }
        locator.enterOwnOffice();
        try (InputStream in = photo.getInputStream()) {
            feedback.attempt(() -> seekers.photo(photo.getSubmittedFileName(), in, null), "jobinfo.seeker.photoSaved");
        }
        seeker = load();
    }

    public void reportOnline() {
        locator.enterOwnOffice();
        feedback.attempt(seekers::reportOnline, "jobinfo.seeker.reported");
        seeker = load();
    }

    public void renew() {
        locator.enterOwnOffice();
        feedback.attempt(() -> seekers.renew(null), "jobinfo.seeker.renewed");
        seeker = load();
    }

    public JobSeeker getSeeker() {
        if (loadedIn != FacesContext.getCurrentInstance()) {
            seeker = load();
        }
        return seeker;
    }

    @Override
    public boolean isOfficeChoosable() {
        return getSeeker() == null;
    }

    @Override
    public boolean isIdentityEditable() {
        return getSeeker() == null || getSeeker().getAk1Number() == null;
    }

    public boolean isExpired() {
        return getSeeker() != null && getSeeker().isExpired(JobTime.today());
    }

    public boolean isReportDue() {
        return getSeeker() != null && getSeeker().isReportDue(JobTime.today());
    }

    public boolean isRenewable() {
        return getSeeker() != null && getSeeker().getStatus() == SeekerStatus.ACTIVE && getSeeker().isRenewable(JobTime.today());
    }

    public List<MyApplications.Entry> getApplications() {
        if (mine == null) {
            mine = currentUser.isSignedIn() ? applications.of(currentUser.getUsername()) : List.of();
        }
        return mine;
    }

    /** Open vacancies that fit: only for an active, unexpired card, which is what applying needs. */
    public List<Suggestion> getSuggestions() {
        if (suggestions == null) {
            suggestions = new ArrayList<>();
            JobSeeker s = getSeeker();
            if (s != null && s.getStatus() == SeekerStatus.ACTIVE && !s.isExpired(JobTime.today())) {
                locator.enterOwnOffice();
                Set<String> offices = Set.copyOf(getOffices().stream().map(w -> w.getCode()).toList());
                for (Match match : matching.vacanciesFor(s, kabKota)) {
                    if (suggestions.size() >= SUGGESTIONS) {
                        break;
                    }
                    search.open(match.id(), offices, JobTime.today()).ifPresent(card -> suggestions.add(new Suggestion(card, match)));
                }
            }
        }
        return suggestions;
    }

    /** An open vacancy suggested to the seeker, with why it fits. */
    public record Suggestion(VacancyCard vacancy, Match match) {
    }

    public Part getPhoto() { return photo; }
    public void setPhoto(Part v) { this.photo = v; }
}
