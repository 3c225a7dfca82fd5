package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import id.go.jabarprov.disnakertrans.jobinfo.domain.MatchCriteria;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Open vacancies as matching criteria, across the kab/kota asked for: open vacancies are public, so this
 * reads them with plain SQL (published, within validity, posts left), like the public search.
 */
@ApplicationScoped
public class OpenVacancies {

    @Inject
    DataSource dataSource;

    /** Vacancy id to its criteria, for vacancies whose KBJI code starts with one of the sub-major groups. */
    public Map<String, MatchCriteria> inGroups(Set<String> subMajorGroups, Set<String> kabKota, LocalDate today, int limit) {
        Map<String, MatchCriteria> out = new LinkedHashMap<>();
        if (subMajorGroups.isEmpty() || kabKota.isEmpty()) {
            return out;
        }
        String groups = "?,".repeat(subMajorGroups.size()).replaceAll(",$", "");
        String tenants = "?,".repeat(kabKota.size()).replaceAll(",$", "");
        String sql = "select v.id, v.tenant_code, v.kbji_code, v.education_code, v.age_min, v.age_max, v.sex"
                + " from jobinfo_vacancy v where v.status = 'PUBLISHED' and v.valid_until >= ? and v.valid_from <= ?"
                + " and v.filled < v.needed and substring(v.kbji_code, 1, 2) in (" + groups + ") and v.tenant_code in ("
                + tenants + ") order by v.published_at desc limit " + limit;
        Map<String, Object[]> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement st = connection.prepareStatement(sql)) {
                int i = 1;
                st.setDate(i++, Date.valueOf(today));
                st.setDate(i++, Date.valueOf(today));
                for (String g : subMajorGroups) {
                    st.setString(i++, g);
                }
                for (String t : kabKota) {
                    st.setString(i++, t);
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        int ageMin = rs.getInt(5);
                        Integer min = rs.wasNull() ? null : ageMin;
                        int ageMax = rs.getInt(6);
                        Integer max = rs.wasNull() ? null : ageMax;
                        rows.put(rs.getString(1), new Object[] {rs.getString(3), rs.getString(4), rs.getString(2), min, max,
                                rs.getString(7)});
                    }
                }
            }
            Map<String, List<String>> skills = skills(connection, rows.keySet());
            rows.forEach((id, r) -> out.put(id, new MatchCriteria((String) r[0], (String) r[1], (String) r[2],
                    skills.getOrDefault(id, List.of()), (Integer) r[3], (Integer) r[4], (String) r[5], today)));
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading open vacancies failed", e);
        }
    }

    private static Map<String, List<String>> skills(Connection connection, Set<String> ids) throws SQLException {
        Map<String, List<String>> skills = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String sql = "select vacancy_id, skill from jobinfo_vacancy_skill where vacancy_id in ("
                    + "?,".repeat(chunk.size()).replaceAll(",$", "") + ")";
            try (PreparedStatement st = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    st.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        skills.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
        }
        return skills;
    }
}
