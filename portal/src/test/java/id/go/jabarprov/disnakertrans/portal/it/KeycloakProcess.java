package id.go.jabarprov.disnakertrans.portal.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** The repository's Keycloak (keycloak/start.sh, realm jabar) on loopback, with a fresh database. */
final class KeycloakProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private KeycloakProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static KeycloakProcess start(int port, String clientSecret) throws IOException, InterruptedException {
        Path keycloak = Paths.get("..", "keycloak").toAbsolutePath().normalize();
        // an existing realm is not imported again: start from the realm file every time
        try (var dists = Files.list(keycloak.resolve("target")).filter(p -> p.getFileName().toString().startsWith("keycloak-"))) {
            for (Path dist : dists.toList()) {
                SharedPortal.deleteRecursively(dist.resolve("data").resolve("h2"));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // not unpacked yet: start.sh fetches it
        }
        Path log = Paths.get("target", "keycloak.log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder("bash", keycloak.resolve("start.sh").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("KEYCLOAK_PORT", Integer.toString(port));
        builder.environment().put("PORTAL_OIDC_CLIENT_SECRET", clientSecret);
        Instant begin = Instant.now();
        KeycloakProcess keycloakProcess = new KeycloakProcess(builder.start(), port, log);
        keycloakProcess.awaitRealm(Duration.ofSeconds(300));
        System.out.printf("Keycloak ready in %d ms, RSS %d MiB%n", Duration.between(begin, Instant.now()).toMillis(),
                keycloakProcess.rssMiB());
        return keycloakProcess;
    }

    String realmUrl() {
        return "http://127.0.0.1:" + port + "/realms/jabar";
    }

    private void awaitRealm(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited:\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(
                        URI.create(realmUrl() + "/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Keycloak not ready in " + timeout + ":\n" + Files.readString(log));
    }

    /** Resident memory of Keycloak's JVM (a child of the start script) in MiB, or -1. */
    long rssMiB() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(process.toHandle()), process.descendants())
                .filter(p -> p.info().command().orElse("").endsWith("java"))
                .mapToLong(p -> {
                    try {
                        for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
                            if (line.startsWith("VmRSS:")) {
                                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                            }
                        }
                    } catch (IOException | NumberFormatException e) {
                        // gone or not Linux
                    }
                    return -1;
                }).max().orElse(-1);
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }
}
