package id.go.jabarprov.disnakertrans.platform.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A person who can sign in: staff (created by an administrator), or a citizen or employer (who
 * registered). In local mode it holds the password hash; in SSO mode it is the profile kept in step
 * with the token. Roles and kab/kota decide the permissions and tenants of {@link CurrentUser}.
 */
@Entity
@Table(name = "platform_account")
public class Account {

    public enum Kind { STAFF, CITIZEN, EMPLOYER }

    @Id
    private String id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "password_hash")
    private String passwordHash;

    /** Personal data: shown masked outside the owner's own profile, never logged or put in a URL. */
    private String nik;

    private boolean active;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    // batch-fetched: a page of 20 accounts costs one query per collection, not one per account
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "platform_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    private Set<String> roles = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "platform_account_tenant", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "tenant_code")
    private Set<String> tenants = new TreeSet<>();

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, String email, Kind kind, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.email = email;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.active = true;
        this.createdAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    /** Whether the account is locked out at {@code now} after too many failed sign-ins. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.toInstant(ZoneOffset.UTC).isAfter(now);
    }

    /** Counts a failed sign-in; at {@code maxAttempts} the account locks until {@code now + lockFor}. */
    public boolean registerFailure(Instant now, int maxAttempts, java.time.Duration lockFor) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = LocalDateTime.ofInstant(now.plus(lockFor), ZoneOffset.UTC);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    public void registerSuccess() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void changePasswordHash(String hash) {
        this.passwordHash = hash;
        registerSuccess();
    }

    public String getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Kind getKind() { return kind; }
    /** An SSO user's kind follows the roles in their token. */
    public void changeKind(Kind kind) { this.kind = java.util.Objects.requireNonNull(kind); }
    public String getPasswordHash() { return passwordHash; }
    public String getNik() { return nik; }
    public void setNik(String nik) { this.nik = nik; }
    /** The NIK as lists show it: {@code 3273********0001}. */
    public String getMaskedNik() { return Nik.mask(nik); }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getFailedAttempts() { return failedAttempts; }
    public Instant getLockedUntil() { return lockedUntil == null ? null : lockedUntil.toInstant(ZoneOffset.UTC); }
    public Instant getCreatedAt() { return createdAt.toInstant(ZoneOffset.UTC); }
    public Set<String> getRoles() { return roles; }
    public void setRoles(Set<String> roles) { this.roles = new TreeSet<>(roles); }
    public Set<String> getTenants() { return tenants; }
    public void setTenants(Set<String> tenants) { this.tenants = new TreeSet<>(tenants); }
    public long getVersion() { return version; }
}
