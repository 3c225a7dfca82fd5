package id.go.jabarprov.disnakertrans.portal.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Payara Micro JVM running one war, started the way the run script starts the portal (loopback
 * only, no Hazelcast). Payara keeps running when a deployment fails, so readiness is judged by the
 * health endpoint and the log, never by the process alone.
 */
public final class PayaraMicroProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;
    private final Instant started = Instant.now();

    private PayaraMicroProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the war with the given system properties; the data directory is fresh for each start. */
    public static PayaraMicroProcess start(Path war, Path workDir, Map<String, String> properties) throws IOException {
        return start(war, workDir, properties, Map.of());
    }

    /** As {@link #start(Path, Path, Map)}, with environment variables (configuration set the way operators set it). */
    public static PayaraMicroProcess start(Path war, Path workDir, Map<String, String> properties,
            Map<String, String> environment) throws IOException {
        return start(war, workDir, properties, environment, freePort());
    }

    /** On a given port: for an SSO client whose redirect addresses the identity provider knows in advance. */
    public static PayaraMicroProcess start(Path war, Path workDir, Map<String, String> properties,
            Map<String, String> environment, int port) throws IOException {
        // small and quick to start: what tests want on 2 cores, not what a server runs with
        return start(war, workDir, properties, environment, port, List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    }

    /** With the JVM's own options (a benchmark wants the server's, not the tests' small and quick ones). */
    public static PayaraMicroProcess start(Path war, Path workDir, Map<String, String> properties,
            Map<String, String> environment, int port, List<String> jvmOptions) throws IOException {
        Files.createDirectories(workDir);
        Path preboot = Paths.get("src/main/payara/preboot.asadmin").toAbsolutePath();
        Path log = workDir.resolve("payara.log");
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(jvmOptions);
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy", war.toAbsolutePath().toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster", "--disablephonehome",
                "--prebootcommandfile", preboot.toString(),
                "--rootdir", workDir.resolve("payara-root").toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        return new PayaraMicroProcess(process, port, log);
    }

    /** Waits until /health answers 200; fails early if the deployment failed or the JVM died. */
    public PayaraMicroProcess awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited; log:\n" + tail());
            }
            String text = logText();
            if (text.contains("Failed to start") || text.contains("Exception while deploying the app")
                    || text.contains("Exception while loading the app")) {
                throw new IllegalStateException("Deployment failed; log:\n" + tail());
            }
            try {
                // Payara's health endpoint answers UP before the portal is deployed (no checks yet), and
                // the portal then answers 503: ready means our own database check is there and UP.
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url("/health/ready")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"name\":\"database\"")) {
                    System.out.printf("Payara Micro ready on port %d in %d ms%n", port,
                            Duration.between(started, Instant.now()).toMillis());
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara Micro not ready in " + timeout + "; log:\n" + tail());
    }

    /** Waits until the log shows the deployment failed, and returns the log. */
    public String awaitDeploymentFailure(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            String text = logText();
            if (text.contains("Exception while loading the app") || text.contains("Exception while deploying the app")
                    || text.contains("Failed to start")) {
                return text;
            }
            if (text.contains("ready in") || !process.isAlive()) {
                return text;
            }
            Thread.sleep(500);
        }
        return logText();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public String logText() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private String tail() throws IOException {
        String text = logText();
        return text.length() > 20000 ? text.substring(text.length() - 20000) : text;
    }

    /** Resident memory of the server's JVM in MiB, from /proc (Linux), or -1. */
    public long rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not on Linux
        }
        return -1;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** The server JVM's process id (for load figures). */
    public long pid() {
        return process.pid();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }
}
