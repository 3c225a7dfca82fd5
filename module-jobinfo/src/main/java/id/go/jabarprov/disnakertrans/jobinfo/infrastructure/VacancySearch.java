package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The public search over open vacancies of every kab/kota asked for. Open vacancies are open data, so
 * this reads them with plain SQL across kab/kota (only ever rows that are published, within their
 * validity and with posts left) instead of one tenant-scoped query per kab/kota. PostgreSQL searches
 * its full-text index with prefix terms, ranked; H2 (a pilot) matches lower-cased words with LIKE.
 */
@ApplicationScoped
public class VacancySearch {

    private static final String COLUMNS = "v.id, v.tenant_code, v.title, v.employer_name, v.kbji_code, v.education_code, "
            + "v.wage_min, v.wage_max, v.needed - v.filled, v.valid_until, v.published_at";

    @Inject
    DataSource dataSource;

    private volatile Boolean postgres;

    public SearchResult search(SearchQuery query, LocalDate today) {
        if (query.kabKota().isEmpty()) {
            return new SearchResult(List.of(), 0, 1);
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean pg = isPostgres(connection);
            List<Object> params = new ArrayList<>();
            String where = where(query, today, pg, params);
            List<VacancyCard> rows = new ArrayList<>();
            String order = order(query, pg, params);
            String sql = "select " + COLUMNS + " from jobinfo_vacancy v where " + where + order + " limit "
                    + SearchQuery.PAGE_SIZE + " offset " + query.offset();
            try (PreparedStatement statement = prepare(connection, sql, params); ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(card(rs));
                }
            }
            List<Object> countParams = new ArrayList<>();
            String countSql = "select count(*) from (select 1 from jobinfo_vacancy v where " + where(query, today, pg, countParams)
                    + " limit " + (SearchQuery.COUNT_CAP + 1) + ") c";
            int total;
            if (rows.size() < SearchQuery.PAGE_SIZE && query.page() <= 1) {
                total = rows.size(); // the first page holds everything: no second query
            } else {
                try (PreparedStatement statement = prepare(connection, countSql, countParams); ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    total = rs.getInt(1);
                }
            }
            return new SearchResult(rows, total, Math.max(1, query.page()));
        } catch (SQLException e) {
            throw new IllegalStateException("vacancy search failed", e);
        }
    }

    /** One vacancy by id if it is open now, in one of the kab/kota asked for. */
    public java.util.Optional<VacancyCard> open(String id, java.util.Set<String> kabKota, LocalDate today) {
        if (id == null || kabKota.isEmpty()) {
            return java.util.Optional.empty();
        }
        try (Connection connection = dataSource.getConnection()) {
            List<Object> params = new ArrayList<>();
            SearchQuery any = new SearchQuery(null, kabKota, null, null, null, null, null, true, 1);
            String sql = "select " + COLUMNS + " from jobinfo_vacancy v where v.id = ? and " + where(any, today, false, params);
            params.add(0, id);
            try (PreparedStatement statement = prepare(connection, sql, params); ResultSet rs = statement.executeQuery()) {
                return rs.next() ? java.util.Optional.of(card(rs)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("vacancy lookup failed", e);
        }
    }

    private String where(SearchQuery query, LocalDate today, boolean pg, List<Object> params) {
        StringBuilder where = new StringBuilder("v.status = 'PUBLISHED' and v.valid_until >= ? and v.valid_from <= ? and v.filled < v.needed");
        params.add(Date.valueOf(today));
        params.add(Date.valueOf(today));
        where.append(" and v.tenant_code in (").append("?,".repeat(query.kabKota().size()).replaceAll(",$", "")).append(')');
        params.addAll(query.kabKota());
        List<String> terms = query.terms();
        if (!terms.isEmpty()) {
            if (pg) {
                where.append(" and v.search_vector @@ to_tsquery('simple', ?)");
                params.add(tsQuery(terms));
            } else {
                for (String term : terms) {
                    where.append(" and v.search_text like ?");
                    params.add("%" + term + "%");
                }
            }
        }
        if (query.majorGroup() != null) {
            where.append(" and v.kbji_major = ?");
            params.add(query.majorGroup());
        }
        if (query.educationRank() != null) {
            where.append(" and (v.education_rank is null or v.education_rank <= ?)");
            params.add(query.educationRank());
        }
        if (query.wageAtLeast() != null) {
            where.append(" and coalesce(v.wage_max, v.wage_min) >= ?");
            params.add(query.wageAtLeast());
        }
        if (query.postedDays() != null) {
            where.append(" and v.published_at >= ?");
            params.add(Timestamp.valueOf(today.minusDays(query.postedDays()).atStartOfDay()));
        }
        return where.toString();
    }

    private String order(SearchQuery query, boolean pg, List<Object> params) {
        List<String> terms = query.terms();
        if (query.byDate() || terms.isEmpty()) {
            return " order by v.published_at desc, v.id";
        }
        if (pg) {
            params.add(tsQuery(terms));
            return " order by ts_rank(v.search_vector, to_tsquery('simple', ?)) desc, v.published_at desc, v.id";
        }
        params.add("%" + terms.get(0) + "%");
        return " order by case when lower(v.title) like ? then 0 else 1 end, v.published_at desc, v.id";
    }

    /** {@code operator:* & mesin:*}: every word, each also as a prefix, as the reader is typing. */
    private static String tsQuery(List<String> terms) {
        return String.join(" & ", terms.stream().map(t -> t + ":*").toList());
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
        return statement;
    }

    private static VacancyCard card(ResultSet rs) throws SQLException {
        Timestamp published = rs.getTimestamp(11);
        long wageMin = rs.getLong(7);
        Long min = rs.wasNull() ? null : wageMin;
        long wageMax = rs.getLong(8);
        Long max = rs.wasNull() ? null : wageMax;
        return new VacancyCard(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), min, max, rs.getInt(9), rs.getDate(10).toLocalDate(),
                published == null ? null : published.toLocalDateTime().toInstant(ZoneOffset.UTC));
    }

    private boolean isPostgres(Connection connection) throws SQLException {
        if (postgres == null) {
            postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        }
        return postgres;
    }

}
