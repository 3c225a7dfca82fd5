package id.go.jabarprov.disnakertrans.platform.api;

import id.go.jabarprov.disnakertrans.platform.PlatformModule;
import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.module.ModuleRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A kab/kota's own configuration, for its officers: which modules it runs, with their settings. */
@Path("kabkota/{code}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KabKotaResource {

    @Inject
    ApiCaller caller;

    @Inject
    ModuleRegistry registry;

    @Inject
    EnablementService enablement;

    @GET
    @Path("modules")
    @Operation(summary = "The modules of a kab/kota with their settings (officers of that kab/kota; 404 for another)")
    public List<ModuleState> modules(@PathParam("code") String code) {
        caller.actOn(code, PlatformModule.ADMIN_MODULES);
        return registry.modules().stream()
                .map(m -> new ModuleState(m.id(), m.version(), enablement.isEnabled(code, m.id()), enablement.settings(code, m.id())))
                .toList();
    }

    /** One module as a kab/kota runs it. */
    public record ModuleState(String id, String version, boolean enabled, Map<String, String> settings) {
    }
}
