package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.i18n.Messages;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.notification.Notification;
import id.go.jabarprov.disnakertrans.platform.notification.Notifier;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Faces;

/** The signed-in person's notifications, and the count in the header's bell. */
@Named
@RequestScoped
public class NotificationsPage {

    private static final int SHOWN = 50;

    @Inject
    Notifier notifier;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private Long unread;

    public List<Notification> getNotifications() {
        return notifier.latest(currentUser.getUsername(), SHOWN);
    }

    public String text(Notification notification) {
        return messages.text(notification.getMessageKey(), notification.arguments());
    }

    public long getUnread() {
        if (unread == null) {
            unread = currentUser.isSignedIn() ? notifier.unread(currentUser.getUsername()) : 0L;
        }
        return unread;
    }

    /** Opens what a notification is about, marking it read. */
    public void open(String id, String link) throws IOException {
        notifier.markRead(currentUser.getUsername(), id);
        Faces.redirect(Faces.getRequestContextPath() + (link == null || !link.startsWith("/") ? "/me/notifications.xhtml" : link));
    }

    public void markAllRead() {
        notifier.markAllRead(currentUser.getUsername());
        unread = null;
    }
}
