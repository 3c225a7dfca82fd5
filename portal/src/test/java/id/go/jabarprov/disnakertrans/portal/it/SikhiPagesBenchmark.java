package id.go.jabarprov.disnakertrans.portal.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a benchmark that prints numbers (run by hand, see the README). It starts a portal of its own, on
 * PostgreSQL when the run names a server ({@code -Dit.pg.url}, as {@code benchmark.sh sikhi} does; a fresh database
 * {@code portal_sikhi_bench} each run) or else on an H2 file; fills one kab/kota with 10,000 SIKHI cases straight into the
 * database ({@code -Dbench.cases=N}; seeded, repeatable) and times the officers' pages as the head of section sees
 * them: the server's answer time, median and 90th percentile of 10 requests after 3 warm-ups.
 */
class SikhiPagesBenchmark {

    private static final int CASES = Integer.getInteger("bench.cases", 10_000);
    private static final String KABKOTA = "32.73";
    private static final String[] STAGES = {"SUBMITTED", "SUBMITTED", "SUBMITTED", "REGISTERED", "AWAITING_MEDIATOR",
        "MEDIATOR_ASSIGNED", "IN_SESSION", "IN_SESSION", "CLOSED_AGREED", "CLOSED_AGREED", "CLOSED_AGREED", "CLOSED_AGREED",
        "CLOSED_AGREED", "CLOSED_AGREED", "CLOSED_ANJURAN", "CLOSED_ANJURAN", "CLOSED_ANJURAN", "CLOSED_ANJURAN", "CLOSED_ANJURAN",
        "CLOSED_ANJURAN"};
    private static final String[] TYPES = {"HAK", "KEPENTINGAN", "PHK", "PHK", "PHK", "ANTAR_SERIKAT_PEKERJA"};

