package id.go.jabarprov.disnakertrans.jobinfo.domain;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.identity.Nik;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A seeker's application to a vacancy, or an officer's invitation, kept in the vacancy's kab/kota. It
 * holds the copy of the profile the seeker sent: that copy is all the employer ever reads of the seeker,
 * so the employer needs no access to the office that holds the card.
 */
@Entity
@Table(name = "jobinfo_application")
public class JobApplication extends TenantOwnedEntity {

    @Id
    private String id;

    @Column(name = "vacancy_id", nullable = false)
    private String vacancyId;

    @Column(name = "seeker_id", nullable = false)
    private String seekerId;

    @Column(name = "seeker_tenant", nullable = false)
    private String seekerTenant;

    @Column(name = "seeker_account")
    private String seekerAccount;

    @Column(name = "ak1_number", nullable = false)
    private String ak1Number;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(nullable = false)
    private String nik;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    private String phone;

    private String email;

    @Column(name = "education_code", nullable = false)
    private String educationCode;

    private String skills;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Version
    private long version;

    protected JobApplication() {
    }

    public JobApplication(Vacancy vacancy, JobSeeker seeker, String seekerTenant, ApplicationKind kind, String by,
                          Instant at) {
        this.id = UUID.randomUUID().toString();
        this.vacancyId = vacancy.getId();
        this.seekerId = seeker.getId();
        this.seekerTenant = seekerTenant;
        this.seekerAccount = seeker.getAccount();
        this.ak1Number = seeker.getAk1Number();
        this.fullName = seeker.getFullName();
        this.nik = seeker.getNik();
        this.sex = seeker.getSex();
        this.birthDate = seeker.getBirthDate();
        this.phone = seeker.getPhone();
        this.email = seeker.getEmail();
        this.educationCode = seeker.getEducationCode();
        String list = String.join(", ", seeker.getSkills());
        this.skills = list.length() > 1500 ? list.substring(0, 1500) : list;
        this.kind = kind;
        this.status = ApplicationStatus.OPEN;
        this.createdBy = by;
        this.createdAt = JobTime.utc(at);
    }

    public void decline(Instant at) {
        decide(ApplicationStatus.DECLINED, at);
    }

    public void reject(Instant at) {
        decide(ApplicationStatus.REJECTED, at);
    }

    public void hire(Instant at) {
        decide(ApplicationStatus.HIRED, at);
    }

    private void decide(ApplicationStatus outcome, Instant at) {
        if (status != ApplicationStatus.OPEN) {
            throw new BusinessException("jobinfo.application.error.state");
        }
        status = outcome;
        decidedAt = JobTime.utc(at);
    }

    public String getId() { return id; }
    public String getVacancyId() { return vacancyId; }
    public String getSeekerId() { return seekerId; }
    public String getSeekerTenant() { return seekerTenant; }
    public String getSeekerAccount() { return seekerAccount; }
    public String getAk1Number() { return ak1Number; }
    public String getFullName() { return fullName; }
    public String getNik() { return nik; }
    public String getMaskedNik() { return Nik.mask(nik); }
    public Sex getSex() { return sex; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getEducationCode() { return educationCode; }
    public String getSkills() { return skills; }
    public ApplicationKind getKind() { return kind; }
    public ApplicationStatus getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return JobTime.instant(createdAt); }
    public Instant getDecidedAt() { return JobTime.instant(decidedAt); }
}
