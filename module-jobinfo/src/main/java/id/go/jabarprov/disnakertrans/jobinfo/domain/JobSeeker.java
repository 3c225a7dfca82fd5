package id.go.jabarprov.disnakertrans.jobinfo.domain;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.identity.Nik;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A job seeker registered with the kab/kota office (the tenant) that holds the AK/1 card
 * (Permenaker 39/2016): verified by a pengantar kerja, valid two years, reported every six months while
 * unemployed, renewed free of charge, closed by a placement.
 */
@Entity
@Table(name = "jobinfo_seeker")
public class JobSeeker extends TenantOwnedEntity {

    /** The card is valid two years from issue or renewal. */
    public static final int VALID_YEARS = 2;
    /** The card has four report boxes, one per half year. */
    public static final int MAX_REPORTS = 4;
    /** A report is due six months after the last; it may be made a month early. */
    public static final int DAYS_BETWEEN_REPORTS = 150;
    /** Renewal opens this many days before the card expires. */
    public static final int RENEWAL_WINDOW_DAYS = 30;
    public static final int MIN_AGE = 15;
    public static final int MAX_SKILLS = 20;
    public static final int MAX_OCCUPATIONS = 5;
    public static final int MAX_ENTRIES = 10;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    private String id;

    private String account;

    @Column(name = "ak1_number")
    private String ak1Number;

