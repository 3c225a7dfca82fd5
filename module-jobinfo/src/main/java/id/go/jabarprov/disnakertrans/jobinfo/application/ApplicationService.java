package id.go.jabarprov.disnakertrans.jobinfo.application;

import id.go.jabarprov.disnakertrans.jobinfo.JobInfoModule;
import id.go.jabarprov.disnakertrans.jobinfo.domain.ApplicationKind;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobApplication;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobSeeker;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobTime;
import id.go.jabarprov.disnakertrans.jobinfo.domain.SeekerStatus;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Vacancy;
import id.go.jabarprov.disnakertrans.jobinfo.domain.VacancyChanged;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.Ak1Numbers;
import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.enablement.ModuleService;
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
import java.util.List;
import java.util.Map;

/**
 * Applications and invitations in the vacancy's kab/kota (the request's kab/kota), and hires. The seeker
 * may live elsewhere: their card is read in their own office, and what they send is copied into the
 * application, which is all the employer sees.
 */
@ApplicationScoped
@ModuleService(JobInfoModule.ID)
public class ApplicationService {

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
    VacancyService vacancies;

    @Inject
    EmployerService employers;

    @Inject
    SeekerOffice seekerOffice;

    @Inject
    Event<VacancyChanged> changes;

    /** The seeker applies with their active card; {@code seeker} was read in their office by the caller. */
    @Transactional
    public JobApplication apply(String vacancyId, JobSeeker seeker, String seekerOfficeCode) {
        if (seeker == null || !currentUser.isSignedIn() || !currentUser.getUsername().equals(seeker.getAccount())) {
            throw new BusinessException("jobinfo.application.error.noCard");
        }
        Vacancy vacancy = openVacancy(vacancyId);
        return create(vacancy, seeker, seekerOfficeCode, ApplicationKind.APPLIED);
    }

    /** An officer invites a seeker of this kab/kota to a vacancy of this kab/kota (after matching). */
    @Transactional
    public JobApplication invite(String vacancyId, String seekerId) {
        requireOfficer();
        Vacancy vacancy = openVacancy(vacancyId);
        JobSeeker seeker = em.find(JobSeeker.class, seekerId);
        if (seeker == null) {
            throw new AccessDeniedException("no seeker " + seekerId);
        }
        JobApplication application = create(vacancy, seeker, tenant(), ApplicationKind.INVITED);
        if (seeker.getAccount() != null) {
            notifier.notify(seeker.getAccount(), JobInfoModule.ID, "jobinfo.notify.invited",
                    "/public/jobinfo/vacancy.xhtml?wilayah=" + tenant() + "&id=" + vacancy.getId(), vacancy.getTitle());
        }
        return application;
    }

    private JobApplication create(Vacancy vacancy, JobSeeker seeker, String seekerOfficeCode, ApplicationKind kind) {
        LocalDate today = JobTime.today();
        if (seeker.getStatus() != SeekerStatus.ACTIVE || seeker.isExpired(today)) {
            throw new BusinessException("jobinfo.application.error.noCard");
        }
        boolean already = !em.createQuery("select a.id from JobApplication a where a.vacancyId = :v and a.seekerId = :s",
                String.class).setParameter("v", vacancy.getId()).setParameter("s", seeker.getId()).getResultList().isEmpty();
        if (already) {
            throw new BusinessException("jobinfo.application.error.already");
        }
        JobApplication application = new JobApplication(vacancy, seeker, seekerOfficeCode, kind, currentUser.getUsername(),
                Instant.now());
        em.persist(application);
        audit.record(JobInfoModule.ID, kind == ApplicationKind.APPLIED ? "application.sent" : "application.invited",
                application.getId(), vacancy.getTitle() + " ← " + seeker.getAk1Number(), null);
        em.createQuery("select e.account from Employer e where e.id = :id", String.class).setParameter("id", vacancy.getEmployerId())
                .getResultStream().findFirst().ifPresent(account -> notifier.notify(account, JobInfoModule.ID,
                        "jobinfo.notify.applicant", "/me/jobinfo/applicants.xhtml?wilayah=" + tenant() + "&vacancy=" + vacancy.getId(),
                        vacancy.getTitle()));
        return application;
    }

