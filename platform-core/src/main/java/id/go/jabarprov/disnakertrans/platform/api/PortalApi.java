package id.go.jabarprov.disnakertrans.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The portal's REST API, version 1; modules add resources under {@code /api/v1/<module>/…}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Portal Disnakertrans Jabar API", version = "1",
        description = "Open data and services of the West Java manpower office and its kab/kota offices"))
public class PortalApi extends Application {
}
