package id.go.jabarprov.disnakertrans.platform.identity.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OpenID Connect provider and client, from MicroProfile Config so environment variables set
 * them. The client secret has no default: it never lives in the repository.
 */
@Named
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "portal.oidc.provider.url", defaultValue = "http://127.0.0.1:8180/realms/jabar")
    String providerUrl;

    @Inject
    @ConfigProperty(name = "portal.oidc.client.id", defaultValue = "portal")
    String clientId;

    @Inject
    @ConfigProperty(name = "portal.oidc.client.secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "portal.oidc.api.clients")
    Optional<String> extraApiClients; // comma-separated; Payara's config injection has no Optional<List<…>>

    public String getProviderUrl() {
        return providerUrl;
    }

    public String getClientId() {
        return clientId;
    }

    /** The clients whose access tokens the REST API accepts: the portal's own and any listed. */
    public Set<String> getApiClients() {
        Set<String> clients = new TreeSet<>();
        extraApiClients.ifPresent(list -> Arrays.stream(list.split(",")).map(String::trim)
                .filter(c -> !c.isEmpty()).forEach(clients::add));
        clients.add(clientId);
        return clients;
    }

    public String getClientSecret() {
        return clientSecret.orElseThrow(() -> new IllegalStateException(
                "portal.auth.mode=oidc needs portal.oidc.client.secret (PORTAL_OIDC_CLIENT_SECRET)"));
    }
}
