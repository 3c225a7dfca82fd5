package id.go.jabarprov.disnakertrans.platform.migration;

import id.go.jabarprov.disnakertrans.platform.PlatformModule;
import id.go.jabarprov.disnakertrans.platform.module.ModuleRegistry;
import id.go.jabarprov.disnakertrans.platform.module.PortalModule;
import id.go.jabarprov.disnakertrans.platform.reference.V3__Reference_data;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema of the core and of every installed module up to date at start-up, before JPA
 * is first used. Each module has its own history table, so modules version independently; a module
 * left out of the war simply keeps its tables untouched.
 */
@ApplicationScoped
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    ModuleRegistry registry;

    private final Map<String, String> versions = new LinkedHashMap<>();
    private volatile boolean done;

    /** Runs every module's pending migrations; called once by {@link StartupSequence}. */
    public void migrate() {
        for (PortalModule module : registry.all()) {
            var config = Flyway.configure(Thread.currentThread().getContextClassLoader())
                    .dataSource(dataSource)
                    .locations(module.migrationLocation().replace("{vendor}", vendor()).split(","))
                    .table("flyway_history_" + module.id())
                    .baselineOnMigrate(true)
                    .baselineVersion("0");
            if (PlatformModule.ID.equals(module.id())) {
                config.javaMigrations(new V3__Reference_data());
            }
            Flyway flyway = config.load();
            MigrateResult result = flyway.migrate();
            var current = flyway.info().current();
            versions.put(module.id(), current == null ? "0" : current.getVersion().getVersion());
            LOG.info(() -> "Migrated " + module.id() + ": " + result.migrationsExecuted + " new, schema version "
                    + versions.get(module.id()));
        }
        done = true;
    }

    /** The folder name of the database's own SQL: {@code h2} or {@code postgresql}. */
    private String vendor() {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read the database's product name", e);
        }
    }

    /** Whether every module's migrations have run in this start. */
    public boolean isDone() {
        return done;
    }

    /** Schema version per module id. */
    public Map<String, String> versions() {
        return Map.copyOf(versions);
    }
}
