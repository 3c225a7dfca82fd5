package id.go.jabarprov.disnakertrans.jobinfo.application;

import id.go.jabarprov.disnakertrans.jobinfo.JobInfoModule;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Employer;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Vacancy;
import id.go.jabarprov.disnakertrans.jobinfo.domain.VacancyChanged;
import id.go.jabarprov.disnakertrans.jobinfo.domain.VacancyDraft;
import id.go.jabarprov.disnakertrans.jobinfo.domain.VacancySource;
import id.go.jabarprov.disnakertrans.jobinfo.domain.VacancyStatus;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.VacancySheet;
import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Vacancies of the request's kab/kota: reported by employers (form, spreadsheet, API) or entered by an
 * officer, reviewed before they are published (a per-kab/kota setting), reported filled or closed.
 */
@ApplicationScoped
@ModuleService(JobInfoModule.ID)
public class VacancyService {

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
    EmployerService employers;

    @Inject
    EnablementService enablement;

    @Inject
    JobRules rules;

    @Inject
    Event<VacancyChanged> changes;

    /** An employer reports a vacancy of its verified workplace in this kab/kota. */
    @Transactional
    public Vacancy report(VacancyDraft draft, VacancySource source) {
        Employer employer = verifiedEmployer();
        draft.check(rules);
        requireHere(draft);
        Vacancy vacancy = new Vacancy(employer, draft, source, currentUser.getUsername(), Instant.now());
        em.persist(vacancy);
        audit.record(JobInfoModule.ID, "vacancy.reported", vacancy.getId(), source.name() + ": " + vacancy.getTitle(), null);
        publishUnlessReviewed(vacancy);
        return vacancy;
    }

    /**
     * Imports a whole spreadsheet, or nothing: the rows are saved only when every row is right. Returns the
     * problems found (empty when all rows were saved), each with its row number as the employer sees it.
     */
    @Transactional
    public List<VacancySheet.RowProblem> importSheet(VacancySheet.Result sheet) {
        Employer employer = verifiedEmployer();
        List<VacancySheet.RowProblem> problems = new ArrayList<>(sheet.problems());
        for (VacancySheet.Row row : sheet.rows()) {
            if (!tenant().equals(row.draft().workKabKota())) {
                problems.add(new VacancySheet.RowProblem(row.rowNumber(), "kabkota", "jobinfo.sheet.error.otherKabKota",
                        List.of(tenant())));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(VacancySheet.RowProblem::rowNumber));
            return problems;
        }
        if (sheet.rows().isEmpty()) {
            return List.of(new VacancySheet.RowProblem(0, null, "jobinfo.sheet.error.empty", List.of()));
        }
        for (VacancySheet.Row row : sheet.rows()) {
            Vacancy vacancy = new Vacancy(employer, row.draft(), VacancySource.SHEET, currentUser.getUsername(), Instant.now());
            em.persist(vacancy);
            publishUnlessReviewed(vacancy);
        }
        audit.record(JobInfoModule.ID, "vacancy.imported", employer.getId(), sheet.rows().size() + " rows", null);
        return List.of();
    }

    /** An officer enters a vacancy for a verified employer of the kab/kota (at a job fair): published at once. */
    @Transactional
    public Vacancy enterFor(String employerId, VacancyDraft draft) {
        requireOfficer();
        Employer employer = employers.verified().stream().filter(e -> e.getId().equals(employerId)).findFirst().orElse(null);
        Map<String, String> problems = new java.util.LinkedHashMap<>(draft.problems(rules));
        if (employer == null) {
            problems.put("employer", "jobinfo.vacancy.error.employer"); // every problem of the form at once
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(problems);
        }
        requireHere(draft);
        Vacancy vacancy = new Vacancy(employer, draft, VacancySource.OFFICER, currentUser.getUsername(), Instant.now());
        em.persist(vacancy);
        vacancy.publish(Instant.now());
        audit.record(JobInfoModule.ID, "vacancy.entered", vacancy.getId(), vacancy.getTitle(), null);
        changes.fire(new VacancyChanged(vacancy, tenant()));
        return vacancy;
    }

    @Transactional
    public Vacancy correct(String id, VacancyDraft draft) {
        Vacancy vacancy = own(id);
        draft.check(rules);
        requireHere(draft);
        vacancy.correct(draft);
        audit.record(JobInfoModule.ID, "vacancy.corrected", id, vacancy.getTitle(), null);
        changes.fire(new VacancyChanged(vacancy, tenant()));
        publishUnlessReviewed(vacancy);
        return vacancy;
    }

