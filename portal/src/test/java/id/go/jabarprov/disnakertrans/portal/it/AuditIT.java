package id.go.jabarprov.disnakertrans.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/** The audit viewer: security events are there, filters narrow, CSV exports, and a hand edit is caught. */
class AuditIT extends BrowserTest {

    @BeforeAll
    static void seed() {
        portal.staff("audit.officer", "jobinfo-officer", "32.77");
    }

    @Test
    void signInFailureSignOutAndAccessDeniedAreRecordedAndFilterable() {
        browser.clearCookies();
        browser.signIn("audit.officer", "wrong-password-9");
        browser.signIn("audit.officer", SharedPortal.STAFF_PASSWORD);
        browser.open("/admin/audit.xhtml"); // refused: recorded as access denied
        browser.open("/");
        browser.signOut();

        browser.signIn("admin", SharedPortal.ADMIN_PASSWORD);
        browser.open("/admin/audit.xhtml");
        browser.assertAccessible();
        browser.type("#form\\:actor", "audit.officer");
        browser.clickAjax("#form\\:filter");
        String actions = browser.all("#form\\:records .audit-action").stream().map(e -> e.getText()).toList().toString();
        assertTrue(actions.contains("auth.failed"), actions);
        assertTrue(actions.contains("auth.signin"), actions);
        assertTrue(actions.contains("auth.signout"), actions);
        assertTrue(actions.contains("access.denied"), actions);
        assertTrue(browser.all("#form\\:records .audit-actor").stream().allMatch(e -> e.getText().equals("audit.officer")));

        browser.type("#form\\:action", "signout");
        browser.clickAjax("#form\\:filter");
        assertEquals(1, browser.all("#form\\:records .audit-action").size());
        browser.open("/");
        browser.signOut();
    }

    @Test
    void theCsvExportCarriesTheFilteredRecordsWithTheirHashes() throws Exception {
        browser.clearCookies();
        browser.signIn("admin", SharedPortal.ADMIN_PASSWORD);
        browser.open("/admin/audit.xhtml");
        browser.type("#form\\:action", "auth.signin");
        browser.clickAjax("#form\\:filter");
        String href = browser.find("#csv").getAttribute("href");
        assertTrue(href.contains("action=auth.signin"), href);
        Cookie session = browser.cookie("JSESSIONID");
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        String[] lines = csv.body().split("\n");
        assertTrue(lines[0].startsWith("seq,occurred_at_utc,actor"));
        assertTrue(lines.length > 1);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].contains("\"auth.signin\""), lines[i]);
            assertTrue(lines[i].matches(".*,[0-9a-f]{64},[0-9a-f]{64}\\s*$"), lines[i]);
        }
        HttpResponse<Void> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(302, anonymous.statusCode(), "not without signing in");
        assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        browser.open("/");
        browser.signOut();
    }

    @Test
    void verifyReportsTheFirstRecordEditedByHandAndIntactAfterItIsRestored() throws Exception {
        browser.clearCookies();
        browser.signIn("admin", SharedPortal.ADMIN_PASSWORD);
        browser.open("/admin/audit.xhtml");
        browser.clickAjax("#form\\:verify");
        assertTrue(browser.exists("#chain-ok"), browser.text("#form\\:verification"));

        long victim;
        String original;
        try (Connection db = portal.database()) {
            try (ResultSet rs = db.createStatement().executeQuery(
                    "select seq, summary from platform_audit where action = 'auth.signin' order by seq limit 1")) {
                assertTrue(rs.next());
                victim = rs.getLong(1);
                original = rs.getString(2);
            }
            update(db, victim, "nothing happened here");
        }
        try {
            browser.clickAjax("#form\\:verify");
            assertTrue(browser.exists("#chain-broken"));
            assertTrue(browser.text("#chain-broken").contains(" " + victim + ":"), browser.text("#chain-broken"));
            assertFalse(browser.exists("#chain-ok"));
        } finally {
            try (Connection db = portal.database()) {
                update(db, victim, original);
            }
        }
        browser.clickAjax("#form\\:verify");
        assertTrue(browser.exists("#chain-ok"), browser.text("#form\\:verification"));
        browser.open("/");
        browser.signOut();
    }

    private static void update(Connection db, long seq, String summary) throws Exception {
        try (PreparedStatement update = db.prepareStatement("update platform_audit set summary = ? where seq = ?")) {
            update.setString(1, summary);
            update.setLong(2, seq);
            assertEquals(1, update.executeUpdate());
        }
    }
}
