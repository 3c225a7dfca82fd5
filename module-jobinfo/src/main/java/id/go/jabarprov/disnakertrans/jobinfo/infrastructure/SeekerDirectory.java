package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The few questions that cross kab/kota on purpose, answered with the office's code only: which office
 * holds the caller's own card, and whether a NIK already has a card anywhere in the province (one card
 * per person). Records are then read through the tenant-scoped unit, in that office. Plain JDBC: the
 * tenant-scoped unit refuses SQL of its own, rightly.
 */
@ApplicationScoped
public class SeekerDirectory {

    @Inject
    DataSource dataSource;

    /** The kab/kota holding the account's card, if any. */
    public Optional<String> officeOfAccount(String account) {
        return first("select tenant_code from jobinfo_seeker where account = ? order by registered_at desc", account);
    }

    /** The kab/kota where this NIK has a card not closed by a placement, if any. */
    public Optional<String> officeOfNik(String nik) {
        return first("select tenant_code from jobinfo_seeker where nik = ? and status <> 'PLACED'", nik);
    }

    private Optional<String> first(String sql, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, value);
            st.setMaxRows(1);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("seeker directory lookup failed", e);
        }
    }
}
