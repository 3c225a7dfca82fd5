package id.go.jabarprov.disnakertrans.jobinfo.application;

import id.go.jabarprov.disnakertrans.jobinfo.JobInfoModule;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Employer;
import id.go.jabarprov.disnakertrans.jobinfo.domain.EmployerStatus;
import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.enablement.ModuleService;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.module.Roles;
import id.go.jabarprov.disnakertrans.platform.notification.Notifier;
import id.go.jabarprov.disnakertrans.platform.reference.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Employers' workplace profiles in the request's kab/kota, and their verification by the office. */
@ApplicationScoped
@ModuleService(JobInfoModule.ID)
public class EmployerService {

    @PersistenceContext(unitName = "jobinfo")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    @Inject
    Notifier notifier;

    @Inject
    ReferenceData reference;

    /** The caller's workplace profile in this kab/kota. */
    public Optional<Employer> mine() {
        if (!currentUser.isSignedIn()) {
            return Optional.empty();
        }
        return em.createQuery("select e from Employer e where e.account = :me", Employer.class)
                .setParameter("me", currentUser.getUsername()).getResultStream().findFirst();
    }

    @Transactional
    public Employer saveProfile(String name, String nib, String kbliCode, String address, String phone, String email) {
        if (!currentUser.isSignedIn() || !currentUser.roles().contains(Roles.EMPLOYER)) {
            throw new AccessDeniedException("employer accounts only");
        }
        Employer employer = mine().orElse(null);
        boolean created = employer == null;
        if (created) {
            employer = new Employer(currentUser.getUsername(), Instant.now());
        }
        employer.describe(name, nib, kbliCode, reference.industry(kbliCode).map(i -> i.isDivision()).orElse(false), address,
                phone, email);
        if (created) {
            em.persist(employer);
        }
        audit.record(JobInfoModule.ID, created ? "employer.registered" : "employer.updated", employer.getId(),
                employer.getStatus().name(), null);
        return employer;
    }

    /** Profiles waiting for verification first, then the verified ones. */
    public List<Employer> forOfficer() {
        requireOfficer();
        return em.createQuery("select e from Employer e order by case when e.status = :s then 0 else 1 end, e.createdAt",
                Employer.class).setParameter("s", EmployerStatus.SUBMITTED).setMaxResults(500).getResultList();
    }

    public List<Employer> verified() {
        requireOfficer();
        return em.createQuery("select e from Employer e where e.status = :s order by e.name", Employer.class)
                .setParameter("s", EmployerStatus.VERIFIED).getResultList();
    }

    @Transactional
    public void verify(String id) {
        Employer employer = get(id);
        employer.verify(currentUser.getUsername(), Instant.now());
        audit.record(JobInfoModule.ID, "employer.verified", id, employer.getNib(), null);
        notifier.notify(employer.getAccount(), JobInfoModule.ID, "jobinfo.notify.employerVerified", "/me/jobinfo/employer.xhtml");
    }

    @Transactional
    public void returnWith(String id, String note) {
        Employer employer = get(id);
        employer.returnWith(note);
        audit.record(JobInfoModule.ID, "employer.returned", id, null, null);
        notifier.notify(employer.getAccount(), JobInfoModule.ID, "jobinfo.notify.employerReturned", "/me/jobinfo/employer.xhtml");
    }

    private Employer get(String id) {
        requireOfficer();
        Employer employer = id == null ? null : em.find(Employer.class, id);
        if (employer == null) {
            throw new AccessDeniedException("no employer " + id);
        }
        return employer;
    }

    private void requireOfficer() {
        currentUser.require(JobInfoModule.SERVE);
    }
}