    /** Applicants and invitees of a vacancy: for the employer who owns it, or an officer of the kab/kota. */
    public List<JobApplication> of(String vacancyId) {
        Vacancy vacancy = currentUser.can(JobInfoModule.SERVE)
                ? vacancies.find(vacancyId).orElseThrow(() -> new AccessDeniedException("no vacancy " + vacancyId))
                : vacancies.own(vacancyId);
        return em.createQuery("select a from JobApplication a where a.vacancyId = :v order by a.createdAt", JobApplication.class)
                .setParameter("v", vacancy.getId()).getResultList();
    }

    @Transactional
    public void reject(String applicationId) {
        JobApplication application = employersApplication(applicationId);
        application.reject(Instant.now());
        audit.record(JobInfoModule.ID, "application.rejected", applicationId, application.getAk1Number(), null);
        if (application.getSeekerAccount() != null) {
            notifier.notify(application.getSeekerAccount(), JobInfoModule.ID, "jobinfo.notify.rejected", "/me/jobinfo/seeker.xhtml");
        }
    }

    /**
     * The employer hires an applicant: one post of the vacancy is taken here, and the card is closed in the
     * seeker's office. The vacancy side is flushed first, so a conflict here stops before the card is touched.
     */
    @Transactional
    public void hire(String applicationId, LocalDate startsOn) {
        JobApplication application = employersApplication(applicationId);
        if (startsOn == null || startsOn.isAfter(JobTime.today().plusDays(90)) || startsOn.isBefore(JobTime.today().minusDays(90))) {
            throw new BusinessException(Map.of("startsOn", "jobinfo.application.error.startsOn"));
        }
        Vacancy vacancy = vacancies.own(application.getVacancyId());
        application.hire(Instant.now());
        vacancy.hired(Instant.now());
        changes.fire(new VacancyChanged(vacancy, tenant()));
        audit.record(JobInfoModule.ID, "application.hired", applicationId, application.getAk1Number(), null);
        em.flush();
        seekerOffice.place(application.getSeekerTenant(), application.getSeekerId(), vacancy.getId(), vacancy.getEmployerName(),
                vacancy.getTitle(), vacancy.getKbjiCode(), tenant(), startsOn);
    }

    /**
     * The employer reports a hire of someone who did not apply through the portal, against the number and name
     * on their AK/1 card (Permenaker 39/2016): the card's number names the office that holds it. A wrong number
     * or name is refused without saying which, so the form cannot be used to look people up.
     */
    @Transactional
    public void reportHire(String vacancyId, String ak1Number, String fullName, LocalDate startsOn) {
        Vacancy vacancy = vacancies.own(vacancyId);
        if (startsOn == null || startsOn.isAfter(JobTime.today().plusDays(90)) || startsOn.isBefore(JobTime.today().minusDays(90))) {
            throw new BusinessException(Map.of("hireStartsOn", "jobinfo.application.error.startsOn"));
        }
        String office = Ak1Numbers.officeOf(ak1Number).orElse(null);
        JobSeeker seeker = office == null ? null : seekerOffice.activeCard(office, ak1Number, fullName).orElse(null);
        if (seeker == null) {
            audit.record(JobInfoModule.ID, "hire.refused", vacancyId, "no active card matches", null);
            throw new BusinessException(Map.of("hireNumber", "jobinfo.hire.error.notFound"));
        }
        vacancy.hired(Instant.now());
        changes.fire(new VacancyChanged(vacancy, tenant()));
        audit.record(JobInfoModule.ID, "hire.reported", vacancyId, seeker.getAk1Number(), null);
        em.flush();
        seekerOffice.place(office, seeker.getId(), vacancy.getId(), vacancy.getEmployerName(), vacancy.getTitle(),
                vacancy.getKbjiCode(), tenant(), startsOn);
    }

    private JobApplication employersApplication(String applicationId) {
        JobApplication application = applicationId == null ? null : em.find(JobApplication.class, applicationId);
        if (application == null) {
            throw new AccessDeniedException("no application " + applicationId);
        }
        vacancies.own(application.getVacancyId()); // the caller's own vacancy, or refused
        return application;
    }

    private Vacancy openVacancy(String vacancyId) {
        Vacancy vacancy = vacancyId == null ? null : em.find(Vacancy.class, vacancyId);
        if (vacancy == null || !vacancy.isOpen(JobTime.today())) {
            throw new BusinessException("jobinfo.application.error.closed");
        }
        return vacancy;
    }

    private void requireOfficer() {
        currentUser.require(JobInfoModule.SERVE);
    }

    private String tenant() {
        return tenantContext.current().orElseThrow();
    }
}
