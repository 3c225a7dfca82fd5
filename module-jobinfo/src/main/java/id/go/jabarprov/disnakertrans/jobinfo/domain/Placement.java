package id.go.jabarprov.disnakertrans.jobinfo.domain;

import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A seeker placed in a job, kept by the office that holds the seeker's card: its placement figures count
 * it by month, occupation, education and sex. Never changed once recorded.
 */
@Entity
@Table(name = "jobinfo_placement")
public class Placement extends TenantOwnedEntity {

    @Id
    private String id;

    @Column(name = "seeker_id", nullable = false)
    private String seekerId;

    @Column(name = "ak1_number", nullable = false)
    private String ak1Number;

    @Column(name = "vacancy_id")
    private String vacancyId;

    @Column(name = "employer_name", nullable = false)
    private String employerName;

    @Column(name = "job_title", nullable = false)
    private String jobTitle;

    @Column(name = "kbji_code", nullable = false)
    private String kbjiCode;

    @Column(name = "work_kabkota", nullable = false)
    private String workKabKota;

    @Column(name = "placed_on", nullable = false)
    private LocalDate placedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    @Column(name = "education_code", nullable = false)
    private String educationCode;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected Placement() {
    }

    public Placement(JobSeeker seeker, String vacancyId, String employerName, String jobTitle, String kbjiCode,
                     String workKabKota, LocalDate placedOn, String recordedBy, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.seekerId = seeker.getId();
        this.ak1Number = seeker.getAk1Number();
        this.sex = seeker.getSex();
        this.educationCode = seeker.getEducationCode();
        this.vacancyId = vacancyId;
        this.employerName = employerName;
        this.jobTitle = jobTitle;
        this.kbjiCode = kbjiCode;
        this.workKabKota = workKabKota;
        this.placedOn = placedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = JobTime.utc(at);
    }

    public String getId() { return id; }
    public String getSeekerId() { return seekerId; }
    public String getAk1Number() { return ak1Number; }
    public String getVacancyId() { return vacancyId; }
    public String getEmployerName() { return employerName; }
    public String getJobTitle() { return jobTitle; }
    public String getKbjiCode() { return kbjiCode; }
    public String getWorkKabKota() { return workKabKota; }
    public LocalDate getPlacedOn() { return placedOn; }
    public Sex getSex() { return sex; }
    public String getEducationCode() { return educationCode; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return JobTime.instant(recordedAt); }
}
