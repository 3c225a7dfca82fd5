package id.go.jabarprov.disnakertrans.jobinfo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A six-monthly report of a holder still looking for work: one of the four boxes on the card's back. */
@Embeddable
public class SeekerReport {

    @Column(name = "reported_on", nullable = false)
    private LocalDate reportedOn;

    @Column(nullable = false)
    private String officer;

    private String note;

    protected SeekerReport() {
    }

    public SeekerReport(LocalDate reportedOn, String officer, String note) {
        this.reportedOn = reportedOn;
        this.officer = officer;
        this.note = note;
    }

    public LocalDate getReportedOn() { return reportedOn; }
    public String getOfficer() { return officer; }
    public String getNote() { return note; }
}
