package id.go.jabarprov.disnakertrans.platform.migration;

import id.go.jabarprov.disnakertrans.platform.identity.AdminBootstrap;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * What the portal does once when it starts, before it serves any request: bring every schema up to
 * date, then make sure there is a first administrator, then start the daily jobs. A servlet context listener rather than a CDI
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

    @Override
    public void contextInitialized(ServletContextEvent event) {
        migrator.migrate();
        adminBootstrap.createFirstAdministrator();
        dailyJobs.start();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        dailyJobs.stop();
    }
}
