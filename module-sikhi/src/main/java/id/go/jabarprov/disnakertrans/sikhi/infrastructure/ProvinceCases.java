package id.go.jabarprov.disnakertrans.sikhi.infrastructure;

import id.go.jabarprov.disnakertrans.sikhi.domain.CaseStage;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The cases the province holds, across every kab/kota: the one read that crosses kab/kota on purpose, so plain
 * JDBC (the tenant-scoped unit refuses SQL of its own, rightly). It reads only delegated cases still open, and
 * only the columns the province's queue shows; the case itself is then opened in its own kab/kota.
 */
@ApplicationScoped
public class ProvinceCases {

    /** At most this many rows: the province's queue is a work list, not an archive. */
    static final int LIMIT = 500;

    private static final String SQL = "select c.id, c.tenant_code, c.registration_number, c.dispute_type, c.stage,"
            + " c.delegation_reason, c.assigned_mediator, max(e.occurred_at) as delegated_at"
            + " from sikhi_case c join sikhi_event e on e.case_id = c.id and e.tenant_code = c.tenant_code"
            + " and e.action = 'DELEGATE_TO_PROVINCE'"
            + " where c.delegated = ? and c.stage not in (%s)%s"
            + " group by c.id, c.tenant_code, c.registration_number, c.dispute_type, c.stage, c.delegation_reason,"
            + " c.assigned_mediator order by delegated_at, c.id";

    @Inject
    DataSource dataSource;

    /** One line of the queue. {@code delegatedAt} is the last delegation (a case may come back a second time). */
    public record Row(String caseId, String kabKotaCode, String registrationNumber, DisputeType type, CaseStage stage,
            String reason, String mediator, Instant delegatedAt) {
    }

    /**
     * Open cases delegated to the province, oldest delegation first; only those assigned to {@code mediator}
     * when one is given (a province mediator sees their own).
     */
    public List<Row> held(String mediatorOrNull) {
        List<String> closed = CaseStage.notRunning().stream().map(Enum::name).sorted().toList();
        String sql = String.format(SQL, String.join(",", closed.stream().map(s -> "?").toList()),
                mediatorOrNull == null ? "" : " and c.assigned_mediator = ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            int i = 1;
            st.setBoolean(i++, true);
            for (String stage : closed) {
                st.setString(i++, stage);
            }
            if (mediatorOrNull != null) {
                st.setString(i, mediatorOrNull);
            }
            st.setMaxRows(LIMIT);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    // stored as UTC wall time, like every instant of the module (SikhiTime)
                    LocalDateTime at = rs.getObject("delegated_at", LocalDateTime.class);
                    rows.add(new Row(rs.getString("id"), rs.getString("tenant_code"), rs.getString("registration_number"),
                            DisputeType.valueOf(rs.getString("dispute_type")), CaseStage.valueOf(rs.getString("stage")),
                            rs.getString("delegation_reason"), rs.getString("assigned_mediator"),
                            at == null ? null : at.toInstant(ZoneOffset.UTC)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("province queue read failed", e);
        }
    }
}
