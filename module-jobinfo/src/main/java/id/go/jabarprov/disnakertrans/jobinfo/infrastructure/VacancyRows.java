package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Vacancies as the search index takes them, read across kab/kota with plain SQL (EclipseLink refuses native
 * queries in a multitenant unit, and the index holds open data of every kab/kota). Each row names its kab/kota.
 */
@ApplicationScoped
public class VacancyRows {

    private static final String COLUMNS = "v.id, v.tenant_code, v.title, v.employer_name, v.kbji_code, v.education_code,"
            + " v.wage_min, v.wage_max, v.needed, v.filled, v.valid_from, v.valid_until, v.status, v.published_at,"
            + " v.description, v.version";
    private static final String LISTED = "v.status = 'PUBLISHED' and v.filled < v.needed and v.published_at is not null";
    private static final int BATCH = 500;

    @Inject
    DataSource dataSource;

    /** Every vacancy the index lists that is still valid on {@code from}, in batches (its skills with it). */
    public void listed(LocalDate from, Consumer<List<VacancyRow>> batches) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // PostgreSQL reads with a cursor only inside a transaction
            try (PreparedStatement st = c.prepareStatement("select " + COLUMNS + " from jobinfo_vacancy v where " + LISTED
                    + " and v.valid_until >= ?")) {
                st.setFetchSize(BATCH);
                st.setDate(1, Date.valueOf(from));
                try (ResultSet rs = st.executeQuery()) {
                    List<VacancyRow> batch = new ArrayList<>(BATCH);
                    while (rs.next()) {
                        batch.add(row(rs));
                        if (batch.size() == BATCH) {
                            batches.accept(withSkills(c, batch));
                            batch.clear();
                        }
                    }
                    if (!batch.isEmpty()) {
                        batches.accept(withSkills(c, batch));
                    }
                }
            } finally {
                c.rollback(); // read only
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the open vacancies failed", e);
        }
    }

    /** These vacancies as they are now, whatever their status; ids not found are left out. */
    public List<VacancyRow> byId(Collection<String> ids) {
        List<VacancyRow> rows = new ArrayList<>();
        List<String> all = new ArrayList<>(ids);
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < all.size(); from += BATCH) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
                try (PreparedStatement st = c.prepareStatement("select " + COLUMNS + " from jobinfo_vacancy v where v.id in ("
                        + placeholders(chunk.size()) + ")")) {
                    bind(st, chunk);
                    List<VacancyRow> read = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            read.add(row(rs));
                        }
                    }
                    rows.addAll(withSkills(c, read));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading vacancies failed", e);
        }
    }

    /** The id and version of every vacancy changed at or after this time (UTC, as the rows keep it). */
    public Map<String, Long> changedSince(LocalDateTime utc) {
        Map<String, Long> changed = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("select id, version from jobinfo_vacancy where changed_at >= ?")) {
            st.setTimestamp(1, Timestamp.valueOf(utc));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    changed.put(rs.getString(1), rs.getLong(2));
                }
            }
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the changed vacancies failed", e);
        }
    }

    private static List<VacancyRow> withSkills(Connection c, List<VacancyRow> read) throws SQLException {
        if (read.isEmpty()) {
            return read;
        }
        Map<String, List<String>> skills = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("select vacancy_id, skill from jobinfo_vacancy_skill where vacancy_id in ("
                + placeholders(read.size()) + ")")) {
            bind(st, read.stream().map(VacancyRow::id).toList());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    skills.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return read.stream().map(row -> row.withSkills(skills.getOrDefault(row.id(), List.of()))).toList();
    }

    /** A row without its skills, which a second query reads for a whole batch. */
    private static VacancyRow row(ResultSet rs) throws SQLException {
        Timestamp published = rs.getTimestamp(14);
        return new VacancyRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), nullableLong(rs, 7), nullableLong(rs, 8), rs.getInt(9), rs.getInt(10),
                rs.getDate(11).toLocalDate(), rs.getDate(12).toLocalDate(), rs.getString(13),
                published == null ? null : published.toLocalDateTime().toInstant(ZoneOffset.UTC), rs.getString(15), List.of(),
                rs.getLong(16));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static String placeholders(int n) {
        return "?,".repeat(n).substring(0, 2 * n - 1);
    }

    private static void bind(PreparedStatement st, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            st.setString(i + 1, values.get(i));
        }
    }
}
