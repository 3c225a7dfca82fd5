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
 * its full-text indexes with prefix terms; H2 (a pilot) matches lower-cased words with LIKE. Best match means
 * the words in the title first, then in the description, each newest first.
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
            return new SearchResult(List.of(), false, 1);
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean pg = isPostgres(connection);
            List<Object> params = new ArrayList<>();
            int end = query.offset() + SearchQuery.PAGE_SIZE + 1; // one more than the page: is there a next page?
            String sql = pg && !query.byDate() && !query.terms().isEmpty()
                    ? titleMatchesFirst(query, today, params, end)
                    : "select " + COLUMNS + " from jobinfo_vacancy v where " + where(query, today, pg, params)
                            + order(query, params) + " limit " + end;
            List<VacancyCard> rows = new ArrayList<>();
            try (PreparedStatement statement = prepare(connection, sql, params); ResultSet rs = statement.executeQuery()) {
                int skip = query.offset();
                while (rs.next()) {
                    if (skip-- > 0) {
                        continue;
                    }
                    rows.add(card(rs));
                }
            }
            boolean more = rows.size() > SearchQuery.PAGE_SIZE;
            return new SearchResult(more ? rows.subList(0, SearchQuery.PAGE_SIZE) : rows, more, Math.max(1, query.page()));
        } catch (SQLException e) {
            throw new IllegalStateException("vacancy search failed", e);
        }
    }

    /**
     * Best match first on PostgreSQL, cheaply: vacancies whose title has the words come first, then those that
     * have them in the description, each newest first. Ranking every match by ts_rank read each match's whole
     * vector (seconds for a common word over 200,000 vacancies); these two ordered scans stop after one page.
     */
    private String titleMatchesFirst(SearchQuery query, LocalDate today, List<Object> params, int end) {
        String inner = "v.id, v.tenant_code, v.title, v.employer_name, v.kbji_code, v.education_code, v.wage_min, v.wage_max,"
                + " v.needed - v.filled as posts_left, v.valid_until, v.published_at";
        String inTitle = "select 0 as bucket, " + inner + " from jobinfo_vacancy v where " + where(query, today, true, params, false)
                + " and v.title_vector @@ to_tsquery('simple', ?) order by v.published_at desc, v.id limit " + end;
        params.add(tsQuery(query.terms()));
        String elsewhere = "select 1 as bucket, " + inner + " from jobinfo_vacancy v where " + where(query, today, true, params, true)
                + " and not (v.title_vector @@ to_tsquery('simple', ?)) order by v.published_at desc, v.id limit " + end;
        params.add(tsQuery(query.terms()));
        return "select u.id, u.tenant_code, u.title, u.employer_name, u.kbji_code, u.education_code, u.wage_min, u.wage_max,"
                + " u.posts_left, u.valid_until, u.published_at from ((" + inTitle + ") union all (" + elsewhere + ")) u"
                + " order by u.bucket, u.published_at desc, u.id limit " + end;
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
        return where(query, today, pg, params, true);
    }

    private String where(SearchQuery query, LocalDate today, boolean pg, List<Object> params, boolean withWords) {
        StringBuilder where = new StringBuilder("v.status = 'PUBLISHED' and v.valid_until >= ? and v.valid_from <= ? and v.filled < v.needed");
        params.add(Date.valueOf(today));
        params.add(Date.valueOf(today));
        where.append(" and v.tenant_code in (").append("?,".repeat(query.kabKota().size()).replaceAll(",$", "")).append(')');
        params.addAll(query.kabKota());
        List<String> terms = query.terms();
        if (withWords && !terms.isEmpty()) {
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

    /** Newest first, or (on H2) the first word in the title first; PostgreSQL's best match is {@link #titleMatchesFirst}. */
    private String order(SearchQuery query, List<Object> params) {
        List<String> terms = query.terms();
        if (query.byDate() || terms.isEmpty()) {
            return " order by v.published_at desc, v.id";
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
