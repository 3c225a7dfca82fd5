package id.go.jabarprov.disnakertrans.platform.web;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.ConfigProvider;

/** Ends idle sessions after {@code portal.session.timeout.minutes}. */
@WebListener
public class SessionTimeout implements HttpSessionListener {

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        int minutes = ConfigProvider.getConfig().getOptionalValue("portal.session.timeout.minutes", Integer.class).orElse(30);
        event.getSession().setMaxInactiveInterval(minutes * 60);
    }
}
