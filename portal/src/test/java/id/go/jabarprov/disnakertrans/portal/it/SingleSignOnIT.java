package id.go.jabarprov.disnakertrans.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in SSO mode against the repository's real Keycloak: an officer signs in on Keycloak's
 * page, acts for the kab/kota of the token, signs out of both, and a province administrator reaches
 * the module matrix.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class SingleSignOnIT {

    /** The realm file registers this address of the portal as a redirect target. */
    private static final int PORTAL_PORT = 18080;
    private static final int KEYCLOAK_PORT = 18180;

    private static KeycloakProcess keycloak;
    private static PayaraMicroProcess portal;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        String secret = "test-" + java.util.UUID.randomUUID();
        keycloak = KeycloakProcess.start(KEYCLOAK_PORT, secret);
        Path work = Paths.get("target", "it-sso").toAbsolutePath();
        SharedPortal.deleteRecursively(work);
        portal = PayaraMicroProcess.start(TestWars.portalWar(), work, Map.of(
                "portal.data.dir", work.resolve("data").toString(),
                "portal.auth.mode", "oidc",
                "portal.oidc.provider.url", keycloak.realmUrl()),
                Map.of("PORTAL_OIDC_CLIENT_SECRET", secret), PORTAL_PORT).awaitReady(Duration.ofSeconds(240));
        browser = new Browser(portal::url);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (portal != null) {
            portal.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    private void signInOnKeycloak(String username) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        assertEquals(KEYCLOAK_PORT, URI.create(browser.driver().getCurrentUrl()).getPort(), "on Keycloak's own page");
        browser.type("#username", username).type("#password", "Demo-Pass-2026").clickAndWait("#kc-login");
    }

    @Test
    void anOfficerSignsInThroughKeycloakActsForTheTokensKabKotaAndSignsOutOfBoth() {
        browser.open("/staff/index.xhtml");
        signInOnKeycloak("pengantar.3273");
        assertEquals("/staff/index.xhtml", browser.path(), "an officer lands on the staff dashboard");
        assertEquals("Kota Bandung", browser.text("#active-tenant"));
        assertEquals("Rina Marlina", browser.text("#user-name"));
        browser.assertAccessible();

        browser.signOut();
        assertEquals(PORTAL_PORT, URI.create(browser.driver().getCurrentUrl()).getPort());
        assertEquals("/", browser.path());
        browser.open("/staff/index.xhtml");
        // really out of Keycloak too: its login page asks again
        signInOnKeycloak("admin.provinsi");
        browser.open("/admin/modules.xhtml");
        assertEquals(28, browser.all("#matrix-table tbody tr").size(), "the province administrator sees every kab/kota");
        browser.signOut();
    }

    @Test
    void aCitizenWhoRegistersOnKeycloakComesBackAsACitizen() {
        browser.clearCookies();
        browser.open("/");
        browser.clickAndWait("#register");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href*='login-actions/registration']")));
        browser.clickAndWait("a[href*='login-actions/registration']");
        browser.type("#username", "asep.sunandar").type("#email", "asep.sunandar@example.id")
                .type("#firstName", "Asep").type("#lastName", "Sunandar")
                .type("#password", "Rahasia-Asep-2026").type("#password-confirm", "Rahasia-Asep-2026")
                .clickAndWait("input[type=submit], button[type=submit]");
        assertEquals("/me/index.xhtml", browser.path(), browser.find("body").getText());
        assertEquals("Asep Sunandar", browser.text("#profile-name"));
        browser.open("/staff/index.xhtml");
        assertTrue(browser.exists("#error-404"), "a citizen has no staff pages");
        browser.open("/");
        browser.signOut();
    }

    @Test
    void anOfficerWithoutKabKotaInTheTokenGetsNoStaffRightsAndIsToldWhy() {
        browser.clearCookies();
        browser.open("/staff/index.xhtml");
        signInOnKeycloak("tanpa.wilayah");
        assertEquals("/me/index.xhtml", browser.path());
        assertTrue(browser.text("#sign-in-notice").contains("belum ada kabupaten/kota"), browser.find("body").getText());
        browser.open("/staff/index.xhtml");
        assertTrue(browser.exists("#error-404"), "no staff pages");
        browser.open("/");
        browser.signOut();
    }

    /**
     * Last: it stops Keycloak. Public pages keep working and nothing leaks; a page that needs sign-in
     * still sends the browser to the (absent) Keycloak, or answers a bare 500: a page that explains
     * it is not there yet (the failure is inside the OpenID Connect mechanism, before the portal's
     * error pages: see the issue note).
     */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void withKeycloakDownPublicPagesKeepWorkingAndNothingLeaks() throws Exception {
        keycloak.close();
        keycloak = null;
        browser.clearCookies();
        browser.open("/?wilayah=32.73");
        assertEquals("Layanan Ketenagakerjaan Jawa Barat", browser.text("h1"), "public pages keep working");
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(URI.create(portal.url("/staff/index.xhtml"))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        boolean toKeycloak = response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").startsWith("http://127.0.0.1:" + KEYCLOAK_PORT + "/");
        assertTrue(toKeycloak || response.statusCode() >= 500, "not let in: " + response.statusCode());
        assertTrue(!response.body().contains("Exception") && !response.body().contains("at org."), "no stack trace: " + response.body());
    }
}
