package id.go.jabarprov.disnakertrans.platform.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and every module's migrations have run. */
@Readiness
@ApplicationScoped
public class MigrationHealthCheck implements HealthCheck {

    @Inject
    DataSource dataSource;

    @Inject
    DatabaseMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            response.withData("database", connection.getMetaData().getDatabaseProductName())
                    .withData("connection", valid ? "valid" : "invalid");
            migrator.versions().forEach((module, version) -> response.withData("schema." + module, version));
            return response.status(valid && migrator.isDone()).build();
        } catch (Exception e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
