package id.go.jabarprov.disnakertrans.platform.migration;

import id.go.jabarprov.disnakertrans.platform.identity.AdminBootstrap;
import id.go.jabarprov.disnakertrans.platform.events.PortalStarted;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Instant;

/**
 * What the portal does once when it starts, before it serves any request: bring every schema up to
 * date, then make sure there is a first administrator, then start the daily jobs, then tell the modules ({@link PortalStarted}). A servlet context listener rather than a CDI
 * start-up observer, because Payara binds the war's data source only after CDI has started.
 */
@WebListener
public class StartupSequence implements ServletContextListener {

    @Inject
    DatabaseMigrator migrator;

    @Inject
    AdminBootstrap adminBootstrap;

    @Inject
    id.go.jabarprov.disnakertrans.platform.schedule.DailyJobs dailyJobs;

    @Inject
    Event<PortalStarted> started;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        migrator.migrate();
        adminBootstrap.createFirstAdministrator();
        dailyJobs.start();
        started.fire(new PortalStarted(Instant.now()));
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        dailyJobs.stop();
    }
}
