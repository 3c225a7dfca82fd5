package id.go.jabarprov.disnakertrans.portal.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * ONE portal (with the test module) for every browser test of the run: started on first use,
 * stopped when the whole run ends. Test data goes in through the UI or the test module's seeding path.
 */
public final class SharedPortal implements ParameterResolver {

    public static final String ADMIN_PASSWORD = "Admin-Pass-2026";
    public static final String STAFF_PASSWORD = "Petugas-Pass-2026";
    /** Sign-in attempts before lock-out in the test portal (kept low so the test is short). */
    public static final int LOCKOUT_ATTEMPTS = 3;
    /**
     * The tests share one portal, so each keeps to its own kab/kota where it changes enablement:
     * ModulesIT 32.79, 32.01, 32.71 (and toggles 32.04 back), TenantIsolationIT 32.73 and 32.04,
     * PersistenceIT (own server) 32.10. This one stays without any module.
     */
    public static final String WITHOUT_MODULES = "32.18";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class);
    }

    /** The running portal; closed by JUnit at the end of the run. */
    public static final class Running implements ExtensionContext.Store.CloseableResource {

        private final PayaraMicroProcess server;
        private final com.icegreen.greenmail.util.GreenMail mail;
        private final HttpClient http = HttpClient.newHttpClient();

        private Running(PayaraMicroProcess server, com.icegreen.greenmail.util.GreenMail mail) {
            this.server = server;
            this.mail = mail;
        }

        /** The SMTP server on loopback that receives the portal's e-mails. */
        public com.icegreen.greenmail.util.GreenMail mail() {
            return mail;
        }

        static Running start() {
            try {
                Path work = Paths.get("target", "it-portal").toAbsolutePath();
                deleteRecursively(work);
                Map<String, String> properties = new LinkedHashMap<>();
                properties.put("portal.data.dir", work.resolve("data").toString());
                // AUTO_SERVER lets a test open the same H2 file, to tamper with the audit table as an intruder would.
                properties.put("portal.db.url", "jdbc:h2:file:" + work.resolve("data/portal") + ";AUTO_SERVER=TRUE");
                properties.put("portal.bootstrap.admin.password", ADMIN_PASSWORD);
                properties.put("portal.auth.lockout.attempts", Integer.toString(LOCKOUT_ATTEMPTS));
                properties.put("portal.auth.lockout.minutes", "10");
                // Fewer PBKDF2 rounds than production: the tests sign in hundreds of times on 2 cores.
                properties.put("portal.auth.pbkdf2.iterations", "20000");
                var mail = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(
                        freePort(), "127.0.0.1", com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP));
                mail.start();
                properties.put("portal.mail.enabled", "true");
                properties.put("portal.mail.host", "127.0.0.1");
                properties.put("portal.mail.port", Integer.toString(mail.getSmtp().getPort()));
                properties.put("portal.public.url", "https://portal.test");
                // the tests run the daily jobs themselves, for the day they choose
                properties.put("portal.jobs.daily.enabled", "false");
                Instant begin = Instant.now();
                PayaraMicroProcess server = PayaraMicroProcess.start(TestWars.exportPortalWithTestModule(), work, properties)
                        .awaitReady(Duration.ofSeconds(240));
                System.out.printf("Shared portal: cold start to healthy %d ms, RSS %d MiB%n",
                        Duration.between(begin, Instant.now()).toMillis(), server.rssMiB());
                return new Running(server, mail);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("The shared portal did not start", e);
            }
        }

        /** A JDBC connection to the portal's own database, beside the running server. */
        public java.sql.Connection database() throws java.sql.SQLException {
            Path file = Paths.get("target", "it-portal", "data", "portal").toAbsolutePath();
            return java.sql.DriverManager.getConnection("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE", "portal", "portal-embedded");
        }

        public String url(String path) {
            return server.url(path);
        }

        public PayaraMicroProcess server() {
            return server;
        }

        /** Calls the test module's seeding path; answers its text. */
        public String seed(Map<String, String> params) {
            String body = params.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/test-seed")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("seed " + params + " answered " + response.statusCode());
                }
                return response.body();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        public void staff(String username, String roles, String tenants) {
            seed(Map.of("what", "staff", "username", username, "password", STAFF_PASSWORD, "roles", roles, "tenants", tenants));
        }

        public void staff(String username, String roles, String tenants, String email) {
            seed(Map.of("what", "staff", "username", username, "password", STAFF_PASSWORD, "roles", roles, "tenants", tenants,
                    "email", email));
        }

        /** A citizen or employer account (role {@code citizen} or {@code employer}), with the staff password. */
        public void party(String username, String role) {
            seed(Map.of("what", "staff", "username", username, "password", STAFF_PASSWORD, "roles", role, "tenants", "-"));
        }

        /** Runs the daily jobs as of a day; answers whether this call ran them (false: they had run that day). */
        public boolean runDailyJobs(java.time.LocalDate day) {
            return Boolean.parseBoolean(seed(Map.of("what", "daily", "day", day.toString())).strip());
        }

        public void enable(String tenant, String module, boolean enabled) {
            seed(Map.of("what", "enable", "tenant", tenant, "module", module, "enabled", Boolean.toString(enabled)));
        }

        public String note(String tenant, String text) {
            return seed(Map.of("what", "note", "tenant", tenant, "text", text));
        }

        /** The PDF issued under a code, read back from the portal's document store. */
        public byte[] issuedPdf(String code) {
            try {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url("/test-seed")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("what=pdf&code=" + code)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                return response.body();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        public HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void close() throws InterruptedException {
            System.out.printf("Shared portal: RSS at the end %d MiB%n", server.rssMiB());
            server.close();
            mail.stop();
        }
    }

    static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!java.nio.file.Files.exists(path)) {
            return;
        }
        try (var walk = java.nio.file.Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