    /** The employer reports the vacancy filled, or withdraws it. */
    @Transactional
    public void close(String id, boolean filled) {
        Vacancy vacancy = own(id);
        vacancy.close(filled, Instant.now());
        audit.record(JobInfoModule.ID, filled ? "vacancy.filled" : "vacancy.closed", id, vacancy.getTitle(), null);
        changes.fire(new VacancyChanged(vacancy, tenant()));
    }

    /** The caller's vacancies in this kab/kota, newest first. */
    public List<Vacancy> mine() {
        Optional<Employer> employer = employers.mine();
        if (employer.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select v from Vacancy v where v.employerId = :e order by v.createdAt desc", Vacancy.class)
                .setParameter("e", employer.get().getId()).setMaxResults(500).getResultList();
    }

    /** A vacancy of the caller's own workplace; anything else is not found. */
    public Vacancy own(String id) {
        Employer employer = employers.mine().orElseThrow(() -> new AccessDeniedException("no employer profile"));
        Vacancy vacancy = id == null ? null : em.find(Vacancy.class, id);
        if (vacancy == null || !vacancy.getEmployerId().equals(employer.getId())) {
            throw new AccessDeniedException("not the caller's vacancy " + id);
        }
        return vacancy;
    }

    /** Vacancies waiting for review, oldest first, then the latest of the others. */
    public List<Vacancy> forOfficer() {
        requireOfficer();
        List<Vacancy> list = new ArrayList<>(em.createQuery(
                "select v from Vacancy v where v.status = :s order by v.createdAt", Vacancy.class)
                .setParameter("s", VacancyStatus.SUBMITTED).setMaxResults(200).getResultList());
        list.addAll(em.createQuery("select v from Vacancy v where v.status <> :s order by v.createdAt desc", Vacancy.class)
                .setParameter("s", VacancyStatus.SUBMITTED).setMaxResults(100).getResultList());
        return list;
    }

    /** A vacancy of this kab/kota for an officer; another office's id is not found. */
    public Optional<Vacancy> find(String id) {
        requireOfficer();
        return Optional.ofNullable(id).map(i -> em.find(Vacancy.class, i));
    }

    @Transactional
    public void publish(String id) {
        Vacancy vacancy = find(id).orElseThrow(() -> new AccessDeniedException("no vacancy " + id));
        vacancy.publish(Instant.now());
        audit.record(JobInfoModule.ID, "vacancy.published", id, vacancy.getTitle(), null);
        changes.fire(new VacancyChanged(vacancy, tenant()));
        notifyEmployer(vacancy, "jobinfo.notify.vacancyPublished");
    }

    @Transactional
    public void returnWith(String id, String note) {
        Vacancy vacancy = find(id).orElseThrow(() -> new AccessDeniedException("no vacancy " + id));
        vacancy.returnWith(note);
        audit.record(JobInfoModule.ID, "vacancy.returned", id, vacancy.getTitle(), null);
        changes.fire(new VacancyChanged(vacancy, tenant()));
        notifyEmployer(vacancy, "jobinfo.notify.vacancyReturned");
    }

    private void notifyEmployer(Vacancy vacancy, String key) {
        em.createQuery("select e.account from Employer e where e.id = :id", String.class).setParameter("id", vacancy.getEmployerId())
                .getResultStream().findFirst()
                .ifPresent(account -> notifier.notify(account, JobInfoModule.ID, key, "/me/jobinfo/employer.xhtml?wilayah="
                        + tenant(), vacancy.getTitle()));
    }

    private void publishUnlessReviewed(Vacancy vacancy) {
        if (!Boolean.parseBoolean(enablement.setting(tenant(), JobInfoModule.ID, "reviewVacancies"))) {
            vacancy.publish(Instant.now());
            audit.record(JobInfoModule.ID, "vacancy.published", vacancy.getId(), "no review in this kab/kota", null);
            changes.fire(new VacancyChanged(vacancy, tenant()));
        }
    }

    private Employer verifiedEmployer() {
        Employer employer = employers.mine().orElseThrow(() -> new BusinessException("jobinfo.vacancy.error.noProfile"));
        if (!employer.isVerified()) {
            throw new BusinessException("jobinfo.vacancy.error.employerNotVerified");
        }
        return employer;
    }

    private void requireHere(VacancyDraft draft) {
        if (!tenant().equals(draft.workKabKota())) {
            throw new BusinessException(Map.of("workKabKota", "jobinfo.vacancy.error.otherKabKota"));
        }
    }

    private void requireOfficer() {
        currentUser.require(JobInfoModule.SERVE);
    }

    private String tenant() {
        return tenantContext.current().orElseThrow();
    }
}
