package id.go.jabarprov.disnakertrans.platform.reference;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the reference data shipped in {@code /reference-data} (see SOURCES.md there for provenance and
 * licences) into the tables created by {@code V2__reference_tables.sql}.
 *
 * <p>The CSV files are loaded as they were published to the project, unmodified, so that a file can be
 * compared byte for byte with its source; everything this class adds (the province row, the
 * kecamatan kind, the hierarchy levels) is derived here in code. The data is a snapshot: a later decree
 * or edition goes into a new migration, never into these files, which is why {@link #getChecksum()}
 * covers their content.
 *
 * <p>Registered explicitly through {@code javaMigrations(...)}, not found by classpath scanning, so it
 * keeps a public no-argument constructor.
 */
public class V3__Reference_data extends BaseJavaMigration {

    static final String PROVINCE_CODE = "32";
    static final String PROVINCE_NAME = "Jawa Barat";

    static final String KABKOTA_FILE = "wilayah-jabar-kabkota.csv";
    static final String KECAMATAN_FILE = "wilayah-jabar-kecamatan.csv";
    static final String DESA_FILE = "wilayah-jabar-desa.csv";
    static final String OCCUPATION_FILE = "occupations-kbji2014.csv";
    static final String INDUSTRY_FILE = "kbli2020-sections.csv";
    static final String EDUCATION_FILE = "education-levels.csv";
    static final String HOLIDAY_FILE = "hari-libur-2026.csv";

    /** Every file this migration reads, in the order they enter the checksum. */
    static final List<String> FILES = List.of(KABKOTA_FILE, KECAMATAN_FILE, DESA_FILE, OCCUPATION_FILE,
            INDUSTRY_FILE, EDUCATION_FILE, HOLIDAY_FILE);

    // The desa file has about 6,000 rows; bounded batches keep driver buffers small on both databases
    // while still saving almost all round trips.
    private static final int BATCH_SIZE = 500;

    private static final String INSERT_WILAYAH =
            "insert into platform_wilayah (code, parent_code, name, level, kind) values (?, ?, ?, ?, ?)";
    private static final String INSERT_OCCUPATION = "insert into platform_occupation"
            + " (code, level, parent_code, title_id, title_en, title_en_source) values (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_INDUSTRY =
            "insert into platform_industry (code, level, parent_code, title_id, title_en) values (?, ?, ?, ?, ?)";
    private static final String INSERT_EDUCATION =
            "insert into platform_education_level (code, name_id, name_en, sort_order) values (?, ?, ?, ?)";
    private static final String INSERT_HOLIDAY =
            "insert into platform_holiday (holiday_date, kind, name_id, name_en, version) values (?, ?, ?, ?, 0)";

    private volatile Integer checksum;

    public V3__Reference_data() {
    }

    /**
     * A checksum of the parsed content (not the raw bytes, so a checkout with CRLF line endings gives
     * the same value). Without it Flyway would not notice if a shipped file were edited after the
     * migration had run somewhere, and environments would silently diverge.
     */
    @Override
    public Integer getChecksum() {
        Integer value = checksum;
        if (value == null) {
            value = computeChecksum();
            checksum = value;
        }
        return value;
    }

    private static int computeChecksum() {
        CRC32 crc = new CRC32();
        // Length-prefixed strings, so that moving text between adjacent fields changes the checksum.
        try (DataOutputStream out =
                new DataOutputStream(new CheckedOutputStream(OutputStream.nullOutputStream(), crc))) {
            writeStrings(out, List.of(PROVINCE_CODE, PROVINCE_NAME));
            for (String file : FILES) {
                ReferenceCsv csv = ReferenceCsv.load(file);
                writeStrings(out, List.of(file));
                writeStrings(out, csv.header());
                for (ReferenceCsv.Row row : csv.rows()) {
                    writeStrings(out, row.values());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    @Override
    public void migrate(Context context) throws Exception {
        // Parse and check every file before the first insert, so a bad file reports its own line
        // instead of surfacing as a constraint error halfway through another table.
        ReferenceCsv kabKota = ReferenceCsv.load(KABKOTA_FILE);
        ReferenceCsv kecamatan = ReferenceCsv.load(KECAMATAN_FILE);
        ReferenceCsv desa = ReferenceCsv.load(DESA_FILE);
        ReferenceCsv occupations = ReferenceCsv.load(OCCUPATION_FILE);
        ReferenceCsv industries = ReferenceCsv.load(INDUSTRY_FILE);
        ReferenceCsv education = ReferenceCsv.load(EDUCATION_FILE);
        ReferenceCsv holidays = ReferenceCsv.load(HOLIDAY_FILE);

        Set<String> kabKotaCodes = codes(kabKota);
        Set<String> kecamatanCodes = codes(kecamatan);
        codes(desa);
        checkParents(kecamatan, "kabkota_code", kabKotaCodes);
        checkParents(desa, "kecamatan_code", kecamatanCodes);
        checkParents(occupations, "parent_code", codes(occupations));
        checkParents(industries, "parent_code", codes(industries));

        // Flyway owns this connection and its transaction: it must be neither closed nor committed here.
        Connection connection = context.getConnection();
        insertWilayah(connection, kabKota, kecamatan, desa);
        insertOccupations(connection, occupations);
        insertIndustries(connection, industries);
        insertEducationLevels(connection, education);
        insertHolidays(connection, holidays);
    }

    private static void insertWilayah(Connection connection, ReferenceCsv kabKota, ReferenceCsv kecamatan,
            ReferenceCsv desa) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_WILAYAH)) {
            // The province is not a row of any file: the extraction kept only its children.
            bindWilayah(insert, PROVINCE_CODE, null, PROVINCE_NAME, 1, "PROVINSI");
            insert.executeUpdate();
        }
        batch(connection, INSERT_WILAYAH, kabKota, (insert, row) -> {
            String code = row.required("code");
            if (!code.startsWith(PROVINCE_CODE + ".")) {
                throw row.error("kab/kota " + code + " is outside province " + PROVINCE_CODE);
            }
            bindWilayah(insert, code, PROVINCE_CODE, row.required("name"), 2,
                    row.oneOf("type", Set.of("KABUPATEN", "KOTA")));
        });
        batch(connection, INSERT_WILAYAH, kecamatan, (insert, row) -> bindWilayah(insert, row.required("code"),
                row.required("kabkota_code"), row.required("name"), 3, "KECAMATAN"));
        batch(connection, INSERT_WILAYAH, desa, (insert, row) -> bindWilayah(insert, row.required("code"),
                row.required("kecamatan_code"), row.required("name"), 4,
                row.oneOf("type", Set.of("DESA", "KELURAHAN"))));
    }

    private static void bindWilayah(PreparedStatement insert, String code, String parentCode, String name, int level,
            String kind) throws SQLException {
        insert.setString(1, code);
        setNullableString(insert, 2, parentCode);
        insert.setString(3, name);
        insert.setShort(4, (short) level);
        insert.setString(5, kind);
    }

    private static void insertOccupations(Connection connection, ReferenceCsv occupations) throws SQLException {
        batch(connection, INSERT_OCCUPATION, occupations, (insert, row) -> {
            String code = row.required("code");
            short level = row.smallint("level");
            // KBJI codes are positional: the level is the number of digits. A mismatch means a code
            // lost a leading zero somewhere upstream.
            if (level != code.length()) {
                throw row.error("code " + code + " does not have " + level + " digits");
            }
            insert.setString(1, code);
            insert.setShort(2, level);
            setNullableString(insert, 3, row.nullable("parent_code"));
            insert.setString(4, row.required("title_id"));
            setNullableString(insert, 5, row.nullable("title_en"));
            insert.setString(6, row.oneOf("title_en_source", Set.of("ISCO-08", "TRANSLATION")));
        });
    }

    private static void insertIndustries(Connection connection, ReferenceCsv industries) throws SQLException {
        batch(connection, INSERT_INDUSTRY, industries, (insert, row) -> {
            insert.setString(1, row.required("code"));
            insert.setString(2, row.oneOf("level", Set.of("SECTION", "DIVISION")));
            setNullableString(insert, 3, row.nullable("parent_code"));
            insert.setString(4, row.required("title_id"));
            setNullableString(insert, 5, row.nullable("title_en"));
        });
    }

    private static void insertEducationLevels(Connection connection, ReferenceCsv education) throws SQLException {
        batch(connection, INSERT_EDUCATION, education, (insert, row) -> {
            insert.setString(1, row.required("code"));
            insert.setString(2, row.required("name_id"));
            insert.setString(3, row.required("name_en"));
            // "order" is reserved in SQL, hence the different column name.
            insert.setShort(4, row.smallint("order"));
        });
    }

    private static void insertHolidays(Connection connection, ReferenceCsv holidays) throws SQLException {
        batch(connection, INSERT_HOLIDAY, holidays, (insert, row) -> {
            LocalDate date;
            try {
                date = LocalDate.parse(row.get("date"));
            } catch (DateTimeParseException e) {
                throw row.error("date '" + row.get("date") + "' is not an ISO date");
            }
            // A LocalDate, not java.sql.Date: no time zone conversion can move the holiday by a day.
            insert.setObject(1, date);
            insert.setString(2, row.oneOf("kind", Set.of("LIBUR_NASIONAL", "CUTI_BERSAMA")));
            insert.setString(3, row.required("name_id"));
            // The decree is published in Indonesian only; an English name is left to administrators.
            insert.setNull(4, Types.VARCHAR);
        });
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement insert, ReferenceCsv.Row row) throws SQLException;
    }

    private static void batch(Connection connection, String sql, ReferenceCsv csv, Binder binder)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (ReferenceCsv.Row row : csv.rows()) {
                binder.bind(insert, row);
                insert.addBatch();
                if (++pending == BATCH_SIZE) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static void setNullableString(PreparedStatement insert, int index, String value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.VARCHAR);
        } else {
            insert.setString(index, value);
        }
    }

    /** The codes of a file; a duplicate would otherwise only show up as a primary key violation. */
    private static Set<String> codes(ReferenceCsv csv) {
        Set<String> codes = new HashSet<>();
        for (ReferenceCsv.Row row : csv.rows()) {
            if (!codes.add(row.required("code"))) {
                throw row.error("duplicate code " + row.get("code"));
            }
        }
        return codes;
    }

    // The tables carry no foreign keys on parent_code, so nothing in the database would reject a
    // dangling parent; it is caught here, with the file and line that hold it.
    private static void checkParents(ReferenceCsv csv, String parentColumn, Set<String> parents) {
        for (ReferenceCsv.Row row : csv.rows()) {
            String parent = row.nullable(parentColumn);
            if (parent != null && !parents.contains(parent)) {
                throw row.error(parentColumn + " " + parent + " is not a known code");
            }
        }
    }
}
