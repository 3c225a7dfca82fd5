package id.go.jabarprov.disnakertrans.portal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * Hands the portal's one data source (defined in web.xml from MicroProfile Config, {@code portal.db.*})
 * to CDI, so the core can inject it: a library jar cannot look it up with {@code @Resource} itself.
 */
@ApplicationScoped
public class PortalDatabase {

    @Produces
    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;
}
