package id.go.jabarprov.disnakertrans.platform.identity.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks an access token sent to the REST API by asking the provider (OAuth 2.0 token introspection,
 * RFC 7662, endpoint from the provider's discovery document). Asking rather than checking the JWT
 * signature locally means a token of a session ended in Keycloak stops working at once, and the
 * portal carries no JOSE code of its own. Answers are kept for a short while so a busy client does
 * not cost one call to Keycloak per request.
 */
@ApplicationScoped
public class AccessTokens {

    private static final Logger LOG = Logger.getLogger(AccessTokens.class.getName());
    private static final Duration REMEMBER = Duration.ofSeconds(30);
    private static final int MAX_REMEMBERED = 10_000;

    @Inject
    OidcSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private volatile URI introspectionEndpoint;

    /** The holder of an active token of this realm, issued to an accepted client; empty for any other token. */
    public Optional<TokenHolder> holderOf(String token) throws ProviderUnavailableException {
        String key = digest(token);
        Instant now = Instant.now();
        Remembered known = remembered.get(key);
        if (known != null && known.until.isAfter(now)) {
            return known.holder;
        }
        JsonObject answer = introspect(token);
        Optional<TokenHolder> holder = answer.getBoolean("active", false) && acceptedClient(answer)
                ? Optional.of(holderFrom(answer)) : Optional.empty();
        Instant until = now.plus(REMEMBER);
        if (holder.isPresent() && answer.containsKey("exp")) {
            Instant expires = Instant.ofEpochSecond(answer.getJsonNumber("exp").longValue());
            until = expires.isBefore(until) ? expires : until;
        }
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.entrySet().removeIf(e -> !e.getValue().until.isAfter(now));
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
        }
        remembered.put(key, new Remembered(holder, until));
        return holder;
    }

    /** Only tokens the portal's own client (or one listed in portal.oidc.api.clients) obtained. */
    private boolean acceptedClient(JsonObject answer) {
        String client = answer.getString("azp", answer.getString("client_id", ""));
        return settings.getApiClients().contains(client);
    }

    private static TokenHolder holderFrom(JsonObject answer) {
        String username = answer.getString("preferred_username", answer.getString("username", answer.getString("sub", "")));
        return new TokenHolder(username.toLowerCase(), strings(answer, "groups"), strings(answer, "kabkota"),
                answer.getString("name", username), answer.getString("email", null));
    }

    private static List<String> strings(JsonObject answer, String claim) {
        JsonValue value = answer.get(claim);
        if (value instanceof JsonArray array) {
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
        return value instanceof JsonString single ? List.of(single.getString()) : List.of();
    }

    private JsonObject introspect(String token) throws ProviderUnavailableException {
        String credentials = Base64.getEncoder().encodeToString(
                (settings.getClientId() + ":" + settings.getClientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(introspectionEndpoint())
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                        + "&token_type_hint=access_token"))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new ProviderUnavailableException("introspection answered " + response.statusCode());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private URI introspectionEndpoint() throws ProviderUnavailableException {
        if (introspectionEndpoint == null) {
            HttpRequest discovery = HttpRequest.newBuilder(
                    URI.create(settings.getProviderUrl() + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> response = send(discovery);
            if (response.statusCode() != 200) {
                throw new ProviderUnavailableException("discovery answered " + response.statusCode());
            }
            JsonObject document = Json.createReader(new StringReader(response.body())).readObject();
            introspectionEndpoint = URI.create(document.getString("introspection_endpoint"));
        }
        return introspectionEndpoint;
    }

    private HttpResponse<String> send(HttpRequest request) throws ProviderUnavailableException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The sign-in provider did not answer: {0}", e.toString());
            throw new ProviderUnavailableException(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException("interrupted");
        }
    }

    private static String digest(String token) {
        try {
            // the cache is keyed by a digest: tokens themselves stay out of the heap's long-lived maps
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who a token belongs to, as the provider says: the same facts as an SSO sign-in's ID token. */
    public record TokenHolder(String username, List<String> groups, List<String> kabKota, String name, String email) {
    }

    /** The provider could not be asked; the caller answers 503 rather than guessing. */
    public static class ProviderUnavailableException extends Exception {
        public ProviderUnavailableException(String message) {
            super(message);
        }
    }

    private record Remembered(Optional<TokenHolder> holder, Instant until) {
    }
}
