package id.go.jabarprov.disnakertrans.jobinfo.domain;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A vacancy reported under Perpres 57/2023, owned by the kab/kota of its work location. Open to the public
 * while published, within its validity, and with posts left; reported filled when the posts are taken.
 */
@Entity
@Table(name = "jobinfo_vacancy")
public class Vacancy extends TenantOwnedEntity {

    @Id
    private String id;

    @Column(name = "employer_id", nullable = false)
    private String employerId;

    @Column(name = "employer_name", nullable = false)
    private String employerName;

    @Column(nullable = false)
    private String title;

    @Column(name = "kbji_code", nullable = false)
    private String kbjiCode;

    @Column(name = "kbji_major", nullable = false)
    private String kbjiMajor;

    @Column(nullable = false)
    private int needed;

    @Column(nullable = false)
    private int filled;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "age_min")
    private Integer ageMin;

    @Column(name = "age_max")
    private Integer ageMax;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SexRequirement sex;

    @Column(name = "education_code")
    private String educationCode;

    @Column(name = "education_rank")
    private Integer educationRank;

    @Column(name = "experience_years")
    private Integer experienceYears;

    @Column(name = "wage_min")
    private Long wageMin;

    @Column(name = "wage_max")
    private Long wageMax;

    @Column(name = "work_address")
    private String workAddress;

    @Column(nullable = false)
    private String description;

    /** When the row last changed: every instance's search index reads the recent changes by it (see VacancyIndex). */
    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VacancyStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VacancySource source;

    @Column(name = "officer_note")
    private String officerNote;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @ElementCollection
    @CollectionTable(name = "jobinfo_vacancy_skill", joinColumns = @JoinColumn(name = "vacancy_id"))
    @Column(name = "skill")
    @BatchFetch(BatchFetchType.IN)
    private Set<String> skills = new LinkedHashSet<>();

    @Version
    private long version;

    @PrePersist
    @PreUpdate
    void touch() {
        changedAt = JobTime.utc(Instant.now());
    }

    protected Vacancy() {
    }

    /** A checked draft of a verified employer's workplace in the draft's kab/kota. */
    public Vacancy(Employer employer, VacancyDraft draft, VacancySource source, String createdBy, Instant at) {
        if (!employer.isVerified()) {
            throw new BusinessException("jobinfo.vacancy.error.employerNotVerified");
        }
        this.id = UUID.randomUUID().toString();
        this.employerId = employer.getId();
        this.employerName = employer.getName();
        this.source = source;
        this.createdBy = createdBy;
        this.createdAt = JobTime.utc(at);
        this.status = VacancyStatus.SUBMITTED;
        take(draft);
    }

    /** Corrects a vacancy not yet published, or one returned by the officer. */
    public void correct(VacancyDraft draft) {
        if (status != VacancyStatus.SUBMITTED && status != VacancyStatus.RETURNED) {
            throw new BusinessException("jobinfo.vacancy.error.state");
        }
        take(draft);
        status = VacancyStatus.SUBMITTED;
    }

    private void take(VacancyDraft d) {
        title = d.title();
        kbjiCode = d.occupationCode();
        kbjiMajor = kbjiCode.substring(0, 1);
        needed = d.needed();
        validFrom = d.validFrom();
        validUntil = d.validUntil();
        ageMin = d.ageMin();
        ageMax = d.ageMax();
        sex = d.sex() == null ? SexRequirement.ANY : d.sex();
        educationCode = d.educationCode();
        educationRank = educationCode == null ? null : EducationRank.rank(educationCode);
        experienceYears = d.experienceYears();
        wageMin = d.wageMin();
        wageMax = d.wageMax();
        workAddress = d.workAddress();
        description = d.description();
        changedAt = JobTime.utc(Instant.now()); // also when only the skills change, which alone may not count as an update
        skills.clear();
        d.skills().forEach(s -> skills.add(s.toLowerCase(Locale.ROOT)));
    }

    public void publish(Instant at) {
        if (status != VacancyStatus.SUBMITTED) {
            throw new BusinessException("jobinfo.vacancy.error.state");
        }
        status = VacancyStatus.PUBLISHED;
        publishedAt = JobTime.utc(at);
        officerNote = null;
    }

    public void returnWith(String note) {
        if (status != VacancyStatus.SUBMITTED) {
            throw new BusinessException("jobinfo.vacancy.error.state");
        }
        if (note == null || note.isBlank() || note.length() > 1000) {
            throw new BusinessException(Map.of("note", "jobinfo.error.note"));
        }
        status = VacancyStatus.RETURNED;
        officerNote = note.strip();
    }

    /** One more post taken; the last one fills the vacancy. */
    public void hired(Instant at) {
        if (status != VacancyStatus.PUBLISHED) {
            throw new BusinessException("jobinfo.vacancy.error.state");
        }
        filled++;
        if (filled >= needed) {
            status = VacancyStatus.FILLED;
            closedAt = JobTime.utc(at);
        }
    }

    /** The employer reports the vacancy filled (perhaps by people who never registered) or withdrawn. */
    public void close(boolean allFilled, Instant at) {
        if (status == VacancyStatus.FILLED || status == VacancyStatus.CLOSED) {
            throw new BusinessException("jobinfo.vacancy.error.state");
        }
        status = allFilled ? VacancyStatus.FILLED : VacancyStatus.CLOSED;
        closedAt = JobTime.utc(at);
    }

    /** Open to seekers: published, within its validity, posts left. Never shown as open otherwise. */
    public boolean isOpen(LocalDate today) {
        return status == VacancyStatus.PUBLISHED && !today.isBefore(validFrom) && !today.isAfter(validUntil) && filled < needed;
    }

    public boolean isExpired(LocalDate today) {
        return status == VacancyStatus.PUBLISHED && today.isAfter(validUntil);
    }

    public String getId() { return id; }
    public String getEmployerId() { return employerId; }
    public String getEmployerName() { return employerName; }
    public String getTitle() { return title; }
    public String getKbjiCode() { return kbjiCode; }
    public int getNeeded() { return needed; }
    public int getFilled() { return filled; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public Integer getAgeMin() { return ageMin; }
    public Integer getAgeMax() { return ageMax; }
    public SexRequirement getSex() { return sex; }
    public String getEducationCode() { return educationCode; }
    public Integer getExperienceYears() { return experienceYears; }
    public Long getWageMin() { return wageMin; }
    public Long getWageMax() { return wageMax; }
    public String getWorkAddress() { return workAddress; }
    public String getDescription() { return description; }
    public VacancyStatus getStatus() { return status; }
    public VacancySource getSource() { return source; }
    public String getOfficerNote() { return officerNote; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return JobTime.instant(createdAt); }
    public Instant getPublishedAt() { return JobTime.instant(publishedAt); }
    public List<String> getSkills() { return List.copyOf(skills); }

    /** The draft this vacancy was made from, for a correction form. */
    public VacancyDraft draft(String kabKota) {
        return new VacancyDraft(title, kbjiCode, needed, validFrom, validUntil, ageMin, ageMax, sex, educationCode,
                List.copyOf(skills), experienceYears, wageMin, wageMax, kabKota, workAddress, description);
    }
}
