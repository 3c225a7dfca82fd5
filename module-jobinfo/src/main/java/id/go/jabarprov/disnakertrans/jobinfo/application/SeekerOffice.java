package id.go.jabarprov.disnakertrans.jobinfo.application;

import id.go.jabarprov.disnakertrans.jobinfo.JobInfoModule;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobSeeker;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Placement;
import id.go.jabarprov.disnakertrans.jobinfo.domain.SeekerStatus;
import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.events.JobSeekerPlaced;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.notification.Notifier;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * Work done in the office that holds a seeker's card on behalf of another kab/kota: a hire reported where
 * the vacancy is closes the card where the card is, in the same transaction. A unit of work is scoped to one
 * kab/kota for its life, so this opens a second one for the card's office and joins it to the caller's
 * transaction: both sides commit or neither does.
 */
@ApplicationScoped
public class SeekerOffice {

    @PersistenceUnit(unitName = "jobinfo")
    EntityManagerFactory units;

    @Inject
    TenantContext tenantContext;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    @Inject
    Notifier notifier;

    @Inject
    CardIssuer cards;

    @Inject
    Event<JobSeekerPlaced> placed;

    /** Runs the work with a unit of work of the office, inside the caller's transaction. */
    private <T> T inOffice(String office, Function<EntityManager, T> work) {
        String before = tenantContext.current().orElse(null);
        tenantContext.set(office);
        EntityManager em = units.createEntityManager();
        try {
            em.joinTransaction();
            T result = work.apply(em);
            em.flush();
            return result;
        } finally {
            em.close(); // an application-managed unit joined to the transaction completes with it
            tenantContext.set(before);
        }
    }

    /** The active card with this number in its office, if the holder's name is the one given (as printed on the card). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<JobSeeker> activeCard(String office, String ak1Number, String fullName) {
        String name = fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
        return inOffice(office, em -> em.createQuery("select s from JobSeeker s where s.ak1Number = :n", JobSeeker.class)
                .setParameter("n", ak1Number.strip()).getResultStream()
                .filter(s -> s.getStatus() == SeekerStatus.ACTIVE)
                .filter(s -> s.getFullName().equalsIgnoreCase(name)).findFirst());
    }

    /**
     * Places the seeker and closes the card in their office. The caller has checked its side (an application
     * hired in its kab/kota, or an officer of this office).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void place(String office, String seekerId, String vacancyId, String employerName, String jobTitle,
                      String kbjiCode, String workKabKota, LocalDate placedOn) {
        JobSeekerPlaced event = inOffice(office, em -> {
            JobSeeker seeker = em.find(JobSeeker.class, seekerId);
            if (seeker == null) {
                throw new AccessDeniedException("no seeker " + seekerId + " in " + office);
            }
            seeker.place(placedOn);
            em.persist(new Placement(seeker, vacancyId, employerName, jobTitle, kbjiCode, workKabKota, placedOn,
                    currentUser.getUsername(), Instant.now()));
            audit.recordFor(office, JobInfoModule.ID, "seeker.placed", seeker.getId(), seeker.getAk1Number() + " → "
                    + workKabKota, null);
            cards.revoke(seeker, "jobinfo.card.reason.placed");
            if (seeker.getAccount() != null) {
                notifier.notify(seeker.getAccount(), JobInfoModule.ID, "jobinfo.notify.placed", "/me/jobinfo/seeker.xhtml",
                        employerName);
            }
            return new JobSeekerPlaced(office, seeker.getAk1Number(), seeker.getAccount(), kbjiCode, placedOn);
        });
        placed.fire(event);
    }

    /** Adds a certified competency to the skills of the account's card in its office; answers whether it was new. */
    @Transactional
    public boolean addSkill(String office, String account, String competency, String certificateNumber) {
        return inOffice(office, em -> {
            JobSeeker seeker = em.createQuery("select s from JobSeeker s where s.account = :a", JobSeeker.class)
                    .setParameter("a", account).getResultStream()
                    .filter(s -> s.getStatus() != SeekerStatus.PLACED).findFirst().orElse(null);
            if (seeker == null || !seeker.addSkill(competency)) {
                return false;
            }
            audit.recordFor(office, JobInfoModule.ID, "seeker.skill.certified", seeker.getId(), competency, certificateNumber);
            return true;
        });
    }
}
