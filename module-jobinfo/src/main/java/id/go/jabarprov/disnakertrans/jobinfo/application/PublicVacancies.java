package id.go.jabarprov.disnakertrans.jobinfo.application;

import id.go.jabarprov.disnakertrans.jobinfo.JobInfoModule;
import id.go.jabarprov.disnakertrans.jobinfo.domain.EducationRank;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobTime;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Vacancy;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.SearchQuery;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.SearchResult;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.VacancySearch;
import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Open vacancies for everyone (pages and the open-data API): a kab/kota's own, or the province's view over
 * every kab/kota running the module. Nothing here needs a session or a user.
 */
@ApplicationScoped
public class PublicVacancies {

    @PersistenceContext(unitName = "jobinfo")
    EntityManager em;

    @Inject
    VacancySearch search;

    @Inject
    EnablementService enablement;

    @Inject
    TenantContext tenantContext;

    /** The kab/kota a search covers: one kab/kota, or (for the province) every one running the module, or one chosen of them. */
    private Set<String> scope(String wilayah, String chosenKabKota) {
        Set<String> running = enablement.tenantsRunning(JobInfoModule.ID).stream().map(Wilayah::getCode)
                .filter(code -> !Wilayah.PROVINCE_CODE.equals(code)).collect(Collectors.toSet());
        if (wilayah == null || !enablement.isEnabled(wilayah, JobInfoModule.ID)) {
            return Set.of();
        }
        if (!Wilayah.PROVINCE_CODE.equals(wilayah)) {
            return running.contains(wilayah) ? Set.of(wilayah) : Set.of();
        }
        if (chosenKabKota != null && !chosenKabKota.isBlank()) {
            return running.contains(chosenKabKota) ? Set.of(chosenKabKota) : Set.of();
        }
        return running;
    }

    /** The public search (page and API): a kab/kota's vacancies, or the province's ({@code 32}) with an optional kab/kota. */
    public SearchResult find(String wilayah, String chosenKabKota, String words, String majorGroup, String education,
                             Long wageAtLeast, Integer postedDays, boolean byDate, int page) {
        return search(scope(wilayah, chosenKabKota), words, majorGroup, education, wageAtLeast, postedDays, byDate, page);
    }

    private SearchResult search(Set<String> scope, String words, String majorGroup, String education, Long wageAtLeast,
                               Integer postedDays, boolean byDate, int page) {
        String major = majorGroup != null && majorGroup.matches("\\d") ? majorGroup : null;
        Integer rank = education != null && EducationRank.known(education) ? EducationRank.rank(education) : null;
        Integer days = postedDays != null && postedDays > 0 && postedDays <= 365 ? postedDays : null;
        Long wage = wageAtLeast != null && wageAtLeast > 0 ? wageAtLeast : null;
        int p = Math.max(1, Math.min(page, SearchQuery.MAX_PAGE));
        return search.search(new SearchQuery(words, scope, major, rank == null ? null : education, rank, wage, days, byDate, p),
                JobTime.today());
    }

    /** A vacancy of the request's kab/kota, if it is open now; a closed or expired one is never shown as open. */
    public Optional<Vacancy> open(String id) {
        if (id == null || tenantContext.current().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Vacancy.class, id)).filter(v -> v.isOpen(JobTime.today()));
    }

    /** Whether the id names a vacancy of this kab/kota that is no longer open (for a clear message instead of a 404). */
    public boolean closed(String id) {
        if (id == null || tenantContext.current().isEmpty()) {
            return false;
        }
        Vacancy v = em.find(Vacancy.class, id);
        return v != null && !v.isOpen(JobTime.today()) && v.getPublishedAt() != null;
    }
}
