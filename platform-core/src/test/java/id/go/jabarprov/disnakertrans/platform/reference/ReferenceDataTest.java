package id.go.jabarprov.disnakertrans.platform.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Runs the platform migrations (the SQL ones in db/migration/platform plus {@link V3__Reference_data})
 * on H2 and, when {@code it.pg.url} is set, on PostgreSQL, and checks the loaded reference data.
 */
class ReferenceDataTest {

    private static final String PG_SCHEMA = "refdata_test";

    @Test
    void migratesOnH2() throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        // DB_CLOSE_DELAY=-1: Flyway opens and closes several connections; without it the in-memory
        // database would vanish between them.
        ds.setURL("jdbc:h2:mem:refdata;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        ds.setPassword("");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            // The named database outlives this test within the JVM; start from nothing every time.
            s.execute("drop all objects");
        }
        try {
            Flyway flyway = platformFlyway().dataSource(ds).load();
            assertMigrated(flyway.migrate(), flyway);
            try (Connection c = ds.getConnection()) {
                assertReferenceData(c);
            }
        } finally {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("shutdown");
            }
        }
    }

    @Test
    void migratesOnPostgresql() throws SQLException {
        String url = System.getProperty("it.pg.url");
        assumeTrue(url != null && !url.isBlank(), "it.pg.url is not set; PostgreSQL run skipped");
        String user = System.getProperty("it.pg.user");
        String password = System.getProperty("it.pg.password");

        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + PG_SCHEMA + " cascade");
            s.execute("create schema " + PG_SCHEMA);
        }
        try {
            Flyway flyway = platformFlyway().dataSource(url, user, password).schemas(PG_SCHEMA).load();
            assertMigrated(flyway.migrate(), flyway);
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                c.setSchema(PG_SCHEMA);
                assertReferenceData(c);
            }
        } finally {
            try (Connection c = DriverManager.getConnection(url, user, password);
                    Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + PG_SCHEMA + " cascade");
            }
        }
    }

    /** The platform's Flyway setup as the application uses it: explicit Java migrations, no scanning. */
    private static FluentConfiguration platformFlyway() {
        return Flyway.configure()
                .locations("classpath:db/migration/platform")
                .javaMigrations(new V3__Reference_data())
                .table("flyway_history_platform")
                .baselineOnMigrate(true)
                .baselineVersion("0");
    }

    private static void assertMigrated(MigrateResult result, Flyway flyway) {
        assertTrue(result.success, "migration failed");
        List<String> applied = new ArrayList<>();
        for (MigrationInfo info : flyway.info().applied()) {
            if (info.getVersion() != null && info.getState() == MigrationState.SUCCESS) {
                applied.add(info.getVersion().getVersion());
            }
        }
        assertTrue(applied.containsAll(List.of("2", "3")), "V2 and V3 applied: " + applied);
        // A second run must find nothing to do and, through the checksum, no changed file.
        flyway.validate();
        assertEquals(0, flyway.migrate().migrationsExecuted);
    }

    private static void assertReferenceData(Connection c) throws SQLException {
        // Wilayah
        assertEquals(1, count(c, "select count(*) from platform_wilayah where level = 1"));
        assertRow(c, "select parent_code, name, level, kind from platform_wilayah where code = '32'",
                null, "Jawa Barat", "1", "PROVINSI");
        assertEquals(27, count(c, "select count(*) from platform_wilayah where level = 2 and parent_code = '32'"));
        assertEquals(18, count(c, "select count(*) from platform_wilayah where level = 2 and kind = 'KABUPATEN'"));
        assertEquals(9, count(c, "select count(*) from platform_wilayah where level = 2 and kind = 'KOTA'"));
        assertEquals(627, count(c, "select count(*) from platform_wilayah where level = 3 and kind = 'KECAMATAN'"));
        assertEquals(5957, count(c, "select count(*) from platform_wilayah where level = 4"));
        assertEquals(646, count(c, "select count(*) from platform_wilayah where level = 4 and kind = 'KELURAHAN'"));
        assertEquals(5311, count(c, "select count(*) from platform_wilayah where level = 4 and kind = 'DESA'"));
        assertEquals(1 + 27 + 627 + 5957, count(c, "select count(*) from platform_wilayah"));
        assertEquals(0, count(c, "select count(*) from platform_wilayah w where w.parent_code is not null"
                + " and not exists (select 1 from platform_wilayah p where p.code = w.parent_code"
                + " and p.level = w.level - 1)"));
        assertRow(c, "select parent_code, name, level, kind from platform_wilayah where code = '32.73'",
                "32", "Kota Bandung", "2", "KOTA");
        assertRow(c, "select parent_code, name, level, kind from platform_wilayah where code = '32.03.31.2004'",
                "32.03.31", "Mekarwangi/Sukatani", "4", "DESA");
        assertRow(c, "select parent_code, name, level, kind from platform_wilayah where code = '32.71.04.1004'",
                "32.71.04", "Marga Jaya", "4", "KELURAHAN");
        assertRow(c, "select parent_code, name, level, kind from platform_wilayah where code = '32.01.01'",
                "32.01", "Cibinong", "3", "KECAMATAN");

        // KBJI 2014
        assertEquals(629, count(c, "select count(*) from platform_occupation"));
        assertEquals(10, count(c, "select count(*) from platform_occupation where level = 1 and parent_code is null"));
        assertEquals(43, count(c, "select count(*) from platform_occupation where level = 2"));
        assertEquals(130, count(c, "select count(*) from platform_occupation where level = 3"));
        assertEquals(446, count(c, "select count(*) from platform_occupation where level = 4"));
        assertEquals(607, count(c, "select count(*) from platform_occupation where title_en_source = 'ISCO-08'"));
        assertEquals(22, count(c, "select count(*) from platform_occupation where title_en_source = 'TRANSLATION'"));
        assertEquals(0, count(c, "select count(*) from platform_occupation o where o.parent_code is not null"
                + " and not exists (select 1 from platform_occupation p where p.code = o.parent_code)"));
        assertRow(c, "select level, parent_code, title_id from platform_occupation where code = '0'",
                "1", null, "Tentara Nasional Indonesia (TNI) dan Kepolisian Negara Republik Indonesia (POLRI)");
        // Leading zero kept, and a quoted field with a comma read as one value.
        assertRow(c, "select code, level, parent_code, title_id, title_en, title_en_source"
                        + " from platform_occupation where code = '0111'",
                "0111", "4", "011", "Perwira Markas Besar TNI", "Commissioned officers, TNI Headquarters",
                "TRANSLATION");
        // Non-ASCII (U+2019) survives the round trip, so the files were read as UTF-8.
        assertRow(c, "select title_id, title_en from platform_occupation where code = '3151'",
                "Teknisi Kapal", "Ships\u2019 engineers");

        // KBLI 2020
        assertEquals(109, count(c, "select count(*) from platform_industry"));
        assertEquals(21, count(c,
                "select count(*) from platform_industry where level = 'SECTION' and parent_code is null"));
        assertEquals(88, count(c, "select count(*) from platform_industry where level = 'DIVISION'"));
        assertEquals(0, count(c, "select count(*) from platform_industry i where i.parent_code is not null"
                + " and not exists (select 1 from platform_industry p where p.code = i.parent_code"
                + " and p.level = 'SECTION')"));
        assertRow(c, "select level, parent_code, title_id, title_en from platform_industry where code = 'A'",
                "SECTION", null, "Pertanian, Kehutanan dan Perikanan", "Agriculture, forestry and fishing");
        assertRow(c, "select level, parent_code, title_id from platform_industry where code = '01'",
                "DIVISION", "A", "Pertanian Tanaman, Peternakan, Perburuan dan Kegiatan YBDI");
        assertRow(c, "select title_id from platform_industry where code = 'T'",
                "Aktivitas Rumah Tangga sebagai Pemberi Kerja; Aktivitas yang Menghasilkan Barang dan Jasa oleh"
                        + " Rumah Tangga yang Digunakan untuk Memenuhi Kebutuhan Sendiri");

        // Education levels
        assertEquals(12, count(c, "select count(*) from platform_education_level"));
        assertRow(c, "select name_id, name_en, sort_order from platform_education_level where code = 'TIDAK_TAMAT_SD'",
                "Tidak/Belum Tamat SD", "Did not complete primary school", "1");
        assertRow(c, "select name_en, sort_order from platform_education_level where code = 'S1'",
                "Bachelor's degree (S1)", "10");
        assertEquals(12, count(c, "select max(sort_order) from platform_education_level"));

        // Holidays 2026
        assertEquals(25, count(c, "select count(*) from platform_holiday"));
        assertEquals(17, count(c, "select count(*) from platform_holiday where kind = 'LIBUR_NASIONAL'"));
        assertEquals(8, count(c, "select count(*) from platform_holiday where kind = 'CUTI_BERSAMA'"));
        assertEquals(0, count(c, "select count(*) from platform_holiday where name_en is not null or version <> 0"));
        assertEquals(25, count(c, "select count(*) from platform_holiday"
                + " where holiday_date >= date '2026-01-01' and holiday_date <= date '2026-12-31'"));
        try (PreparedStatement ps = c.prepareStatement(
                "select kind, name_id from platform_holiday where holiday_date = ?")) {
            ps.setObject(1, LocalDate.of(2026, 8, 17));
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "17 August 2026");
                assertEquals("LIBUR_NASIONAL", rs.getString(1));
                assertEquals("Proklamasi Kemerdekaan RI", rs.getString(2));
            }
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select min(holiday_date), max(holiday_date) from platform_holiday")) {
            assertTrue(rs.next());
            assertEquals(LocalDate.of(2026, 1, 1), rs.getObject(1, LocalDate.class));
            assertEquals(LocalDate.of(2026, 12, 25), rs.getObject(2, LocalDate.class));
        }
    }

    @Test
    void csvReaderHandlesQuotesAndKeepsCodesAsText() {
        ReferenceCsv csv = ReferenceCsv.parse("test.csv", "\uFEFFcode,title,note\r\n"
                + "0111,\"Officers, HQ\",\"say \"\"hi\"\"\"\r\n"
                + "01,,\"two\nlines\"\n"
                + "\"007\",\"\",last");
        assertEquals(List.of("code", "title", "note"), csv.header());
        assertEquals(3, csv.rows().size());
        ReferenceCsv.Row first = csv.rows().get(0);
        assertEquals("0111", first.get("code"));
        assertEquals("Officers, HQ", first.get("title"));
        assertEquals("say \"hi\"", first.get("note"));
        ReferenceCsv.Row second = csv.rows().get(1);
        assertEquals(3, second.line());
        assertEquals("01", second.get("code"));
        assertNull(second.nullable("title"));
        assertEquals("two\nlines", second.get("note"));
        ReferenceCsv.Row third = csv.rows().get(2);
        assertEquals(5, third.line());
        assertEquals(Arrays.asList("007", "", "last"), third.values());
    }

    @Test
    void csvReaderRejectsMalformedInput() {
        assertThrows(IllegalArgumentException.class, () -> ReferenceCsv.parse("t", "a,b\n1,\"open\n"));
        assertThrows(IllegalArgumentException.class, () -> ReferenceCsv.parse("t", "a,b\n1,2,3\n"));
        assertThrows(IllegalArgumentException.class, () -> ReferenceCsv.parse("t", "a,b\n1\n"));
        assertThrows(IllegalArgumentException.class, () -> ReferenceCsv.parse("t", "a,b\n1,\"x\"y\n"));
        assertThrows(IllegalArgumentException.class, () -> ReferenceCsv.parse("t", "a,b\n1,x\"y\n"));
        assertThrows(IllegalArgumentException.class, () -> ReferenceCsv.parse("t", "a,b\n1,2\n\n"));
        assertThrows(IllegalArgumentException.class, () -> ReferenceCsv.parse("t", ""));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ReferenceCsv.parse("t", "a,b\n1,2\n").rows().get(0).get("c"));
        assertTrue(missing.getMessage().contains("'c'"), missing.getMessage());
    }

    @Test
    void shippedFilesParseAndChecksumIsStable() {
        for (String file : V3__Reference_data.FILES) {
            ReferenceCsv csv = ReferenceCsv.load(file);
            assertTrue(csv.rows().size() > 0, file);
            assertTrue(csv.header().contains("code") || csv.header().contains("date"), file);
        }
        Integer checksum = new V3__Reference_data().getChecksum();
        assertNotNull(checksum);
        assertEquals(checksum, new V3__Reference_data().getChecksum());
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }

    /** Compares every column of the single row {@code sql} returns, as text. */
    private static void assertRow(Connection c, String sql, String... expected) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), "no row: " + sql);
            String[] actual = new String[expected.length];
            for (int i = 0; i < expected.length; i++) {
                actual[i] = rs.getString(i + 1);
            }
            assertEquals(Arrays.asList(expected), Arrays.asList(actual), sql);
            assertEquals(expected.length, rs.getMetaData().getColumnCount(), sql);
            assertTrue(!rs.next(), "more than one row: " + sql);
        }
    }
}
