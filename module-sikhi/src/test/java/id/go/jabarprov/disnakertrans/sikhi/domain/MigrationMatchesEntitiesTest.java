package id.go.jabarprov.disnakertrans.sikhi.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * EclipseLink does not generate the schema, so a column the migration lacks only shows at run time.
 * This reads the migrations that create the entities' tables and their mappings and requires them to agree: same tables, same
 * columns, NOT NULL where the mapping says so, enum names that fit their columns, and SQL that runs on
 * both H2 and PostgreSQL. (The mappings were also run once against H2 with EclipseLink 4.0.7.)
 */
class MigrationMatchesEntitiesTest {

    static final List<Class<?>> ENTITIES = List.of(DisputeCase.class, CaseParty.class, CaseDocument.class, CaseEvent.class,
            MediationSession.class, SessionConfirmation.class, SessionAttendance.class, Anjuran.class, AnjuranAnswer.class, PerjanjianBersama.class,
            PbAcceptance.class, CaseMessage.class, Consultation.class, ServiceRequest.class, ServiceRequestDocument.class,
            KlarifikasiRequest.class, ForumVote.class, ConflictDeclaration.class, RepresentativeRefusal.class,
            KlarifikasiAnswer.class, KlarifikasiAttachment.class);

    record SqlColumn(String type, Integer width, boolean notNull) {
    }

    /**
     * The migrations that create the entities' tables, in order (V2 to V4 hold the non-tenant directory
     * and the numbering, which are no entities of this unit).
     */
    private static final List<String> ENTITY_MIGRATIONS = List.of("V1__sikhi.sql", "V6__session_attendance.sql",
            "V7__klarifikasi_request.sql", "V8__forum_vote.sql", "V9__mediator_integrity.sql", "V10__forum_vote_recorded.sql",
            "V11__klarifikasi_answer.sql", "V12__conflict_found_later.sql", "V13__paper_answers.sql");

    private static final Map<String, Map<String, SqlColumn>> TABLES = parse(sql());

