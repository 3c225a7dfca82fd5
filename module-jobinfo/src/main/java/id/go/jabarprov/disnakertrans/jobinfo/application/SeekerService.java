package id.go.jabarprov.disnakertrans.jobinfo.application;

import id.go.jabarprov.disnakertrans.jobinfo.JobInfoModule;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobSeeker;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobTime;
import id.go.jabarprov.disnakertrans.jobinfo.domain.SeekerProfile;
import id.go.jabarprov.disnakertrans.jobinfo.domain.SeekerStatus;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.Ak1Numbers;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.SeekerDirectory;
import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.documents.DocumentService;
import id.go.jabarprov.disnakertrans.platform.documents.MediaTypes;
import id.go.jabarprov.disnakertrans.platform.enablement.ModuleService;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.module.Roles;
import id.go.jabarprov.disnakertrans.platform.notification.Notifier;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Job seekers of the request's kab/kota: registration online or at the counter, verification with the
 * AK/1 card, six-monthly reports and renewal. A seeker reaches only their own record; an officer only the
 * seekers of their kab/kota (the unit is scoped to it, so another office's id finds nothing).
 */
@ApplicationScoped
@ModuleService(JobInfoModule.ID)
public class SeekerService {

    /** A pas foto is small; a phone photo resized by the browser is well under this. */
    public static final long MAX_PHOTO_BYTES = 2L * 1024 * 1024;
    private static final int QUEUE_LIMIT = 200;

    @PersistenceContext(unitName = "jobinfo")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    @Inject
    AuditService audit;

    @Inject
    Notifier notifier;

    @Inject
    JobRules rules;

    @Inject
    SeekerDirectory directory;

    @Inject
    Ak1Numbers numbers;

    @Inject
    CardIssuer cards;

    @Inject
    DocumentService documents;

    @Inject
    SeekerOffice seekerOffice;

    /** The caller's own record in this kab/kota (see {@link SeekerLocator}). */
    public Optional<JobSeeker> mine() {
        if (!currentUser.isSignedIn()) {
            return Optional.empty();
        }
        return em.createQuery("select s from JobSeeker s where s.account = :me order by s.registeredAt desc", JobSeeker.class)
                .setParameter("me", currentUser.getUsername()).setMaxResults(1).getResultStream().findFirst();
    }

    /** A citizen registers with the office of the kab/kota they live in (the request's kab/kota). */
    @Transactional
    public JobSeeker register(SeekerProfile profile) {
        if (!currentUser.isSignedIn() || !currentUser.roles().contains(Roles.CITIZEN)) {
            throw new AccessDeniedException("citizens register themselves");
        }
        if (directory.officeOfAccount(currentUser.getUsername()).isPresent()) {
            throw new BusinessException("jobinfo.seeker.error.already");
        }
        return create(profile, currentUser.getUsername());
    }

    /** An officer registers a walk-in seeker who has no account. */
    @Transactional
    public JobSeeker registerAtCounter(SeekerProfile profile) {
        requireOfficer();
        return create(profile, null);
    }

    private JobSeeker create(SeekerProfile profile, String account) {
        String nik = profile.getNik() == null ? null : profile.getNik().strip();
        if (nik != null && directory.officeOfNik(nik).isPresent()) {
            throw new BusinessException(Map.of("nik", "jobinfo.seeker.error.nikRegistered"));
        }
        JobSeeker seeker = new JobSeeker(account, currentUser.getUsername(), Instant.now());
        seeker.describe(profile, tenant(), rules);
        em.persist(seeker);
        audit.record(JobInfoModule.ID, "seeker.registered", seeker.getId(), account == null ? "counter" : "online", null);
        return seeker;
    }

    /** The seeker corrects or completes their profile; a returned registration goes back to the officer. */
    @Transactional
    public JobSeeker update(SeekerProfile profile) {
        JobSeeker seeker = mine().orElseThrow(() -> new AccessDeniedException("no registration"));
        return change(seeker, profile);
    }

    @Transactional
    public JobSeeker updateFor(String id, SeekerProfile profile) {
        requireOfficer();
        return change(get(id), profile);
    }

    private JobSeeker change(JobSeeker seeker, SeekerProfile profile) {
        if (!seeker.isEditable()) {
            throw new BusinessException("jobinfo.seeker.error.state");
        }
        boolean active = seeker.getStatus() == SeekerStatus.ACTIVE;
        seeker.describe(profile, tenant(), rules);
        audit.record(JobInfoModule.ID, "seeker.updated", seeker.getId(), seeker.getStatus().name(), null);
        if (active) {
            cards.issue(seeker, "jobinfo.card.reason.updated");
        }
        return seeker;
    }

    @Transactional
    public void photo(String originalName, InputStream content, String seekerIdOrNull) {
        JobSeeker seeker = seekerIdOrNull == null ? mine().orElseThrow(() -> new AccessDeniedException("no registration"))
                : officerGet(seekerIdOrNull);
        var stored = documents.store(JobInfoModule.ID, "photo", originalName, content,
                Set.of(MediaTypes.JPEG, MediaTypes.PNG), MAX_PHOTO_BYTES);
        seeker.photo(stored.getId());
        audit.record(JobInfoModule.ID, "seeker.photo", seeker.getId(), null, null);
        if (seeker.getStatus() == SeekerStatus.ACTIVE) {
            cards.issue(seeker, "jobinfo.card.reason.updated");
        }
    }

    /** The office's registrations waiting for verification, oldest first, then the others found by words. */
    public List<JobSeeker> queue(SeekerStatus status, String words) {
        requireOfficer();
        StringBuilder jpql = new StringBuilder("select s from JobSeeker s where 1 = 1");
        if (status != null) {
            jpql.append(" and s.status = :status");
        }
        String like = words == null || words.isBlank() ? null : "%" + words.strip().toLowerCase(Locale.ROOT) + "%";
        if (like != null) {
            jpql.append(" and (lower(s.fullName) like :w or s.ak1Number like :w or s.nik = :exact)");
        }
        var query = em.createQuery(jpql.append(" order by s.registeredAt").toString(), JobSeeker.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (like != null) {
            query.setParameter("w", like).setParameter("exact", words.strip());
        }
        return query.setMaxResults(QUEUE_LIMIT).getResultList();
    }

    /** A seeker of this kab/kota, for an officer; another office's id is simply not found. */
    public Optional<JobSeeker> find(String id) {
        requireOfficer();
        return Optional.ofNullable(id).map(i -> em.find(JobSeeker.class, i));
    }

    @Transactional
    public JobSeeker verify(String id) {
        JobSeeker seeker = officerGet(id);
        LocalDate today = JobTime.today();
        seeker.verify(numbers.next(tenant(), today.getYear()), currentUser.getUsername(), Instant.now(), today);
        audit.record(JobInfoModule.ID, "seeker.verified", seeker.getId(), seeker.getAk1Number(), null);
        cards.issue(seeker, null);
        notifyHolder(seeker, "jobinfo.notify.verified", seeker.getAk1Number());
        return seeker;
    }

    @Transactional
    public void returnWith(String id, String note) {
        JobSeeker seeker = officerGet(id);
        seeker.returnWith(note);
        audit.record(JobInfoModule.ID, "seeker.returned", seeker.getId(), null, null);
        notifyHolder(seeker, "jobinfo.notify.returned");
    }

    /** The six-monthly report made at the counter. */
    @Transactional
    public void report(String id, String note) {
        JobSeeker seeker = officerGet(id);
        seeker.report(currentUser.getName(), note, JobTime.today());
        audit.record(JobInfoModule.ID, "seeker.reported", seeker.getId(), "counter", null);
        cards.issue(seeker, "jobinfo.card.reason.report");
    }

    /** The six-monthly report made online by the holder: still looking for work. */
    @Transactional
    public void reportOnline() {
        JobSeeker seeker = mine().orElseThrow(() -> new AccessDeniedException("no registration"));
        seeker.report(rules.onlineReportSigner(), null, JobTime.today());
        audit.record(JobInfoModule.ID, "seeker.reported", seeker.getId(), "online", null);
        cards.issue(seeker, "jobinfo.card.reason.report");
    }

    @Transactional
    public void renew(String idOrNullForMine) {
        JobSeeker seeker = idOrNullForMine == null ? mine().orElseThrow(() -> new AccessDeniedException("no registration"))
                : officerGet(idOrNullForMine);
        seeker.renew(JobTime.today());
        audit.record(JobInfoModule.ID, "seeker.renewed", seeker.getId(), seeker.getValidUntil().toString(), null);
        cards.issue(seeker, "jobinfo.card.reason.renewed");
    }

    /**
     * A placement the officer learned of outside the portal's vacancies (a walk-in report, a job fair): the
     * card is closed as for a hire reported by an employer.
     */
    @Transactional
    public void recordPlacement(String id, String employerName, String jobTitle, String occupationCode, String workKabKota,
                                LocalDate placedOn) {
        JobSeeker seeker = officerGet(id);
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (employerName == null || employerName.isBlank() || employerName.strip().length() > 200) {
            problems.put("placementEmployer", "jobinfo.error.required");
        }
        if (jobTitle == null || jobTitle.isBlank() || jobTitle.strip().length() > 150) {
            problems.put("placementTitle", "jobinfo.error.required");
        }
        if (!rules.knownOccupation(occupationCode)) {
            problems.put("placementOccupation", "jobinfo.vacancy.error.occupation");
        }
        if (!rules.knownKabKota(workKabKota)) {
            problems.put("placementKabKota", "jobinfo.error.required");
        }
        LocalDate today = JobTime.today();
        if (placedOn == null || placedOn.isAfter(today.plusDays(90)) || placedOn.isBefore(today.minusDays(365))) {
            problems.put("placedOn", "jobinfo.staff.error.placedOn");
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(problems);
        }
        if (seeker.getStatus() != SeekerStatus.ACTIVE) {
            throw new BusinessException("jobinfo.seeker.error.state");
        }
        seekerOffice.place(tenant(), id, null, employerName.strip(), jobTitle.strip(), occupationCode, workKabKota, placedOn);
    }

    private void notifyHolder(JobSeeker seeker, String key, String... args) {
        if (seeker.getAccount() != null) {
            notifier.notify(seeker.getAccount(), JobInfoModule.ID, key, "/me/jobinfo/seeker.xhtml", args);
        }
    }

    private JobSeeker officerGet(String id) {
        requireOfficer();
        return get(id);
    }

    private JobSeeker get(String id) {
        JobSeeker seeker = id == null ? null : em.find(JobSeeker.class, id);
        if (seeker == null) {
            throw new AccessDeniedException("no seeker " + id);
        }
        return seeker;
    }

    private void requireOfficer() {
        currentUser.require(JobInfoModule.SERVE);
    }

    private String tenant() {
        return tenantContext.current().orElseThrow();
    }
}
