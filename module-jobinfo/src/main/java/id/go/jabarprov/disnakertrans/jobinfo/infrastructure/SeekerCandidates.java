package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import id.go.jabarprov.disnakertrans.jobinfo.domain.Candidate;
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
import javax.sql.DataSource;

/**
 * The seekers of one kab/kota worth scoring for a vacancy, read as plain columns: an active card and a first
 * choice of occupation in the vacancy's KBJI sub-major group (an index serves exactly that), the closest
 * occupations and the best educated first, at most {@code limit}. Their choices, places and skills follow in
 * three queries. Loading thousands of full records through JPA took seconds in a large kab/kota.
 */
@ApplicationScoped
public class SeekerCandidates {

    @Inject
    DataSource dataSource;

    public List<Candidate> forVacancy(String kabKota, String occupationCode, LocalDate today, int limit) {
        String subMajor = occupationCode.substring(0, 2);
        String next = subMajor.charAt(0) + String.valueOf((char) (subMajor.charAt(1) + 1));
        String sql = "select s.id, s.education_code, s.birth_date, s.sex from jobinfo_seeker s where s.tenant_code = ?"
                + " and s.status = 'ACTIVE' and s.valid_until >= ? and s.occupation_1 >= ? and s.occupation_1 < ?"
                + " order by case when s.occupation_1 = ? then 0 when s.occupation_1 like ? then 1 else 2 end,"
                + " s.education_rank desc, s.id limit " + limit;
        Map<String, Object[]> seekers = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setString(1, kabKota);
                st.setDate(2, Date.valueOf(today));
                st.setString(3, subMajor);
                st.setString(4, next);
                st.setString(5, occupationCode);
                st.setString(6, occupationCode.substring(0, 3) + "%");
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        seekers.put(rs.getString(1), new Object[] {rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4)});
                    }
                }
            }
            Map<String, List<String>> occupations = values(c, "select seeker_id, kbji_code from jobinfo_seeker_occupation"
                    + " where seeker_id in (%s) order by seeker_id, position", seekers.keySet());
            Map<String, List<String>> places = values(c, "select seeker_id, kabkota_code from jobinfo_seeker_location"
                    + " where seeker_id in (%s)", seekers.keySet());
            Map<String, List<String>> skills = values(c, "select seeker_id, skill from jobinfo_seeker_skill where seeker_id in (%s)",
                    seekers.keySet());
            List<Candidate> candidates = new ArrayList<>(seekers.size());
            seekers.forEach((id, s) -> candidates.add(new Candidate(id, occupations.getOrDefault(id, List.of()), (String) s[0],
                    kabKota, places.getOrDefault(id, List.of()), skills.getOrDefault(id, List.of()), (LocalDate) s[1], (String) s[2])));
            return candidates;
        } catch (SQLException e) {
            throw new IllegalStateException("reading matching candidates failed", e);
        }
    }

    private static Map<String, List<String>> values(Connection c, String sql, java.util.Set<String> ids) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            try (PreparedStatement st = c.prepareStatement(String.format(sql, "?,".repeat(chunk.size()).replaceAll(",$", "")))) {
                for (int i = 0; i < chunk.size(); i++) {
                    st.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
        }
        return out;
    }
}
