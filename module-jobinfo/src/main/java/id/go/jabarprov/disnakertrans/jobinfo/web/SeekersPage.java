package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.application.SeekerService;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobSeeker;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobTime;
import id.go.jabarprov.disnakertrans.jobinfo.domain.SeekerStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The officer's list of the kab/kota's job seekers: waiting for verification by default, or found by name or number. */
@Named
@RequestScoped
public class SeekersPage {

    @Inject
    SeekerService seekers;

    private SeekerStatus status = SeekerStatus.SUBMITTED;
    private String q;
    private List<JobSeeker> results;

    public List<JobSeeker> getResults() {
        if (results == null) {
            results = seekers.queue(q == null || q.isBlank() ? status : null, q);
        }
        return results;
    }

    public LocalDate getToday() {
        return JobTime.today();
    }

    public List<SeekerStatus> getStatuses() {
        return Arrays.asList(SeekerStatus.values());
    }

    public SeekerStatus getStatus() { return status; }
    public void setStatus(SeekerStatus v) { this.status = v; }
    public String getQ() { return q; }
    public void setQ(String v) { this.q = v; }
}
