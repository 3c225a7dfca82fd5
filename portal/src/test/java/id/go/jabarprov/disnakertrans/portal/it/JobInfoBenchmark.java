package id.go.jabarprov.disnakertrans.portal.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the job-information benchmark, a command that prints numbers (see the README's Benchmarks). It
 * starts the portal with the test module on PostgreSQL, with a server's JVM options, fills the database with
 * {@code bench.seekers} job seekers and {@code bench.vacancies} vacancies ({@link JobInfoData}; reused when a run
 * before made the same), checks that an anonymous search opens no HTTP session, runs a Gatling load
 * (JobInfoSimulation: 32 users in a closed model on the trivial servlet, the JSON search API, the Faces floor and
 * the public search page, one after another) and times the ranking of the top 50 seekers for 20 vacancies. It
 * prints each number next to its target and asserts none of them.
 *
 * <p>Gatling lives only in the Maven profile {@code benchmark}, which {@code -Dit.test=JobInfoBenchmark} switches
 * on (its dependency tree clashes with the tests' classpath; see portal/pom.xml), so this class starts it by name.
 *
 * <p>Knobs (system properties): {@code it.pg.url}/{@code it.pg.user}/{@code it.pg.password} (a server; the data
 * goes into its database {@code portal_bench}, or {@code bench.pg.url} names the database), {@code bench.seekers}
 * (2,000,000), {@code bench.vacancies} (200,000), {@code bench.seed} (2026), {@code bench.regenerate} (false),
 * {@code bench.users} (32), {@code bench.warmup} (15 s), {@code bench.duration} (60 s), {@code bench.load} (true:
 * false skips the Gatling run), {@code bench.portal.jvm} ("-Xms1g -Xmx1g").
 */
class JobInfoBenchmark {

    private static final int SEEKERS = Integer.getInteger("bench.seekers", 2_000_000);
    private static final int VACANCIES = Integer.getInteger("bench.vacancies", 200_000);
    private static final long SEED = Long.getLong("bench.seed", 2026);
    private static final int USERS = Integer.getInteger("bench.users", 32);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 15);
    private static final int DURATION = Integer.getInteger("bench.duration", 60);
    private static final String OFFICER = "bench.matcher";
    /** The load's scenarios (JobInfoSimulation), in the order they run: each ceiling right before what it bounds. */
    static final String PING = "trivial servlet";
    static final String API = "JSON search API";
    static final String FLOOR = "Faces floor";
    static final String PAGE = "search page";
    private static final int MATCH_VACANCIES = 20;
    private static final int MATCH_WARMUPS = 3;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private PayaraMicroProcess portal;

    @Test
    void jobInformation() throws Exception {
        say("machine load at start (/proc/loadavg): %s on %d cores", loadAverage(), Runtime.getRuntime().availableProcessors());
        String pgUrl = database();
        String pgUser = System.getProperty("it.pg.user", "portal");
        String pgPassword = System.getProperty("it.pg.password", "portal");
        Path work = Paths.get("target", "bench-portal").toAbsolutePath();
        SharedPortal.deleteRecursively(work);
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PORTAL_DATA_DIR", work.resolve("data").toString());
        environment.put("PORTAL_BOOTSTRAP_ADMIN_PASSWORD", SharedPortal.ADMIN_PASSWORD);
        environment.put("PORTAL_DB_URL", pgUrl);
        environment.put("PORTAL_DB_USER", pgUser);
        environment.put("PORTAL_DB_PASSWORD", pgPassword);
        // no daily jobs (card expiry, reminders) in the middle of the measurements
        Map<String, String> properties = Map.of("portal.jobs.daily.enabled", "false");
        List<String> jvm = Arrays.asList(System.getProperty("bench.portal.jvm", "-Xms1g -Xmx1g").trim().split("\\s+"));
        portal = PayaraMicroProcess.start(TestWars.exportPortalWithTestModule(), work, properties, environment,
                PayaraMicroProcess.freePort(), jvm);
        try {
            portal.awaitReady(Duration.ofSeconds(300)); // a failed deployment leaves the JVM running: closed below
            try (Connection db = DriverManager.getConnection(pgUrl, pgUser, pgPassword)) {
                say("PostgreSQL %s, shared_buffers %s, portal JVM %s", setting(db, "server_version"), setting(db, "shared_buffers"), jvm);
                JobInfoData.ensure(db, SEED, SEEKERS, VACANCIES, Boolean.getBoolean("bench.regenerate"));
            }
            List<String> kabKota = JobInfoData.POPULATION.keySet().stream().sorted().toList();
            seed(Map.of("what", "enable", "tenant", "32", "module", "jobinfo", "enabled", "true"));
            for (String kk : kabKota) {
                seed(Map.of("what", "enable", "tenant", kk, "module", "jobinfo", "enabled", "true"));
            }
            seed(Map.of("what", "staff", "username", OFFICER, "password", SharedPortal.STAFF_PASSWORD, "roles", "jobinfo-officer",
                    "tenants", String.join(",", kabKota)));
            sessionsAndSamples();
            if (Boolean.parseBoolean(System.getProperty("bench.load", "true"))) {
                load();
            }
            matching(pgUrl, pgUser, pgPassword);
            say("portal RSS at the end %d MiB", portal.rssMiB());
        } finally {
            portal.close();
            say("machine load at the end (/proc/loadavg): %s", loadAverage());
        }
    }

    /** The benchmark's database on the test server: {@code bench.pg.url}, or {@code portal_bench} beside {@code it.pg.url}. */
    private static String database() throws Exception {
        String explicit = System.getProperty("bench.pg.url");
        return explicit != null ? explicit : BenchSupport.postgresDatabase("portal_bench", false);
    }

    /** An anonymous search must not open an HTTP session; and a few searches, to show the data is found. */
    private void sessionsAndSamples() throws Exception {
        for (String path : List.of("/public/jobinfo/search.xhtml?wilayah=32&q=operator+produksi", "/api/v1/jobinfo/vacancies?wilayah=32&q=operator+produksi",
                "/bench/table.xhtml?wilayah=32", "/bench/ping")) {
            HttpResponse<String> response = get(path);
            List<String> cookies = response.headers().allValues("set-cookie");
            boolean session = cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID"));
            say("anonymous GET %-60s %d, %s", path, response.statusCode(),
                    session ? "CREATES AN HTTP SESSION: " + cookies : "no HTTP session (no Set-Cookie JSESSIONID)");
        }
        Pattern more = Pattern.compile("\"more\":(true|false)");
        List<String> samples = new ArrayList<>();
        for (String q : List.of("operator+produksi", "admin+gudang", "kasir", "satpam", "penjahit", "perawat", "guru", "programmer", "driver")) {
            Matcher m = more.matcher(get("/api/v1/jobinfo/vacancies?wilayah=32&q=" + q).body());
            samples.add(q.replace('+', ' ') + (m.find() ? ("true".equals(m.group(1)) ? " more than a page" : " one page") : " ?"));
        }
        say("open vacancies found by the API: %s", String.join(", ", samples));
    }

    private void load() throws Exception {
        System.setProperty("bench.baseUrl", portal.url(""));
        System.setProperty("bench.users", Integer.toString(USERS));
        System.setProperty("bench.warmup", Integer.toString(WARMUP));
        System.setProperty("bench.duration", Integer.toString(DURATION));
        System.setProperty("bench.seed", Long.toString(SEED));
        LoadRecorder.clear();
        Path results = Paths.get("target", "gatling").toAbsolutePath();
        Files.createDirectories(results);
        say("load: %d users per scenario (closed model), %d s warm-up + %d s measured each, one scenario at a time;"
                + " load generator, portal and PostgreSQL share this machine", USERS, WARMUP, DURATION);
        say("machine load before the load run: %s", loadAverage());
        Class<?> gatling;
        try {
            gatling = Class.forName("io.gatling.app.Gatling$");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Gatling is not on the classpath: run with -Dit.test=JobInfoBenchmark (its Maven profile)", e);
        }
        Object app = gatling.getField("MODULE$").get(null);
        int status;
        try (CpuSampler cpu = new CpuSampler(portal.pid())) {
            status = (int) gatling.getMethod("fromArgs", String[].class).invoke(app, (Object) new String[] {
                "--simulation", "id.go.jabarprov.disnakertrans.portal.it.JobInfoSimulation",
                "--results-folder", results.toString(),
                "--run-description", "JobInfoBenchmark " + SEEKERS + " seekers / " + VACANCIES + " vacancies"});
            say("Gatling finished with status %d; its HTML report is under %s", status, results);
            say("%-16s %9s %8s %5s %6s %5s %5s %5s %5s (ms)", "scenario", "req/s", "ok", "ko", "mean", "p50", "p95", "p99", "max");
            for (String name : new String[] {PING, API, FLOOR, PAGE}) {
                LoadRecorder.Series s = LoadRecorder.get(name);
                say("%-16s %9.1f %8d %5d %6.1f %5d %5d %5d %5d   over %.1f s; %s", name, s.throughput(), s.ok(), s.failed(), s.mean(),
                        s.percentile(50), s.percentile(95), s.percentile(99), s.max(), s.seconds(),
                        cpu.between(s.firstStartNanos(), s.lastEndNanos()));
            }
        }
        String[] names = {PING, API, FLOOR, PAGE};
        LoadRecorder.Series ping = LoadRecorder.get(names[0]);
        LoadRecorder.Series api = LoadRecorder.get(names[1]);
        LoadRecorder.Series floor = LoadRecorder.get(names[2]);
        LoadRecorder.Series page = LoadRecorder.get(names[3]);
        verdict("search page / Faces floor", page, floor, 60, 100);
        verdict("JSON API / trivial servlet", api, ping, 25, 50);
        say("machine load after the load run: %s", loadAverage());
    }

    private static void verdict(String what, LoadRecorder.Series measured, LoadRecorder.Series ceiling, int percentTarget, int p95Target) {
        double ratio = ceiling.throughput() == 0 ? 0 : 100 * measured.throughput() / ceiling.throughput();
        long p95 = measured.percentile(95);
        boolean meets = ratio >= percentTarget && p95 >= 0 && p95 <= p95Target;
        say("%-27s %5.1f %% of the throughput (target >= %d %%), p95 %d ms (target <= %d ms): %s", what, ratio, percentTarget, p95,
                p95Target, meets ? "meets the targets" : "MISSES " + (ratio < percentTarget ? "the throughput target" : "")
                + (ratio < percentTarget && p95 > p95Target ? " and " : "") + (p95 > p95Target ? "the p95 target" : ""));
    }

    /** Ranking the top 50 seekers for open vacancies spread over the kab/kota, each once, as an officer of its kab/kota. */
    private void matching(String pgUrl, String user, String password) throws Exception {
        List<String[]> picked = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(pgUrl, user, password); Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select id, tenant_code, kbji_code from jobinfo_vacancy where status = 'PUBLISHED'"
                        + " and valid_from <= current_date and valid_until >= current_date and filled < needed order by md5(id) limit "
                        + (MATCH_WARMUPS + MATCH_VACANCIES))) {
            while (rs.next()) {
                picked.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        if (picked.size() < MATCH_WARMUPS + 1) {
            say("matching: too few open vacancies (%d) to time", picked.size());
            return;
        }
        List<Double> millis = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < picked.size(); i++) {
            String[] v = picked.get(i);
            long started = System.nanoTime();
            HttpResponse<String> response = get("/bench/match?vacancy=" + v[0] + "&tenant=" + v[1] + "&user=" + OFFICER);
            double roundTrip = (System.nanoTime() - started) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("matching " + v[0] + " answered " + response.statusCode());
            }
            String[] answer = response.body().trim().split(" ");
            double ranking = Long.parseLong(answer[0]) / 1000.0;
            if (i >= MATCH_WARMUPS) {
                millis.add(ranking);
                lines.add(String.format("%s KBJI %s: %s candidates scored, %s ranked, %.1f ms (HTTP round trip %.1f ms)", v[1], v[2],
                        answer[1], answer[2], ranking, roundTrip));
            }
        }
        lines.forEach(line -> say("matching: %s", line));
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        say("matching: top 50 seekers for %d vacancies (after %d warm-ups): median %.1f ms, p90 %.1f ms, max %.1f ms"
                + " (target: median <= 300 ms): %s", sorted.size(), MATCH_WARMUPS, median,
                sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1), sorted.get(sorted.size() - 1),
                median <= 300 ? "meets the target" : "MISSES the target");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(portal.url(path))).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void seed(Map<String, String> params) throws Exception {
        BenchSupport.seed(http, portal, params);
    }

    private static String setting(Connection db, String name) throws Exception {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "(no /proc/loadavg)";
        }
    }

    private static void say(String format, Object... args) {
        System.out.printf("JobInfo benchmark: " + format + "%n", args);
    }
}
