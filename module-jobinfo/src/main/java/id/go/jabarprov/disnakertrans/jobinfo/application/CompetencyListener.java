package id.go.jabarprov.disnakertrans.jobinfo.application;

import id.go.jabarprov.disnakertrans.jobinfo.JobInfoModule;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobSeeker;
import id.go.jabarprov.disnakertrans.jobinfo.domain.SeekerStatus;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.SeekerDirectory;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.events.CompetencyCertified;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A competency certified anywhere (a training centre, through the core's event) joins the skills of the
 * person's job-seeker record, so matching sees it without the seeker typing it again. A certificate is
 * worth a new card only at the next change the seeker makes: the card is not re-issued behind their back.
 */
@ApplicationScoped
public class CompetencyListener {

    @PersistenceContext(unitName = "jobinfo")
    EntityManager em;

    @Inject
    SeekerDirectory directory;

    @Inject
    TenantContext tenantContext;

    @Inject
    EnablementService enablement;

    @Inject
    AuditService audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void certified(@Observes CompetencyCertified event) {
        String office = directory.officeOfAccount(event.username()).orElse(null);
        if (office == null || !enablement.isEnabled(office, JobInfoModule.ID)) {
            return;
        }
        String before = tenantContext.current().orElse(null);
        tenantContext.set(office);
        try {
            JobSeeker seeker = em.createQuery("select s from JobSeeker s where s.account = :a", JobSeeker.class)
                    .setParameter("a", event.username()).getResultStream()
                    .filter(s -> s.getStatus() != SeekerStatus.PLACED).findFirst().orElse(null);
            if (seeker != null && seeker.addSkill(event.competency())) {
                audit.recordFor(office, JobInfoModule.ID, "seeker.skill.certified", seeker.getId(), event.competency(),
                        event.certificateNumber());
            }
        } finally {
            tenantContext.set(before);
        }
    }
}
