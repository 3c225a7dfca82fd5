package id.go.jabarprov.disnakertrans.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A module notifies a person: an e-mail (to a real SMTP server on loopback) and the bell in the portal. */
class NotificationsIT extends BrowserTest {

    @BeforeAll
    static void seed() {
        portal.enable("32.78", "testmod", true);
        portal.staff("notified.3278", "jobinfo-officer", "32.78", "petugas.tasik@example.id");
    }

    @Test
    void aNotificationArrivesByEmailAndInThePortalAndIsMarkedReadWhenOpened() throws Exception {
        portal.seed(Map.of("what", "notify", "recipient", "notified.3278", "text", "Bursa kerja Oktober"));

        assertTrue(portal.mail().waitForIncomingEmail(15_000, 1), "an e-mail was sent");
        MimeMessage mail = Arrays.stream(portal.mail().getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals("petugas.tasik@example.id");
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).findFirst().orElseThrow();
        assertTrue(mail.getSubject().contains("Catatan baru perlu ditinjau: Bursa kerja Oktober"), mail.getSubject());
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
        assertTrue(body.contains("https://portal.test/staff/testmod/notes.xhtml"), body);

        browser.clearCookies();
        browser.signIn("notified.3278", SharedPortal.STAFF_PASSWORD);
        assertEquals("1", browser.text("#bell .portal-badge"));
        browser.clickAndWait("#bell");
        assertTrue(browser.text("#list").contains("Catatan baru perlu ditinjau: Bursa kerja Oktober"));
        assertTrue(browser.exists("#list .portal-unread"));
        browser.assertAccessible();

        browser.clickAndWait("#list a.notification");
        assertEquals("/staff/testmod/notes.xhtml", browser.path(), "it opens what it is about");
        assertEquals("0", browser.text("#bell .portal-badge"));
        browser.open("/me/notifications.xhtml");
        assertFalse(browser.exists("#list .portal-unread"));
        browser.open("/");
        browser.signOut();
    }
}
