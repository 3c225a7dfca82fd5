package id.go.jabarprov.disnakertrans.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole-war deployments: the portal as shipped starts, and keeps its data across a restart without
 * the SIKHI jar (on PostgreSQL when the test command provides one); two jars declaring the same
 * module id stop the deployment with a message naming both.
 */
class DeploymentIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theShippedPortalStartsAndRunsOnTheSameDataWithoutTheModuleJars() throws Exception {
        Path work = Paths.get("target", "it-plain").toAbsolutePath();
        SharedPortal.deleteRecursively(work);
        // Configured only through environment variables, as an operator would: they override the defaults.
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PORTAL_DATA_DIR", work.resolve("data").toString());
        environment.put("PORTAL_BOOTSTRAP_ADMIN_PASSWORD", SharedPortal.ADMIN_PASSWORD);
        String pg = System.getProperty("it.pg.plain.url");
        if (pg != null) {
            environment.put("PORTAL_DB_URL", pg);
            environment.put("PORTAL_DB_USER", System.getProperty("it.pg.user"));
            environment.put("PORTAL_DB_PASSWORD", System.getProperty("it.pg.password"));
        }
        Map<String, String> properties = Map.of();
        try (PayaraMicroProcess first = PayaraMicroProcess.start(TestWars.portalWar(), work, properties, environment)
                .awaitReady(Duration.ofSeconds(240))) {
            System.out.printf("Plain portal (%s): RSS after start %d MiB%n", pg == null ? "H2" : "PostgreSQL", first.rssMiB());
            assertEquals(200, get(first, "/?wilayah=32.73").statusCode());
            String health = get(first, "/health").body();
            assertTrue(health.contains("\"schema.platform\":\"" + latestPlatformMigration() + "\""), health);
            assertTrue(health.contains(pg == null ? "H2" : "PostgreSQL"), health);
            assertFalse(health.contains("testmod"));
            assertTrue(health.contains("\"schema.sikhi\""), "SIKHI ships in the war: " + health);
            assertTrue(health.contains("\"schema.jobinfo\""), "job information ships in the war: " + health);
            assertTrue(first.logText().contains("First administrator created: sign in as 'admin' with portal.bootstrap.admin.password"),
                    "the configured password is used and not printed");
            assertFalse(first.logText().contains(SharedPortal.ADMIN_PASSWORD), "no secret in the log");
            assertTrue(first.logText().contains("Created HTTP listener http-listener on host/port 127.0.0.1:"),
                    "HTTP listens on loopback only");
            assertEquals(404, get(first, "/public/testmod/info.xhtml?wilayah=32.73").statusCode());
        }
        if (pg == null) {
            assertTrue(java.nio.file.Files.exists(work.resolve("data/portal.mv.db")), "the H2 file is in PORTAL_DATA_DIR");
        }
        // the restart leaves SIKHI and job information out of the war: the portal still runs, on the same data, without them
        // a fresh server directory (Payara would redeploy the war it knew), the same data directory
        SharedPortal.deleteRecursively(work.resolve("payara-root"));
        try (PayaraMicroProcess second = PayaraMicroProcess.start(TestWars.exportPortalWithout("module-sikhi", "module-jobinfo"), work, properties, environment)
                .awaitReady(Duration.ofSeconds(240))) {
            assertEquals(200, get(second, "/").statusCode());
            assertFalse(second.logText().contains("First administrator created"), "the administrator was kept");
            assertTrue(second.logText().contains("Migrated platform: 0 new"), "the schema was kept");
            assertFalse(get(second, "/health").body().contains("schema.sikhi"), "no SIKHI any more");
            assertEquals(404, get(second, "/public/sikhi/status.xhtml?wilayah=32.73").statusCode());
            assertFalse(get(second, "/health").body().contains("schema.jobinfo"), "no job information any more");
            assertEquals(404, get(second, "/public/jobinfo/search.xhtml?wilayah=32").statusCode());
        }
    }

    @Test
    void twoJarsWithTheSameModuleIdFailTheDeploymentNamingBoth() throws Exception {
        Path work = Paths.get("target", "it-duplicate").toAbsolutePath();
        SharedPortal.deleteRecursively(work);
        try (PayaraMicroProcess server = PayaraMicroProcess.start(TestWars.exportDuplicateModuleWar(), work,
                Map.of("portal.data.dir", work.resolve("data").toString()))) {
            String log = server.awaitDeploymentFailure(Duration.ofSeconds(240));
            assertTrue(log.contains("Duplicate module id 'testmod' in testmod"), log.length() > 4000 ? log.substring(0, 4000) : log);
            int at = log.indexOf("Duplicate module id 'testmod'");
            String message = log.substring(at, Math.min(log.length(), at + 400));
            assertTrue(message.contains("testmod.jar") && message.contains("testmod-copy.jar"), message);
            assertFalse(log.contains("Migrated platform"), "nothing ran");
        }
    }

    /** The highest version among the core's migration files: what a fresh database must reach. */
    private static int latestPlatformMigration() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(Paths.get("..", "platform-core", "src", "main", "resources", "db", "migration", "platform"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
    }

    private HttpResponse<String> get(PayaraMicroProcess server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