    private static PayaraMicroProcess portal;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void officersPagesAtTenThousandCases() throws Exception {
        Path work = Paths.get("target", "sikhi-bench-portal").toAbsolutePath();
        SharedPortal.deleteRecursively(work);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("portal.jobs.daily.enabled", "false");
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PORTAL_DATA_DIR", work.resolve("data").toString());
        environment.put("PORTAL_BOOTSTRAP_ADMIN_PASSWORD", SharedPortal.ADMIN_PASSWORD);
        String database;
        if (BenchSupport.hasPostgres()) {
            database = BenchSupport.postgresDatabase("portal_sikhi_bench", true);
            environment.put("PORTAL_DB_URL", database);
            environment.put("PORTAL_DB_USER", System.getProperty("it.pg.user", "portal"));
            environment.put("PORTAL_DB_PASSWORD", System.getProperty("it.pg.password", "portal"));
        } else {
            // AUTO_SERVER: the benchmark writes its cases into the file the portal has open
            database = "jdbc:h2:file:" + work.resolve("data/portal") + ";AUTO_SERVER=TRUE";
            properties.put("portal.db.url", database);
        }
        portal = PayaraMicroProcess.start(TestWars.exportPortalWithTestModule(), work, properties, environment,
                PayaraMicroProcess.freePort(), List.of("-Xms512m", "-Xmx1g"));
        try (Browser browser = new Browser(portal::url)) {
            portal.awaitReady(Duration.ofSeconds(300));
            BenchSupport.seed(HTTP, portal, Map.of("what", "enable", "tenant", KABKOTA, "module", "sikhi", "enabled", "true"));
            BenchSupport.seed(HTTP, portal, Map.of("what", "staff", "username", "bench.kasi", "password", SharedPortal.STAFF_PASSWORD,
                    "roles", "tenant-admin,sikhi-mediator", "tenants", KABKOTA));
            String firstCase;
            try (Connection db = connect(database)) {
                System.out.printf("SIKHI benchmark: database %s %s%n", db.getMetaData().getDatabaseProductName(),
                        db.getMetaData().getDatabaseProductVersion());
                firstCase = fill(db);
            }
            browser.signIn("bench.kasi", SharedPortal.STAFF_PASSWORD);
            String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            System.out.printf("SIKHI benchmark: %d cases in %s, machine load %s%n", CASES, KABKOTA,
                    java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
            time(session, "/staff/sikhi/queue.xhtml", "work queue (open cases, first 500)");
            time(session, "/staff/sikhi/queue.xhtml?closed=true", "work queue with closed cases (first 500)");
            time(session, "/staff/sikhi/figures.xhtml", "figures dashboard");
            time(session, "/staff/sikhi/case.xhtml?id=" + firstCase, "one case");
            time(session, "/api/v1/sikhi/figures/" + KABKOTA, "figures API");
            System.out.printf("SIKHI benchmark: portal RSS %d MiB%n", portal.rssMiB());
        } finally {
            portal.close();
        }
    }

    private static Connection connect(String url) throws java.sql.SQLException {
        return url.startsWith("jdbc:h2:") ? DriverManager.getConnection(url, "portal", "portal-embedded")
                : DriverManager.getConnection(url, System.getProperty("it.pg.user", "portal"), System.getProperty("it.pg.password", "portal"));
    }

    private static void time(String session, String path, String what) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(portal.url(path)))
                    .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
            long took = (System.nanoTime() - started) / 1_000_000;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            if (i >= 3) {
                millis.add(took);
            }
        }
        Collections.sort(millis);
        System.out.printf("SIKHI benchmark: %-45s median %5d ms, p90 %5d ms%n", what, millis.get(millis.size() / 2),
                millis.get((int) Math.ceil(0.9 * millis.size()) - 1));
    }

    /** Inserts the cases, two parties and a filing event each; returns one case's id. */
    private static String fill(Connection db) throws Exception {
        Random random = new Random(2026);
        LocalDate today = LocalDate.now();
        String first = null;
        long started = System.nanoTime();
        {
            db.setAutoCommit(false);
            try (PreparedStatement cases = db.prepareStatement("insert into sikhi_case (id, tenant_code, tracking_code, secret_hash,"
                    + " registration_number, registration_seq, registration_year, dispute_type, stage, workplace_kabkota, company_name,"
                    + " company_address, worker_name, represented, chronology, demands, filed_by, created_at, updated_at, filed_at,"
                    + " registered_on, forum_choice, delegated, assigned_mediator, assigned_on, first_session_on, closed_on, version)"
                    + " values (?, ?, ?, 'x', ?, ?, ?, ?, ?, ?, ?, 'Jl. Asia Afrika', ?, false, 'Kronologi', 'Tuntutan', ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, 1)");
                    PreparedStatement parties = db.prepareStatement("insert into sikhi_party (id, tenant_code, case_id, sort_order,"
                            + " party_role, name, address, version) values (?, ?, ?, ?, ?, ?, 'Bandung', 1)");
                    PreparedStatement events = db.prepareStatement("insert into sikhi_event (id, tenant_code, case_id, seq, occurred_at,"
                            + " actor, action, from_stage, to_stage, visible_to_parties) values (?, ?, ?, 1, ?, 'bench', 'SUBMIT', 'DRAFT', 'SUBMITTED', true)")) {
                int registered = 0;
                for (int i = 0; i < CASES; i++) {
                    String id = UUID.randomUUID().toString();
                    first = first == null ? id : first;
                    String stage = STAGES[random.nextInt(STAGES.length)];
                    boolean closed = stage.startsWith("CLOSED");
                    boolean isRegistered = !stage.equals("SUBMITTED");
                    boolean mediated = stage.equals("MEDIATOR_ASSIGNED") || stage.equals("IN_SESSION") || closed;
                    LocalDate filed = today.minusDays(closed ? 40 + random.nextInt(700) : random.nextInt(30));
                    LocalDateTime filedAt = filed.atTime(9, 0);
                    cases.setString(1, id);
                    cases.setString(2, KABKOTA);
                    cases.setString(3, String.format("SK-B%03d-%04d", i / 10_000, i % 10_000));
                    if (isRegistered) {
                        registered++;
                        cases.setString(4, String.format("%05d/PHI/%s/%d", registered, KABKOTA, 2000 + registered / 90_000));
                        cases.setInt(5, registered);
                        cases.setInt(6, 2000 + registered / 90_000);
                    } else {
                        cases.setNull(4, java.sql.Types.VARCHAR);
                        cases.setNull(5, java.sql.Types.INTEGER);
                        cases.setNull(6, java.sql.Types.INTEGER);
                    }
                    cases.setString(7, TYPES[random.nextInt(TYPES.length)]);
                    cases.setString(8, stage);
                    cases.setString(9, KABKOTA);
                    cases.setString(10, "PT Contoh " + i);
                    cases.setString(11, "Pekerja " + i);
                    cases.setString(12, "warga" + i);
                    cases.setTimestamp(13, Timestamp.valueOf(filedAt));
                    cases.setTimestamp(14, Timestamp.valueOf(filedAt));
                    cases.setTimestamp(15, Timestamp.valueOf(filedAt));
                    cases.setDate(16, isRegistered ? Date.valueOf(filed.plusDays(3)) : null);
                    cases.setString(17, mediated ? "MEDIATION" : null);
                    cases.setString(18, mediated ? "bench.kasi" : null);
                    cases.setDate(19, mediated ? Date.valueOf(filed.plusDays(5)) : null);
                    cases.setDate(20, stage.equals("IN_SESSION") || closed ? Date.valueOf(filed.plusDays(9)) : null);
                    cases.setDate(21, closed ? Date.valueOf(filed.plusDays(20 + random.nextInt(40))) : null);
                    cases.addBatch();
                    for (int p = 0; p < 2; p++) {
                        parties.setString(1, UUID.randomUUID().toString());
                        parties.setString(2, KABKOTA);
                        parties.setString(3, id);
                        parties.setInt(4, p);
                        parties.setString(5, p == 0 ? "WORKER" : "COMPANY");
                        parties.setString(6, p == 0 ? "Pekerja " + i : "PT Contoh " + i);
                        parties.addBatch();
                    }
                    events.setString(1, UUID.randomUUID().toString());
                    events.setString(2, KABKOTA);
                    events.setString(3, id);
                    events.setTimestamp(4, Timestamp.valueOf(filedAt));
                    events.addBatch();
                    if (i % 1000 == 999) {
                        cases.executeBatch();
                        parties.executeBatch();
                        events.executeBatch();
                    }
                }
                cases.executeBatch();
                parties.executeBatch();
                events.executeBatch();
            }
            db.commit();
        }
        System.out.printf("SIKHI benchmark: %d cases inserted in %d ms%n", CASES, (System.nanoTime() - started) / 1_000_000);
        return first;
    }
}
