package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A seeker's own applications in every kab/kota, read by their account only: a seeker may apply anywhere
 * in the province, and each application lives in its vacancy's kab/kota.
 */
@ApplicationScoped
public class MyApplications {

    @Inject
    DataSource dataSource;

    public record Entry(String id, String kabKota, String vacancyId, String title, String employerName, String kind,
                        String status, Instant createdAt) {
    }

    public List<Entry> of(String account) {
        String sql = "select a.id, a.tenant_code, a.vacancy_id, v.title, v.employer_name, a.kind, a.status, a.created_at"
                + " from jobinfo_application a join jobinfo_vacancy v on v.id = a.vacancy_id"
                + " where a.seeker_account = ? order by a.created_at desc";
        List<Entry> entries = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, account);
            st.setMaxRows(200);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(8);
                    entries.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), at.toLocalDateTime().toInstant(ZoneOffset.UTC)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading applications failed", e);
        }
        return entries;
    }
}
