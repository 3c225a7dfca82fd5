package id.go.jabarprov.disnakertrans.jobinfo.api;

import id.go.jabarprov.disnakertrans.jobinfo.JobInfoModule;
import id.go.jabarprov.disnakertrans.jobinfo.application.PublicVacancies;
import id.go.jabarprov.disnakertrans.jobinfo.application.VacancyService;
import id.go.jabarprov.disnakertrans.jobinfo.domain.SexRequirement;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Vacancy;
import id.go.jabarprov.disnakertrans.jobinfo.domain.VacancyDraft;
import id.go.jabarprov.disnakertrans.jobinfo.domain.VacancySource;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.SearchResult;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.VacancyCard;
import id.go.jabarprov.disnakertrans.platform.api.ApiCaller;
import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.module.Roles;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Vacancies as open data (search and one vacancy, no token), and vacancy reporting by employers with a
 * token (Perpres 57/2023 asks that reporting be easy: a company's HR system can post here).
 */
@Path("jobinfo/vacancies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VacanciesResource {

    @Inject
    PublicVacancies vacancies;

    @Inject
    VacancyService vacancyService;

    @Inject
    ApiCaller caller;

    @Inject
    TenantContext tenantContext;

    @Inject
    Tenants tenants;

    @Inject
    EnablementService enablement;

    @GET
    @Operation(summary = "Search open vacancies of a kab/kota, or of the province with wilayah=32 (open data, no token)")
    public Page search(@QueryParam("wilayah") @DefaultValue("32") String wilayah, @QueryParam("q") String q,
                       @QueryParam("kk") String kabKota, @QueryParam("major") String major, @QueryParam("edu") String education,
                       @QueryParam("wage") Long wage, @QueryParam("since") Integer since, @QueryParam("sort") String sort,
                       @QueryParam("page") @DefaultValue("1") int page) {
        if (!tenants.exists(wilayah)) {
            throw new NotFoundException();
        }
        SearchResult result = vacancies.find(wilayah, kabKota, q, major, education, wage, since, "date".equals(sort), page);
        return new Page(result.page(), result.more(), result.vacancies());
    }

    @GET
    @Path("{kabkota}/{id}")
    @Operation(summary = "One open vacancy (404 when it is not open)")
    public VacancyDto one(@PathParam("kabkota") String kabKota, @PathParam("id") String id) {
        if (!tenants.exists(kabKota) || !enablement.isEnabled(kabKota, JobInfoModule.ID)) {
            throw new NotFoundException();
        }
        tenantContext.set(kabKota);
        return vacancies.open(id).map(v -> VacancyDto.of(v, kabKota)).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{kabkota}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "An employer reports a vacancy of its verified workplace in the kab/kota (token of an employer account; 422 with the reasons when refused)")
    public Response report(@PathParam("kabkota") String kabKota, VacancyInput input) {
        var user = caller.requireSignedIn();
        if (!user.roles().contains(Roles.EMPLOYER) || !tenants.exists(kabKota) || !enablement.isEnabled(kabKota, JobInfoModule.ID)) {
            throw new NotFoundException();
        }
        tenantContext.set(kabKota);
        VacancyDraft draft = new VacancyDraft(input.title(), input.occupationCode(), input.needed(), input.validFrom(),
                input.validUntil(), input.ageMin(), input.ageMax(), input.sex() == null ? SexRequirement.ANY : input.sex(),
                input.educationCode(), input.skills() == null ? List.of() : input.skills(), input.experienceYears(),
                input.wageMin(), input.wageMax(), kabKota, input.workAddress(), input.description());
        Vacancy vacancy = vacancyService.report(draft, VacancySource.API);
        return Response.created(URI.create("jobinfo/vacancies/" + kabKota + "/" + vacancy.getId()))
                .entity(new Reported(vacancy.getId(), vacancy.getStatus().name())).build();
    }

    /** A page of open vacancies; {@code more} says whether the next page has any. */
    public record Page(int page, boolean more, List<VacancyCard> vacancies) {
    }

    public record Reported(String id, String status) {
    }

    public record VacancyInput(String title, String occupationCode, Integer needed, LocalDate validFrom, LocalDate validUntil,
                               Integer ageMin, Integer ageMax, SexRequirement sex, String educationCode, List<String> skills,
                               Integer experienceYears, Long wageMin, Long wageMax, String workAddress, String description) {
    }

    public record VacancyDto(String id, String kabKota, String title, String employerName, String occupationCode, int needed,
                             int filled, LocalDate validFrom, LocalDate validUntil, Integer ageMin, Integer ageMax, String sex,
                             String educationCode, List<String> skills, Integer experienceYears, Long wageMin, Long wageMax,
                             String workAddress, String description, Instant publishedAt) {

        static VacancyDto of(Vacancy v, String kabKota) {
            return new VacancyDto(v.getId(), kabKota, v.getTitle(), v.getEmployerName(), v.getKbjiCode(), v.getNeeded(),
                    v.getFilled(), v.getValidFrom(), v.getValidUntil(), v.getAgeMin(), v.getAgeMax(), v.getSex().name(),
                    v.getEducationCode(), v.getSkills(), v.getExperienceYears(), v.getWageMin(), v.getWageMax(),
                    v.getWorkAddress(), v.getDescription(), v.getPublishedAt());
        }
    }
}
