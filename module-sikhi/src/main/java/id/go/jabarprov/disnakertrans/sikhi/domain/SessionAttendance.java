package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A party's word that it will attend a scheduled meeting at its current time and place. Distinct from
 * {@link SessionConfirmation}, which signs the risalah afterwards. A move of the meeting drops these rows
 * (the trail and the audit keep the earlier confirmations), so a confirmation always means the time now shown.
 */
@Entity
@Table(name = "sikhi_session_attendance")
public class SessionAttendance extends TenantOwnedEntity {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private MediationSession session;

    @Column(name = "party_id", nullable = false)
    private String partyId;

    @Column(nullable = false)
    private String username;

    @Column(name = "confirmed_at", nullable = false)
    private LocalDateTime confirmedAt;

    protected SessionAttendance() {
    }

    SessionAttendance(MediationSession session, String partyId, String username, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.session = session;
        this.partyId = partyId;
        this.username = username;
        this.confirmedAt = SikhiTime.utc(at);
    }

    public String getId() { return id; }
    public MediationSession getSession() { return session; }
    public String getPartyId() { return partyId; }
    public String getUsername() { return username; }
    public Instant getConfirmedAt() { return SikhiTime.instant(confirmedAt); }
}
