package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the vacancy search index has been built: before that, a search would wait for it. */
@Readiness
@ApplicationScoped
public class VacancyIndexHealthCheck implements HealthCheck {

    @Inject
    VacancySearch search;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("jobinfo-search");
        if (!search.isBuilt()) {
            return response.down().build();
        }
        return response.up().withData("vacancies", search.size()).build();
    }
}
