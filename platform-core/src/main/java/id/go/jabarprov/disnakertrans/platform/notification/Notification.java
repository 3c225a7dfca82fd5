package id.go.jabarprov.disnakertrans.platform.notification;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One message to one person. The text is kept as an i18n key with its arguments, so each reader
 * sees it in the language they chose, also later.
 */
@Entity
@Cacheable(false)
@Table(name = "platform_notification")
public class Notification {

    /** Separates arguments in one column; a character nobody types. */
    static final String SEPARATOR = "\u001F";

    @Id
    private String id;
    private String recipient;
    @Column(name = "module_id")
    private String moduleId;
    @Column(name = "message_key")
    private String messageKey;
    private String args;
    private String link;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected Notification() {
    }

    Notification(String recipient, String moduleId, String messageKey, String link, List<String> args, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.recipient = recipient;
        this.moduleId = moduleId;
        this.messageKey = messageKey;
        this.link = link;
        this.args = String.join(SEPARATOR, args);
        this.createdAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        }
    }

    public Object[] arguments() {
        return args == null || args.isEmpty() ? new Object[0] : Arrays.stream(args.split(SEPARATOR, -1)).toArray();
    }

    public String getId() { return id; }
    public String getRecipient() { return recipient; }
    public String getModuleId() { return moduleId; }
    public String getMessageKey() { return messageKey; }
    public String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt.toInstant(ZoneOffset.UTC); }
    public boolean isRead() { return readAt != null; }
}
