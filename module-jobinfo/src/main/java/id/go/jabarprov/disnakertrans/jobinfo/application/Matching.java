package id.go.jabarprov.disnakertrans.jobinfo.application;

import id.go.jabarprov.disnakertrans.jobinfo.JobInfoModule;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Candidate;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobSeeker;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobTime;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Match;
import id.go.jabarprov.disnakertrans.jobinfo.domain.MatchCriteria;
import id.go.jabarprov.disnakertrans.jobinfo.domain.MatchScorer;
import id.go.jabarprov.disnakertrans.jobinfo.domain.MatchShortlist;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Vacancy;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.OpenVacancies;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.SeekerCandidates;
import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.enablement.ModuleService;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ranks seekers for a vacancy (for the officers of its kab/kota) and open vacancies for a seeker. The
 * database narrows the field to the same KBJI sub-major group, which is where any occupation points begin
 * (for seekers: any of their choices, read by {@link MatchShortlist} closest first; see {@link SeekerCandidates});
 * {@link MatchScorer} ranks and explains the rest.
 */
@ApplicationScoped
@ModuleService(JobInfoModule.ID)
public class Matching {

    /** The most vacancies scored in memory for a seeker (see OpenVacancies). */
    static final int CANDIDATE_LIMIT = 2000;
    public static final int RESULT_LIMIT = 50;

    @PersistenceContext(unitName = "jobinfo")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    @Inject
    EnablementService enablement;

    @Inject
    OpenVacancies openVacancies;

    @Inject
    SeekerCandidates candidatesOf;

    /** The seekers of this kab/kota with an active card, best first, each with its explanation. */
    public Ranking<JobSeeker> seekersFor(String vacancyId) {
        currentUser.require(JobInfoModule.SERVE);
        Vacancy vacancy = vacancyId == null ? null : em.find(Vacancy.class, vacancyId);
        if (vacancy == null) {
            throw new AccessDeniedException("no vacancy " + vacancyId);
        }
        LocalDate today = JobTime.today();
        String here = tenantContext.current().orElseThrow();
        MatchShortlist.Result shortlist = MatchShortlist.rank(criteria(vacancy, here, today),
                candidatesOf.forVacancy(here, vacancy.getKbjiCode(), today), RESULT_LIMIT);
        List<Match> ranked = shortlist.matches();
        List<String> ids = ranked.stream().map(Match::id).toList();
        Map<String, JobSeeker> byId = ids.isEmpty() ? Map.of() : em.createQuery("select s from JobSeeker s where s.id in :ids",
                JobSeeker.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(JobSeeker::getId, Function.identity()));
        return new Ranking<>(ranked, byId, shortlist.compared());
    }

    /** Open vacancies of every kab/kota running the module that fit the seeker, best first. */
    public List<Match> vacanciesFor(JobSeeker seeker, String seekerOffice) {
        LocalDate today = JobTime.today();
        Set<String> groups = new HashSet<>();
        seeker.getOccupations().forEach(code -> groups.add(code.substring(0, 2)));
        Set<String> offices = enablement.tenantsRunning(JobInfoModule.ID).stream().map(Wilayah::getCode)
                .collect(Collectors.toSet());
        Map<String, MatchCriteria> vacancies = new LinkedHashMap<>(openVacancies.inGroups(groups, offices, today, CANDIDATE_LIMIT));
        return MatchScorer.rankVacancies(candidate(seeker, seekerOffice), vacancies.entrySet(), RESULT_LIMIT);
    }

    static MatchCriteria criteria(Vacancy v, String kabKota, LocalDate today) {
        return new MatchCriteria(v.getKbjiCode(), v.getEducationCode(), kabKota, v.getSkills(), v.getAgeMin(), v.getAgeMax(),
                v.getSex().name(), today);
    }

    static Candidate candidate(JobSeeker s, String office) {
        return new Candidate(s.getId(), s.getOccupations(), s.getEducationCode(), office, List.copyOf(s.getLocations()),
                s.getSkills(), s.getBirthDate(), s.getSex().name());
    }

    /** Ranked matches with the records they name, and how many candidates were scored (at least without their skills). */
    public record Ranking<T>(List<Match> matches, Map<String, T> records, int scored) {

        public T record(Match match) {
            return records.get(match.id());
        }
    }
}
