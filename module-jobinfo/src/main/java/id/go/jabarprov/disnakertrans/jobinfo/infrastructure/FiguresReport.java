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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The labour-market aggregates of one or several kab/kota, counted by the database: the read-only
 * reporting side, which names its kab/kota explicitly and returns counts only, never a record. One
 * query per breakdown serves the whole province at once.
 */
@ApplicationScoped
public class FiguresReport {

    /** The figures look back a year, month by month. */
    public static final int MONTHS = 12;

    @Inject
    DataSource dataSource;

    /** Counts per label, in the order the database gave them (months in calendar order). */
    public record Figures(Map<String, Long> totals, Map<String, Map<String, Long>> breakdowns) {
    }

    public Figures of(Set<String> kabKota, LocalDate today) {
        Map<String, Long> totals = new LinkedHashMap<>();
        Map<String, Map<String, Long>> breakdowns = new LinkedHashMap<>();
        if (kabKota.isEmpty()) {
            return new Figures(totals, breakdowns);
        }
        YearMonth first = YearMonth.from(today).minusMonths(MONTHS - 1);
        Timestamp since = Timestamp.valueOf(first.atDay(1).atStartOfDay());
        Date sinceDay = Date.valueOf(first.atDay(1));
        Date day = Date.valueOf(today);
        String in = " tenant_code in (" + "?,".repeat(kabKota.size()).replaceAll(",$", "") + ")";
        String activeSeekers = " from jobinfo_seeker where" + in + " and status = 'ACTIVE' and valid_until >= ?";
        String openVacancies = " from jobinfo_vacancy where" + in
                + " and status = 'PUBLISHED' and valid_until >= ? and valid_from <= ? and filled < needed";
        try (Connection c = dataSource.getConnection()) {
            totals.put("seekersRegistered", single(c, "select count(*) from jobinfo_seeker where" + in, kabKota));
            totals.put("seekersActive", single(c, "select count(*)" + activeSeekers, kabKota, day));
            totals.put("vacanciesOpen", single(c, "select count(*)" + openVacancies, kabKota, day, day));
            totals.put("postsOpen", single(c, "select coalesce(sum(needed - filled), 0)" + openVacancies, kabKota, day, day));
            totals.put("placementsYear", single(c, "select count(*) from jobinfo_placement where" + in + " and placed_on >= ?",
                    kabKota, sinceDay));
            breakdowns.put("seekersByMonth", months(first, grouped(c, "select extract(year from registered_at), extract(month from registered_at), count(*)"
                    + " from jobinfo_seeker where" + in + " and registered_at >= ? group by extract(year from registered_at),"
                    + " extract(month from registered_at)", kabKota, since)));
            breakdowns.put("vacanciesByMonth", months(first, grouped(c, "select extract(year from created_at), extract(month from created_at), count(*)"
                    + " from jobinfo_vacancy where" + in + " and created_at >= ? group by extract(year from created_at),"
                    + " extract(month from created_at)", kabKota, since)));
            breakdowns.put("postsByMonth", months(first, grouped(c, "select extract(year from created_at), extract(month from created_at), sum(needed)"
                    + " from jobinfo_vacancy where" + in + " and created_at >= ? group by extract(year from created_at),"
                    + " extract(month from created_at)", kabKota, since)));
            breakdowns.put("placementsByMonth", months(first, grouped(c, "select extract(year from placed_on), extract(month from placed_on), count(*)"
                    + " from jobinfo_placement where" + in + " and placed_on >= ? group by extract(year from placed_on),"
                    + " extract(month from placed_on)", kabKota, sinceDay)));
            breakdowns.put("seekersBySex", labelled(c, "select sex, count(*)" + activeSeekers + " group by sex order by sex", kabKota, day));
            breakdowns.put("seekersByEducation", labelled(c, "select education_code, count(*)" + activeSeekers
                    + " group by education_code order by education_code", kabKota, day));
            breakdowns.put("seekersByMajor", labelled(c, "select substring(occupation_1, 1, 1), count(*)" + activeSeekers
                    + " group by substring(occupation_1, 1, 1) order by 1", kabKota, day));
            breakdowns.put("postsByMajor", labelled(c, "select kbji_major, sum(needed - filled)" + openVacancies
                    + " group by kbji_major order by kbji_major", kabKota, day, day));
            breakdowns.put("placementsBySex", labelled(c, "select sex, count(*) from jobinfo_placement where" + in
                    + " and placed_on >= ? group by sex order by sex", kabKota, sinceDay));
            breakdowns.put("placementsByEducation", labelled(c, "select education_code, count(*) from jobinfo_placement where" + in
                    + " and placed_on >= ? group by education_code order by education_code", kabKota, sinceDay));
            breakdowns.put("placementsByMajor", labelled(c, "select substring(kbji_code, 1, 1), count(*) from jobinfo_placement where" + in
                    + " and placed_on >= ? group by substring(kbji_code, 1, 1) order by 1", kabKota, sinceDay));
        } catch (SQLException e) {
            throw new IllegalStateException("labour-market figures failed", e);
        }
        return new Figures(totals, breakdowns);
    }

    private static PreparedStatement prepare(Connection c, String sql, Set<String> kabKota, Object... more) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        int i = 1;
        for (String code : kabKota) {
            st.setString(i++, code);
        }
        for (Object value : more) {
            st.setObject(i++, value);
        }
        return st;
    }

    private static long single(Connection c, String sql, Set<String> kabKota, Object... more) throws SQLException {
        try (PreparedStatement st = prepare(c, sql, kabKota, more); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Long> labelled(Connection c, String sql, Set<String> kabKota, Object... more) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement st = prepare(c, sql, kabKota, more); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.put(String.valueOf(rs.getString(1)), rs.getLong(2));
            }
        }
        return out;
    }

    private static Map<YearMonth, Long> grouped(Connection c, String sql, Set<String> kabKota, Object... more) throws SQLException {
        Map<YearMonth, Long> out = new LinkedHashMap<>();
        try (PreparedStatement st = prepare(c, sql, kabKota, more); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.put(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getLong(3));
            }
        }
        return out;
    }

    /** Every month of the year, zero where nothing happened: a gap in a chart would read as missing data. */
    private static Map<String, Long> months(YearMonth first, Map<YearMonth, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            months.add(first.plusMonths(i));
        }
        months.forEach(m -> out.put(m.toString(), counts.getOrDefault(m, 0L)));
        return out;
    }
}
