package id.go.jabarprov.disnakertrans.platform.notification;

import id.go.jabarprov.disnakertrans.platform.i18n.Messages;
import id.go.jabarprov.disnakertrans.platform.identity.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells a person that something happened: a notification in the portal, and an e-mail to the
 * address of their account once the change commits. Modules call {@link #notify}; the text is a key
 * of the module's bundle with arguments, never personal data the recipient must not see.
 */
@ApplicationScoped
public class Notifier {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Messages messages;

    @Inject
    Event<NotificationRequested> mail;

    @Inject
    @ConfigProperty(name = "portal.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /**
     * @param recipient  the user name of the person
     * @param messageKey i18n key of the text, with {0}, {1} … for {@code args}
     * @param link       the portal path that shows the matter, e.g. {@code /me/sikhi/case.xhtml?id=…}
     */
    @Transactional
    public void notify(String recipient, String moduleId, String messageKey, String link, String... args) {
        Notification notification = new Notification(recipient, moduleId, messageKey, link, List.of(args), Instant.now());
        em.persist(notification);
        accounts.findActiveByUsername(recipient).filter(a -> a.getEmail() != null).ifPresent(account -> {
            String text = messages.text(Messages.INDONESIAN, messageKey, (Object[]) args);
            String body = text + (link == null ? "" : "\n\n" + publicUrl.replaceAll("/+$", "") + link)
                    + "\n\n" + messages.text(Messages.INDONESIAN, "notification.mail.footer");
            mail.fire(new NotificationRequested(account.getEmail(),
                    messages.text(Messages.INDONESIAN, "notification.mail.subject") + ": " + shorten(text), body));
        });
    }

    public List<Notification> latest(String recipient, int max) {
        return em.createQuery("select n from Notification n where n.recipient = :r order by n.createdAt desc", Notification.class)
                .setParameter("r", recipient).setMaxResults(max).getResultList();
    }

    public long unread(String recipient) {
        return em.createQuery("select count(n) from Notification n where n.recipient = :r and n.readAt is null", Long.class)
                .setParameter("r", recipient).getSingleResult();
    }

    /** Marks a notification read, only if it is the caller's own. */
    @Transactional
    public void markRead(String recipient, String id) {
        Notification notification = em.find(Notification.class, id);
        if (notification != null && notification.getRecipient().equals(recipient)) {
            notification.markRead(Instant.now());
        }
    }

    @Transactional
    public void markAllRead(String recipient) {
        latest(recipient, 500).forEach(n -> n.markRead(Instant.now()));
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
