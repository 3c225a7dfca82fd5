package id.go.jabarprov.disnakertrans.jobinfo.application;

import id.go.jabarprov.disnakertrans.jobinfo.JobInfoModule;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobSeeker;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Placement;
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
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Work done in the office that holds a seeker's card on behalf of another kab/kota: the hire an employer
 * reports where the vacancy is closes the card where the card is. It runs in a transaction of its own with
 * that office as the kab/kota, because a unit of work is scoped to one kab/kota for its whole life.
 */
@ApplicationScoped
public class SeekerOffice {

    @PersistenceContext(unitName = "jobinfo")
    EntityManager em;

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

    /** Reads the seeker in their office, outside any transaction of the caller's kab/kota. */
    public <T> T in(String office, Supplier<T> work) {
        String before = tenantContext.current().orElse(null);
        tenantContext.set(office);
        try {
            return work.get();
        } finally {
            tenantContext.set(before);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<JobSeeker> seeker(String office, String seekerId) {
        return in(office, () -> Optional.ofNullable(em.find(JobSeeker.class, seekerId)));
    }

    /** The active card with this number in its office, if the holder's name is the one given (as printed on the card). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<JobSeeker> activeCard(String office, String ak1Number, String fullName) {
        String name = fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
        return in(office, () -> em.createQuery("select s from JobSeeker s where s.ak1Number = :n", JobSeeker.class)
                .setParameter("n", ak1Number.strip()).getResultStream()
                .filter(s -> s.getStatus() == id.go.jabarprov.disnakertrans.jobinfo.domain.SeekerStatus.ACTIVE)
                .filter(s -> s.getFullName().equalsIgnoreCase(name)).findFirst());
    }

    /**
     * Places the seeker and closes the card in their office. The caller has checked its side (an application
     * hired in its kab/kota, or an officer of this office).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void place(String office, String seekerId, String vacancyId, String employerName, String jobTitle,
                      String kbjiCode, String workKabKota, LocalDate placedOn) {
        in(office, () -> {
            JobSeeker seeker = em.find(JobSeeker.class, seekerId);
            if (seeker == null) {
                throw new AccessDeniedException("no seeker " + seekerId + " in " + office);
            }
            seeker.place(placedOn);
            Placement placement = new Placement(seeker, vacancyId, employerName, jobTitle, kbjiCode, workKabKota, placedOn,
                    currentUser.getUsername(), Instant.now());
            em.persist(placement);
            audit.recordFor(office, JobInfoModule.ID, "seeker.placed", seeker.getId(), seeker.getAk1Number() + " → "
                    + workKabKota, null);
            cards.revoke(seeker, "jobinfo.card.reason.placed");
            if (seeker.getAccount() != null) {
                notifier.notify(seeker.getAccount(), JobInfoModule.ID, "jobinfo.notify.placed", "/me/jobinfo/seeker.xhtml",
                        employerName);
            }
            placed.fire(new JobSeekerPlaced(office, seeker.getAk1Number(), seeker.getAccount(), kbjiCode, placedOn));
            return null;
        });
    }
}