    private static String sql() {
        StringBuilder all = new StringBuilder();
        for (String file : ENTITY_MIGRATIONS) {
            try (InputStream in = MigrationMatchesEntitiesTest.class.getResourceAsStream("/db/migration/sikhi/" + file)) {
                assertNotNull(in, file + " on the classpath");
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return all.toString();
    }

    private static Map<String, Map<String, SqlColumn>> parse(String sql) {
        Map<String, Map<String, SqlColumn>> tables = new LinkedHashMap<>();
        String noComments = sql.replaceAll("--[^\n]*", "");
        Matcher table = Pattern.compile("create table (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL).matcher(noComments);
        Pattern column = Pattern.compile("\\s*(\\w+)\\s+(\\w+)(?:\\((\\d+)\\))?(.*)");
        while (table.find()) {
            Map<String, SqlColumn> columns = new LinkedHashMap<>();
            for (String line : table.group(2).split(",\\s*\\n")) {
                Matcher m = column.matcher(line.strip());
                assertTrue(m.matches(), line);
                String rest = m.group(4).toLowerCase(Locale.ROOT);
                columns.put(m.group(1).toLowerCase(Locale.ROOT), new SqlColumn(m.group(2).toLowerCase(Locale.ROOT),
                        m.group(3) == null ? null : Integer.valueOf(m.group(3)), rest.contains("not null") || rest.contains("primary key")));
            }
            tables.put(table.group(1).toLowerCase(Locale.ROOT), columns);
        }
        // later migrations add columns to existing tables, one per statement
        Matcher added = Pattern.compile("alter table (\\w+) add column (\\w+) (\\w+)(?:\\((\\d+)\\))?([^;]*);").matcher(noComments);
        while (added.find()) {
            Map<String, SqlColumn> columns = tables.get(added.group(1).toLowerCase(Locale.ROOT));
            assertNotNull(columns, "column added to a table no migration created: " + added.group(1));
            String rest = added.group(5).toLowerCase(Locale.ROOT);
            columns.put(added.group(2).toLowerCase(Locale.ROOT), new SqlColumn(added.group(3).toLowerCase(Locale.ROOT),
                    added.group(4) == null ? null : Integer.valueOf(added.group(4)), rest.contains("not null")));
        }
        return tables;
    }

    record Mapped(Field field, String column, boolean notNull) {
    }

    private static List<Mapped> mapped(Class<?> entity) {
        return Stream.of(entity.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isAnnotationPresent(Transient.class))
                .filter(f -> !f.isAnnotationPresent(OneToMany.class))
                .filter(f -> !(f.isAnnotationPresent(OneToOne.class) && !f.getAnnotation(OneToOne.class).mappedBy().isEmpty()))
                .map(f -> {
                    JoinColumn join = f.getAnnotation(JoinColumn.class);
                    Column col = f.getAnnotation(Column.class);
                    if (join != null) {
                        return new Mapped(f, join.name(), !join.nullable());
                    }
                    String name = col != null && !col.name().isEmpty() ? col.name() : f.getName();
                    boolean notNull = (col != null && !col.nullable()) || f.getType().isPrimitive()
                            || f.isAnnotationPresent(jakarta.persistence.Id.class) || f.isAnnotationPresent(Version.class);
                    return new Mapped(f, name.toLowerCase(Locale.ROOT), notNull);
                }).toList();
    }

    static Stream<Class<?>> entities() {
        return ENTITIES.stream();
    }

    @ParameterizedTest
    @MethodSource("entities")
    void theTableHasExactlyTheMappedColumns(Class<?> entity) {
        assertTrue(entity.isAnnotationPresent(Entity.class));
        assertTrue(TenantOwnedEntity.class.isAssignableFrom(entity), "every SIKHI row belongs to a kab/kota");
        String tableName = entity.getAnnotation(Table.class).name();
        Map<String, SqlColumn> table = TABLES.get(tableName);
        assertNotNull(table, "no table " + tableName);

        Map<String, Boolean> expected = new LinkedHashMap<>();
        expected.put("tenant_code", true);
        for (Mapped m : mapped(entity)) {
            assertFalse(expected.containsKey(m.column()), "column mapped twice: " + m.column());
            expected.put(m.column(), m.notNull());
        }
        assertEquals(expected.keySet(), table.keySet(), tableName);
        expected.forEach((column, notNull) -> {
            if (notNull) {
                assertTrue(table.get(column).notNull(), tableName + "." + column + " should be NOT NULL");
            }
        });
        assertEquals(new SqlColumn("varchar", 8, true), table.get("tenant_code"));
        assertEquals(new SqlColumn("varchar", 36, true), table.get("id"));
    }

    @ParameterizedTest
    @MethodSource("entities")
    void enumNamesFitTheirColumns(Class<?> entity) {
        Map<String, SqlColumn> table = TABLES.get(entity.getAnnotation(Table.class).name());
        for (Mapped m : mapped(entity)) {
            if (m.field().isAnnotationPresent(Enumerated.class)) {
                int longest = Stream.of(m.field().getType().getEnumConstants()).mapToInt(e -> ((Enum<?>) e).name().length()).max()
                        .orElse(0);
                assertTrue(longest <= table.get(m.column()).width(), m.column());
            }
        }
        if (entity == CaseEvent.class) {
            int longestAction = Stream.of(CaseAction.values()).mapToInt(a -> a.name().length()).max().orElse(0);
            assertTrue(longestAction <= table.get("action").width());
        }
    }

    @Test
    void everyTableIsMapped() {
        assertEquals(ENTITIES.stream().map(e -> e.getAnnotation(Table.class).name()).sorted().toList(),
                TABLES.keySet().stream().sorted().toList());
        TABLES.keySet().forEach(name -> assertTrue(name.startsWith("sikhi_"), name));
    }

    @Test
    void onlyTypesBothDatabasesShare() {
        List<String> portable = List.of("varchar", "integer", "bigint", "boolean", "date", "timestamp");
        TABLES.forEach((table, columns) -> columns.forEach((name, column) ->
                assertTrue(portable.contains(column.type()), table + "." + name + " is " + column.type())));
        String lower = sql().replaceAll("--[^\n]*", "").toLowerCase(Locale.ROOT);
        for (String unportable : List.of(" text", "clob", "serial", "identity", "auto_increment", "if not exists")) {
            assertFalse(lower.contains(unportable), unportable);
        }
    }

    @Test
    void longTextsFitTheLimitsServicesCheck() {
        assertEquals(Limits.CHRONOLOGY, TABLES.get("sikhi_case").get("chronology").width());
        assertEquals(Limits.DEMANDS, TABLES.get("sikhi_case").get("demands").width());
        assertTrue(TABLES.get("sikhi_case").get("outcome").width() >= Limits.NOTE);
        assertEquals(Limits.NOTE, TABLES.get("sikhi_event").get("note").width());
        assertEquals(Limits.DOCUMENT_TEXT, TABLES.get("sikhi_anjuran").get("content").width());
        assertEquals(Limits.DOCUMENT_TEXT, TABLES.get("sikhi_perjanjian_bersama").get("content").width());
        assertEquals(Limits.RISALAH_FIELD, TABLES.get("sikhi_session").get("issue").width());
        assertEquals(Limits.SHORT_TEXT, TABLES.get("sikhi_session").get("parties_present").width());
        assertEquals(Limits.MESSAGE, TABLES.get("sikhi_message").get("body").width());
        assertEquals(Limits.QUESTION, TABLES.get("sikhi_consultation").get("question").width());
        assertEquals(Limits.ANSWER, TABLES.get("sikhi_consultation").get("answer").width());
        assertEquals(Limits.NAME, TABLES.get("sikhi_party").get("name").width());
        assertEquals(Limits.ADDRESS, TABLES.get("sikhi_party").get("address").width());
        assertEquals(Limits.RISALAH_FIELD, TABLES.get("sikhi_klarifikasi").get("questions").width());
        assertEquals(Limits.SHORT_TEXT, TABLES.get("sikhi_klarifikasi").get("received").width());
        assertEquals(Limits.NAME, TABLES.get("sikhi_forum_vote").get("provider_name").width());
        assertEquals(Limits.ANSWER, TABLES.get("sikhi_klarifikasi_answer").get("answer_text").width());
        assertEquals(Limits.NAME, TABLES.get("sikhi_klarifikasi_attachment").get("file_name").width());
        assertEquals(Limits.SHORT_TEXT, TABLES.get("sikhi_conflict_declaration").get("reason").width());
        assertEquals(Limits.SHORT_TEXT, TABLES.get("sikhi_representative_refusal").get("reason").width());
    }

    @Test
    void queuesAndCodesAreIndexed() {
        String lower = sql().toLowerCase(Locale.ROOT);
        assertTrue(lower.contains("create unique index sikhi_case_tracking on sikhi_case (tracking_code)"));
        assertTrue(lower.contains("create unique index sikhi_case_registration on sikhi_case (tenant_code, registration_number)"));
        assertTrue(lower.contains("create index sikhi_case_stage on sikhi_case (tenant_code, stage)"));
        assertTrue(lower.contains("on sikhi_case (tenant_code, assigned_mediator"));
    }
}
