package id.go.jabarprov.disnakertrans.platform.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends notification e-mails through the SMTP server of {@code portal.mail.*}, after the change
 * that caused them has committed. A mail server that is down costs an e-mail, never the change:
 * the in-portal notification is there either way.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "portal.mail.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "portal.mail.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "portal.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "noreply@disnakertrans.jabarprov.go.id")
    String from;

    private Session session;

    @PostConstruct
    void init() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        session = Session.getInstance(properties);
    }

    void sendAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationRequested request) {
        if (!enabled || request.email() == null) {
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(request.email()));
            message.setSubject(request.subject(), StandardCharsets.UTF_8.name());
            message.setText(request.body(), StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException e) {
            // the address is personal data: log only that a mail failed, and why
            LOG.log(Level.WARNING, "A notification e-mail could not be sent: {0}", e.getMessage());
        }
    }
}
