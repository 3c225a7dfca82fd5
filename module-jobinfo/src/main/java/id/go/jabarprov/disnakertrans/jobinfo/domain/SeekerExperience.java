package id.go.jabarprov.disnakertrans.jobinfo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A past job of a job seeker. */
@Embeddable
public class SeekerExperience {

    @Column(name = "job_title", nullable = false)
    private String jobTitle;

    @Column(nullable = false)
    private String employer;

    @Column(name = "year_from", nullable = false)
    private Integer yearFrom;

    @Column(name = "year_to")
    private Integer yearTo;

    public SeekerExperience() {
    }

    public SeekerExperience(String jobTitle, String employer, Integer yearFrom, Integer yearTo) {
        this.jobTitle = jobTitle;
        this.employer = employer;
        this.yearFrom = yearFrom;
        this.yearTo = yearTo;
    }

    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String v) { this.jobTitle = v; }
    public String getEmployer() { return employer; }
    public void setEmployer(String v) { this.employer = v; }
    public Integer getYearFrom() { return yearFrom; }
    public void setYearFrom(Integer v) { this.yearFrom = v; }
    public Integer getYearTo() { return yearTo; }
    public void setYearTo(Integer v) { this.yearTo = v; }
}
