package id.go.jabarprov.disnakertrans.platform.api;

import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller as the portal sees them: what a client shows after signing in, and what it may ask. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    ApiCaller caller;

    @GET
    @Operation(summary = "The signed-in caller: roles, permissions and kab/kota (401 without a token or session)")
    public Me me() {
        CurrentUser user = caller.requireSignedIn();
        return new Me(user.getUsername(), user.getName(), new TreeSet<>(user.roles()), new TreeSet<>(user.permissions()),
                new TreeSet<>(user.memberships()));
    }

    /** The caller; personal data beyond the name stays out. */
    public record Me(String username, String name, Set<String> roles, Set<String> permissions, Set<String> kabKota) {
    }
}
