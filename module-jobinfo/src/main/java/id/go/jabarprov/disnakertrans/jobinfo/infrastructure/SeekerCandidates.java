package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import id.go.jabarprov.disnakertrans.jobinfo.domain.Candidate;
import id.go.jabarprov.disnakertrans.jobinfo.domain.MatchShortlist;
import id.go.jabarprov.disnakertrans.jobinfo.domain.OccupationMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The seekers of one kab/kota with an active card and any choice of occupation in a vacancy's KBJI sub-major
 * group, read as plain columns for {@link MatchShortlist}: by the level of their choices (an index on the choices
 * with their kab/kota lists them; the seekers' own columns come from a covering index on PostgreSQL), and their
 * skills only for the few it asks for. Plain JDBC: EclipseLink refuses native SQL in a multitenant unit, and
 * loading thousands of full records through JPA took seconds in a large kab/kota.
 *
 * <p>A candidate's preferred occupations are its choices at the level asked for, in its order: all that scoring
 * and its explanation use. Its preferred places are not read: it lives in the kab/kota it is matched for, which
 * meets the location criterion whatever else it names (reading them took as long as reading the skills). Codes are compared as ranges of 4-digit strings ("5230" to "5239"), which every
 * collation orders alike, unlike a range ending in the character after '9'.
 */
@ApplicationScoped
public class SeekerCandidates {

    private static final String CHOICES = "select o.seeker_id, o.kbji_code, s.education_code, s.birth_date, s.sex"
            + " from jobinfo_seeker_occupation o join jobinfo_seeker s on s.id = o.seeker_id"
            + " where o.tenant_code = ? and o.kbji_code between ? and ? and not (o.kbji_code between ? and ?)"
            + " and s.status = 'ACTIVE' and s.valid_until >= ? order by o.seeker_id, o.position";
    private static final int IN_CHUNK = 500;

    @Inject
    DataSource dataSource;

    /** The seekers of this kab/kota worth scoring for a vacancy of this occupation on this day. */
    public MatchShortlist.Source forVacancy(String kabKota, String occupationCode, LocalDate today) {
        return new MatchShortlist.Source() {
            @Override
            public List<Candidate> at(OccupationMatch level) {
                return choices(kabKota, occupationCode, level, today);
            }

            @Override
            public List<Candidate> complete(List<Candidate> seekers) {
                return withSkills(seekers);
            }
        };
    }

    private List<Candidate> choices(String kabKota, String code, OccupationMatch level, LocalDate today) {
        String group = level.sharedGroup(code);
        // The closer levels, read before: an empty range at the unit group
        String closer = switch (level) {
            case SAME_UNIT_GROUP -> null;
            case SAME_MINOR_GROUP -> code;
            default -> code.substring(0, 3);
        };
        Map<String, Object[]> seekers = new LinkedHashMap<>();
        Map<String, List<String>> codes = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(CHOICES)) {
            st.setString(1, kabKota);
            st.setString(2, padded(group, '0'));
            st.setString(3, padded(group, '9'));
            st.setString(4, closer == null ? "1" : padded(closer, '0'));
            st.setString(5, closer == null ? "0" : padded(closer, '9'));
            st.setDate(6, Date.valueOf(today));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    codes.computeIfAbsent(id, k -> new ArrayList<>(2)).add(rs.getString(2));
                    seekers.putIfAbsent(id, new Object[] {rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading matching candidates failed", e);
        }
        List<Candidate> candidates = new ArrayList<>(seekers.size());
        seekers.forEach((id, s) -> candidates.add(new Candidate(id, codes.get(id), (String) s[0], kabKota, List.of(), List.of(),
                (LocalDate) s[1], (String) s[2])));
        return candidates;
    }

    /** A KBJI group as the range of its 4-digit unit groups: "523" from "5230" to "5239". */
    private static String padded(String group, char digit) {
        return group + String.valueOf(digit).repeat(4 - group.length());
    }

    private List<Candidate> withSkills(List<Candidate> seekers) {
        List<String> ids = seekers.stream().map(Candidate::id).toList();
        try (Connection c = dataSource.getConnection()) {
            Map<String, List<String>> skills = values(c, "select seeker_id, skill from jobinfo_seeker_skill where seeker_id in (%s)",
                    ids);
            return seekers.stream().map(s -> new Candidate(s.id(), s.preferredOccupations(), s.educationCode(), s.domicileKabKota(),
                    s.preferredKabKota(), skills.getOrDefault(s.id(), List.of()), s.birthDate(), s.sex())).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("reading matching candidates failed", e);
        }
    }

    private static Map<String, List<String>> values(Connection c, String sql, List<String> ids) throws SQLException {
        Map<String, List<String>> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
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
