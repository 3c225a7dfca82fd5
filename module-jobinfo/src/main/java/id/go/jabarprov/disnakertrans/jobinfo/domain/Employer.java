package id.go.jabarprov.disnakertrans.jobinfo.domain;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An employer's workplace in one kab/kota (the tenant): the office of that kab/kota verifies it, and its
 * vacancies are reported there. A company with workplaces in two kab/kota has a profile in each.
 */
@Entity
@Table(name = "jobinfo_employer")
public class Employer extends TenantOwnedEntity {

    private static final Pattern NIB = Pattern.compile("\\d{13}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    private String id;

    @Column(nullable = false)
    private String account;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String nib;

    @Column(name = "kbli_code", nullable = false)
    private String kbliCode;

    @Column(nullable = false)
    private String address;

    private String phone;

    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EmployerStatus status;

    @Column(name = "officer_note")
    private String officerNote;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private LocalDateTime verifiedAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected Employer() {
    }

    public Employer(String account, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.account = account;
        this.createdAt = JobTime.utc(at);
        this.status = EmployerStatus.SUBMITTED;
    }

    /** Sets the profile; any change sends a verified profile back to the officer. */
    public void describe(String name, String nib, String kbliCode, boolean knownKbli, String address, String phone,
                         String email) {
        Map<String, String> problems = new LinkedHashMap<>();
        String n = clean(name);
        String b = clean(nib);
        String a = clean(address);
        if (n == null || n.length() > 200) {
            problems.put("name", n == null ? "jobinfo.error.required" : "jobinfo.error.tooLong");
        }
        if (b == null || !NIB.matcher(b).matches()) {
            problems.put("nib", "jobinfo.employer.error.nib");
        }
        if (!knownKbli) {
            problems.put("kbli", "jobinfo.employer.error.kbli");
        }
        if (a == null || a.length() > 255) {
            problems.put("address", a == null ? "jobinfo.error.required" : "jobinfo.error.tooLong");
        }
        if (clean(phone) != null && !PHONE.matcher(phone.strip()).matches()) {
            problems.put("phone", "jobinfo.error.phone");
        }
        if (clean(email) != null && (email.strip().length() > 120 || !EMAIL.matcher(email.strip()).matches())) {
            problems.put("email", "jobinfo.error.email");
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(problems);
        }
        boolean changed = !n.equals(this.name) || !b.equals(this.nib) || !kbliCode.equals(this.kbliCode)
                || !a.equals(this.address);
        this.name = n;
        this.nib = b;
        this.kbliCode = kbliCode;
        this.address = a;
        this.phone = clean(phone);
        this.email = clean(email);
        if (changed && status != EmployerStatus.SUBMITTED) {
            status = EmployerStatus.SUBMITTED;
        }
    }

    public void verify(String officer, Instant at) {
        requireStatus(EmployerStatus.SUBMITTED);
        status = EmployerStatus.VERIFIED;
        verifiedBy = officer;
        verifiedAt = JobTime.utc(at);
        officerNote = null;
    }

    public void returnWith(String note) {
        requireStatus(EmployerStatus.SUBMITTED);
        String n = clean(note);
        if (n == null || n.length() > 1000) {
            throw new BusinessException(Map.of("note", "jobinfo.error.note"));
        }
        status = EmployerStatus.RETURNED;
        officerNote = n;
    }

    public boolean isVerified() {
        return status == EmployerStatus.VERIFIED;
    }

    private void requireStatus(EmployerStatus expected) {
        if (status != expected) {
            throw new BusinessException("jobinfo.employer.error.state");
        }
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getName() { return name; }
    public String getNib() { return nib; }
    public String getKbliCode() { return kbliCode; }
    public String getAddress() { return address; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public EmployerStatus getStatus() { return status; }
    public String getOfficerNote() { return officerNote; }
    public String getVerifiedBy() { return verifiedBy; }
    public Instant getVerifiedAt() { return JobTime.instant(verifiedAt); }
    public Instant getCreatedAt() { return JobTime.instant(createdAt); }
}
