package id.go.jabarprov.disnakertrans.platform.schedule;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fires {@link DailyTick} once a day for the whole cluster. Every server looks every hour (from
 * {@code portal.jobs.daily.hour}, Jakarta time); the first to insert the day's row in
 * {@code platform_job_run} fires the event, the others find the row and skip: the database is the lock,
 * so no cluster membership is needed.
 */
@ApplicationScoped
public class DailyJobs {

    static final String DAILY = "daily";
    private static final Logger LOG = Logger.getLogger(DailyJobs.class.getName());
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Inject
    DataSource dataSource;

    @Inject
    Event<DailyTick> ticks;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "portal.jobs.daily.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "portal.jobs.daily.hour", defaultValue = "6")
    int hour;

    private ScheduledFuture<?> task;

    /** Starts the hourly look; called once the schema exists. */
    public void start() {
        if (!enabled) {
            LOG.info("Daily jobs are off (portal.jobs.daily.enabled=false)");
            return;
        }
        task = scheduler.scheduleAtFixedRate(this::runIfDue, 1, 60, TimeUnit.MINUTES);
    }

    public void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void runIfDue() {
        try {
            var now = java.time.ZonedDateTime.now(JAKARTA);
            if (now.getHour() >= hour) {
                run(now.toLocalDate());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Daily jobs failed", e);
        }
    }

    /** Runs the day's jobs unless a server already did; answers whether this call ran them. */
    public boolean run(LocalDate day) {
        if (!claim(day)) {
            return false;
        }
        long started = System.nanoTime();
        ticks.fire(new DailyTick(day));
        LOG.info(() -> "Daily jobs of " + day + " done in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return true;
    }

    private boolean claim(LocalDate day) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into platform_job_run (job_name, run_day, started_at) values (?, ?, ?)")) {
            insert.setString(1, DAILY);
            insert.setObject(2, day);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false; // another server (or an earlier look of this one) has the day
            }
            throw new IllegalStateException("Cannot record the daily jobs of " + day, e);
        }
    }
}