    @Column(nullable = false)
    private String nik;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "birth_place", nullable = false)
    private String birthPlace;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(name = "marital_status", nullable = false)
    private MaritalStatus maritalStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Religion religion;

    @Column(nullable = false)
    private String address;

    @Column(name = "kecamatan_code", nullable = false)
    private String kecamatanCode;

    @Column(name = "desa_code", nullable = false)
    private String desaCode;

    private String phone;

    private String email;

    @Column(name = "education_code", nullable = false)
    private String educationCode;

    @Column(name = "education_rank", nullable = false)
    private int educationRank;

    @Column(name = "education_major")
    private String educationMajor;

    @Column(name = "photo_id")
    private String photoId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SeekerStatus status;

    @Column(name = "officer_note")
    private String officerNote;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private LocalDateTime registeredAt;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private LocalDateTime verifiedAt;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "card_code")
    private String cardCode;

    @Column(name = "card_document")
    private String cardDocument;

    @Column(name = "occupation_1")
    private String firstOccupation;

    @Column(name = "placed_on")
    private LocalDate placedOn;

    @ElementCollection
    @CollectionTable(name = "jobinfo_seeker_occupation", joinColumns = @JoinColumn(name = "seeker_id"))
    @OrderColumn(name = "position")
    @BatchFetch(BatchFetchType.IN)
    private List<OccupationChoice> occupations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "jobinfo_seeker_location", joinColumns = @JoinColumn(name = "seeker_id"))
    @Column(name = "kabkota_code")
    @BatchFetch(BatchFetchType.IN)
    private Set<String> locations = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "jobinfo_seeker_skill", joinColumns = @JoinColumn(name = "seeker_id"))
    @Column(name = "skill")
    @BatchFetch(BatchFetchType.IN)
    private Set<String> skills = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "jobinfo_seeker_education", joinColumns = @JoinColumn(name = "seeker_id"))
    @OrderColumn(name = "position")
    private List<SeekerEducation> educations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "jobinfo_seeker_experience", joinColumns = @JoinColumn(name = "seeker_id"))
    @OrderColumn(name = "position")
    private List<SeekerExperience> experiences = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "jobinfo_seeker_report", joinColumns = @JoinColumn(name = "seeker_id"))
    @OrderColumn(name = "position")
    private List<SeekerReport> reports = new ArrayList<>();

    @Version
    private long version;

    protected JobSeeker() {
    }

    /** A new registration, by the seeker ({@code account} = registeredBy) or by an officer at the counter. */
    public JobSeeker(String account, String registeredBy, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.account = account;
        this.registeredBy = Objects.requireNonNull(registeredBy);
        this.registeredAt = JobTime.utc(at);
        this.status = SeekerStatus.SUBMITTED;
    }

    /**
     * Takes the profile after checking all of it, reporting every problem at once. Once the card is issued
     * the identity (NIK, name, birth, sex) was checked against the KTP and is no longer changed online.
     */
    public void describe(SeekerProfile p, String kabKota, SeekerRules rules) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean identityLocked = ak1Number != null;
        if (!identityLocked) {
            checkIdentity(p, rules.today(), problems);
        } else if (!Objects.equals(clean(p.getNik()), nik) || !Objects.equals(clean(p.getFullName()), fullName)
                || !Objects.equals(p.getBirthDate(), birthDate) || p.getSex() != sex) {
            problems.put("nik", "jobinfo.seeker.error.identityLocked");
        }
        text(problems, "birthPlace", p.getBirthPlace(), 80, true);
        if (p.getMaritalStatus() == null) {
            problems.put("maritalStatus", "jobinfo.error.required");
        }
        if (p.getReligion() == null) {
            problems.put("religion", "jobinfo.error.required");
        }
        text(problems, "address", p.getAddress(), 255, true);
        if (clean(p.getKecamatanCode()) == null) {
            problems.put("kecamatan", "jobinfo.error.required");
        } else if (clean(p.getDesaCode()) == null) {
            problems.put("desa", "jobinfo.error.required");
        } else if (!rules.placeIn(kabKota, p.getKecamatanCode(), p.getDesaCode())) {
            problems.put("desa", "jobinfo.seeker.error.place");
        }
        if (clean(p.getPhone()) != null && !PHONE.matcher(p.getPhone().strip()).matches()) {
            problems.put("phone", "jobinfo.error.phone");
        }
        if (clean(p.getEmail()) != null && (p.getEmail().strip().length() > 120 || !EMAIL.matcher(p.getEmail().strip()).matches())) {
            problems.put("email", "jobinfo.error.email");
        }
        if (p.getEducationCode() == null || !rules.knownEducation(p.getEducationCode()) || !EducationRank.known(p.getEducationCode())) {
            problems.put("education", "jobinfo.error.required");
        }
        text(problems, "educationMajor", p.getEducationMajor(), 120, false);
        List<String> occupationCodes = distinct(p.getOccupations());
        if (occupationCodes.isEmpty()) {
            problems.put("occupations", "jobinfo.seeker.error.occupations");
        } else if (occupationCodes.size() > MAX_OCCUPATIONS || !occupationCodes.stream().allMatch(rules::knownOccupation)) {
            problems.put("occupations", "jobinfo.seeker.error.occupationsUnknown");
        }
        List<String> locationCodes = distinct(p.getLocations());
        if (!locationCodes.stream().allMatch(rules::knownKabKota)) {
            problems.put("locations", "jobinfo.seeker.error.locations");
        }
        List<String> skillNames = distinct(p.getSkills());
        if (skillNames.size() > MAX_SKILLS || skillNames.stream().anyMatch(s -> s.length() > 60)) {
            problems.put("skills", "jobinfo.seeker.error.skills");
        }
        List<SeekerEducation> schools = p.getEducations().stream().filter(e -> clean(e.getInstitution()) != null).toList();
        if (schools.size() > MAX_ENTRIES || schools.stream().anyMatch(e -> !validEducation(e, rules))) {
            problems.put("educations", "jobinfo.seeker.error.educations");
        }
        List<SeekerExperience> jobs = p.getExperiences().stream().filter(e -> clean(e.getJobTitle()) != null).toList();
        if (jobs.size() > MAX_ENTRIES || jobs.stream().anyMatch(e -> !validExperience(e, rules.today()))) {
            problems.put("experiences", "jobinfo.seeker.error.experiences");
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(problems);
        }
        if (!identityLocked) {
            nik = p.getNik().strip();
            fullName = clean(p.getFullName());
            birthDate = p.getBirthDate();
            sex = p.getSex();
        }
        birthPlace = clean(p.getBirthPlace());
        maritalStatus = p.getMaritalStatus();
        religion = p.getReligion();
        address = clean(p.getAddress());
        kecamatanCode = p.getKecamatanCode();
        desaCode = p.getDesaCode();
        phone = clean(p.getPhone());
        email = clean(p.getEmail());
        educationCode = p.getEducationCode();
        educationRank = EducationRank.rank(educationCode);
        educationMajor = clean(p.getEducationMajor());
        occupations.clear();
        occupationCodes.forEach(code -> occupations.add(new OccupationChoice(code, kabKota)));
        firstOccupation = occupationCodes.get(0);
        locations.clear();
        locations.addAll(locationCodes);
        skills.clear();
        skillNames.forEach(s -> skills.add(s.toLowerCase(Locale.ROOT)));
        educations.clear();
        schools.forEach(e -> educations.add(new SeekerEducation(e.getKind(), e.getKind() == EducationKind.FORMAL
                ? e.getLevelCode() : null, clean(e.getInstitution()), clean(e.getMajor()), e.getYearDone())));
        experiences.clear();
        jobs.forEach(e -> experiences.add(new SeekerExperience(clean(e.getJobTitle()), clean(e.getEmployer()),
                e.getYearFrom(), e.getYearTo())));
        if (status == SeekerStatus.RETURNED) {
            status = SeekerStatus.SUBMITTED;
        }
    }

    private void checkIdentity(SeekerProfile p, LocalDate today, Map<String, String> problems) {
        String n = clean(p.getNik());
        if (n == null) {
            problems.put("nik", "jobinfo.error.required");
        } else if (Nik.check(n, today).isPresent()) {
            problems.put("nik", "jobinfo.seeker.error.nik." + Nik.check(n, today).get().name());
        }
        text(problems, "fullName", p.getFullName(), 150, true);
        if (p.getBirthDate() == null) {
            problems.put("birthDate", "jobinfo.error.required");
        } else if (p.getBirthDate().isAfter(today.minusYears(MIN_AGE))) {
            problems.put("birthDate", "jobinfo.seeker.error.tooYoung");
        } else if (n != null && !problems.containsKey("nik")
                && !Nik.birthDate(n, today).map(d -> d.equals(p.getBirthDate())).orElse(true)) {
            problems.put("birthDate", "jobinfo.seeker.error.nikBirthDate");
        }
        if (p.getSex() == null) {
            problems.put("sex", "jobinfo.error.required");
        } else if (n != null && !problems.containsKey("nik") && Nik.isFemale(n) != (p.getSex() == Sex.FEMALE)) {
            problems.put("sex", "jobinfo.seeker.error.nikSex");
        }
    }

    private static boolean validEducation(SeekerEducation e, SeekerRules rules) {
        if (e.getKind() == null || clean(e.getInstitution()).length() > 150
                || (e.getMajor() != null && e.getMajor().length() > 120)) {
            return false;
        }
        if (e.getKind() == EducationKind.FORMAL && (e.getLevelCode() == null || !rules.knownEducation(e.getLevelCode()))) {
            return false;
        }
        return e.getYearDone() == null || (e.getYearDone() >= 1950 && e.getYearDone() <= rules.today().getYear());
    }

    private static boolean validExperience(SeekerExperience e, LocalDate today) {
        return clean(e.getEmployer()) != null && e.getJobTitle().strip().length() <= 120 && e.getEmployer().strip().length() <= 150
                && e.getYearFrom() != null && e.getYearFrom() >= 1950 && e.getYearFrom() <= today.getYear()
                && (e.getYearTo() == null || (e.getYearTo() >= e.getYearFrom() && e.getYearTo() <= today.getYear()));
    }

    /** The officer checked the documents against the KTP and certificates: the card is issued. */
    public void verify(String number, String officer, Instant at, LocalDate today) {
        requireStatus(SeekerStatus.SUBMITTED);
        ak1Number = Objects.requireNonNull(number);
        status = SeekerStatus.ACTIVE;
        verifiedBy = officer;
        verifiedAt = JobTime.utc(at);
        validUntil = today.plusYears(VALID_YEARS);
        officerNote = null;
        reports.clear();
    }

    public void returnWith(String note) {
        requireStatus(SeekerStatus.SUBMITTED);
        String n = clean(note);
        if (n == null || n.length() > 1000) {
            throw new BusinessException(Map.of("note", "jobinfo.error.note"));
        }
        status = SeekerStatus.RETURNED;
        officerNote = n;
    }

    /** The six-monthly report of a holder still looking for work. */
    public void report(String officer, String note, LocalDate today) {
        requireStatus(SeekerStatus.ACTIVE);
        if (isExpired(today)) {
            throw new BusinessException("jobinfo.seeker.error.expired");
        }
        if (reports.size() >= MAX_REPORTS) {
            throw new BusinessException("jobinfo.seeker.error.reportsFull");
        }
        LocalDate last = reports.isEmpty() ? JobTime.instant(verifiedAt).atZone(JobTime.WIB).toLocalDate()
                : reports.get(reports.size() - 1).getReportedOn();
        if (ChronoUnit.DAYS.between(last, today) < DAYS_BETWEEN_REPORTS) {
            throw new BusinessException("jobinfo.seeker.error.reportNotDue");
        }
        String n = clean(note);
        reports.add(new SeekerReport(today, officer, n == null ? null : n.substring(0, Math.min(n.length(), 500))));
    }

    /** Free renewal for two more years, from a month before expiry. */
    public void renew(LocalDate today) {
        requireStatus(SeekerStatus.ACTIVE);
        if (today.isBefore(validUntil.minusDays(RENEWAL_WINDOW_DAYS))) {
            throw new BusinessException("jobinfo.seeker.error.renewNotDue");
        }
        validUntil = today.plusYears(VALID_YEARS);
        reports.clear();
    }

    /** A placement closes the card. */
    public void place(LocalDate on) {
        requireStatus(SeekerStatus.ACTIVE);
        status = SeekerStatus.PLACED;
        placedOn = on;
    }

    /** A competency certified elsewhere (a training centre) joins the skills, once. */
    public boolean addSkill(String competency) {
        String s = clean(competency);
        if (s == null || skills.size() >= MAX_SKILLS) {
            return false;
        }
        return skills.add(s.substring(0, Math.min(s.length(), 60)).toLowerCase(Locale.ROOT));
    }

    /** Records the card PDF now valid; the previous one is revoked by the caller. */
    public void cardIssued(String code, String documentId) {
        this.cardCode = code;
        this.cardDocument = documentId;
    }

    public void photo(String documentId) {
        this.photoId = documentId;
    }

    public boolean isExpired(LocalDate today) {
        return status == SeekerStatus.ACTIVE && validUntil != null && validUntil.isBefore(today);
    }

    public boolean isReportDue(LocalDate today) {
        if (status != SeekerStatus.ACTIVE || isExpired(today) || reports.size() >= MAX_REPORTS || verifiedAt == null) {
            return false;
        }
        LocalDate last = reports.isEmpty() ? JobTime.instant(verifiedAt).atZone(JobTime.WIB).toLocalDate()
                : reports.get(reports.size() - 1).getReportedOn();
        return ChronoUnit.DAYS.between(last, today) >= DAYS_BETWEEN_REPORTS;
    }

    public boolean isRenewable(LocalDate today) {
        return status == SeekerStatus.ACTIVE && !today.isBefore(validUntil.minusDays(RENEWAL_WINDOW_DAYS));
    }

    public boolean isEditable() {
        return status != SeekerStatus.PLACED;
    }

    public int ageOn(LocalDate day) {
        return (int) ChronoUnit.YEARS.between(birthDate, day);
    }

    private void requireStatus(SeekerStatus expected) {
        if (status != expected) {
            throw new BusinessException("jobinfo.seeker.error.state");
        }
    }

    private static void text(Map<String, String> problems, String field, String value, int max, boolean required) {
        String v = clean(value);
        if (v == null && required) {
            problems.put(field, "jobinfo.error.required");
        } else if (v != null && v.length() > max) {
            problems.put(field, "jobinfo.error.tooLong");
        }
    }

    private static List<String> distinct(List<String> values) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            String c = clean(v);
            if (c != null && seen.add(c.toLowerCase(Locale.ROOT))) {
                out.add(c);
            }
        }
        return out;
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The profile as the form shows it, for editing. */
    public SeekerProfile profile() {
        SeekerProfile p = new SeekerProfile();
        p.setNik(nik);
        p.setFullName(fullName);
        p.setBirthPlace(birthPlace);
        p.setBirthDate(birthDate);
        p.setSex(sex);
        p.setMaritalStatus(maritalStatus);
        p.setReligion(religion);
        p.setAddress(address);
        p.setKecamatanCode(kecamatanCode);
        p.setDesaCode(desaCode);
        p.setPhone(phone);
        p.setEmail(email);
        p.setEducationCode(educationCode);
        p.setEducationMajor(educationMajor);
        educations.forEach(e -> p.getEducations().add(new SeekerEducation(e.getKind(), e.getLevelCode(), e.getInstitution(),
                e.getMajor(), e.getYearDone())));
        experiences.forEach(e -> p.getExperiences().add(new SeekerExperience(e.getJobTitle(), e.getEmployer(), e.getYearFrom(),
                e.getYearTo())));
        p.getSkills().addAll(skills);
        p.getOccupations().addAll(getOccupations());
        p.getLocations().addAll(locations);
        return p;
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getAk1Number() { return ak1Number; }
    public String getNik() { return nik; }
    public String getMaskedNik() { return Nik.mask(nik); }
    public String getFullName() { return fullName; }
    public String getBirthPlace() { return birthPlace; }
    public LocalDate getBirthDate() { return birthDate; }
    public Sex getSex() { return sex; }
    public MaritalStatus getMaritalStatus() { return maritalStatus; }
    public Religion getReligion() { return religion; }
    public String getAddress() { return address; }
    public String getKecamatanCode() { return kecamatanCode; }
    public String getDesaCode() { return desaCode; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getEducationCode() { return educationCode; }
    public int getEducationRank() { return educationRank; }
    public String getEducationMajor() { return educationMajor; }
    public String getPhotoId() { return photoId; }
    public SeekerStatus getStatus() { return status; }
    public String getOfficerNote() { return officerNote; }
    public String getRegisteredBy() { return registeredBy; }
    public Instant getRegisteredAt() { return JobTime.instant(registeredAt); }
    public String getVerifiedBy() { return verifiedBy; }
    public Instant getVerifiedAt() { return JobTime.instant(verifiedAt); }
    public LocalDate getValidUntil() { return validUntil; }
    public String getCardCode() { return cardCode; }
    public String getCardDocument() { return cardDocument; }
    public LocalDate getPlacedOn() { return placedOn; }
    public List<String> getOccupations() { return occupations.stream().map(OccupationChoice::getKbjiCode).toList(); }
    public Set<String> getLocations() { return Set.copyOf(locations); }
    public List<String> getSkills() { return List.copyOf(skills); }
    public List<SeekerEducation> getEducations() { return List.copyOf(educations); }
    public List<SeekerExperience> getExperiences() { return List.copyOf(experiences); }
    public List<SeekerReport> getReports() { return List.copyOf(reports); }
}
