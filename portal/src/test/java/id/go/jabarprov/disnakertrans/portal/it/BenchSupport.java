package id.go.jabarprov.disnakertrans.portal.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Collectors;

/** What the benchmarks share: a database of their own on the PostgreSQL server of the run, and the test module's seeding. */
final class BenchSupport {

    private BenchSupport() {
    }

    /** Whether the run names a PostgreSQL server ({@code -Dit.pg.url}, as {@code benchmark.sh} and {@code test.sh} do). */
    static boolean hasPostgres() {
        return System.getProperty("it.pg.url") != null;
    }

    static Connection postgresServer() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.pg.url"), System.getProperty("it.pg.user", "portal"),
                System.getProperty("it.pg.password", "portal"));
    }

    /**
     * The URL of database {@code name} beside {@code it.pg.url}, created when missing; dropped first when {@code fresh}
     * (a benchmark that inserts its own rows), kept otherwise (generated data reused by the next run).
     */
    static String postgresDatabase(String name, boolean fresh) throws SQLException {
        String server = System.getProperty("it.pg.url");
        if (server == null) {
            throw new IllegalStateException("no PostgreSQL: -Dit.pg.url=jdbc:postgresql://host:port/postgres"
                    + " (and -Dit.pg.user, -Dit.pg.password); benchmark.sh starts one");
        }
        try (Connection db = postgresServer(); Statement st = db.createStatement()) {
            if (fresh) {
                st.execute("drop database if exists " + name);
            }
            try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!rs.next()) {
                    st.execute("create database " + name);
                }
            }
        }
        return server.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    }

    /** Seeds through the test module's {@code /test-seed} servlet (modules switched on, staff accounts). */
    static void seed(HttpClient http, PayaraMicroProcess portal, Map<String, String> params) throws Exception {
        String body = params.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(portal.url("/test-seed")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("seed " + params + " answered " + response.statusCode());
        }
    }
}
