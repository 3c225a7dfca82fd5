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
    private static String clientSecret;
    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        String secret = "test-" + java.util.UUID.randomUUID();
        clientSecret = secret;
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
        browser.open("/admin/audit.xhtml");
        assertTrue(browser.exists("#error-404"), "not an administrator: refused, and recorded");

        browser.open("/");
        browser.signOut();
        assertEquals(PORTAL_PORT, URI.create(browser.driver().getCurrentUrl()).getPort());
        assertEquals("/", browser.path());
        browser.open("/staff/index.xhtml");
        // really out of Keycloak too: its login page asks again
        signInOnKeycloak("admin.provinsi");
        browser.open("/admin/modules.xhtml");
        assertEquals(28, browser.all("#matrix-table tbody tr").size(), "the province administrator sees every kab/kota");

        // the portal's session expires (Keycloak's lives on): back through sign-in to the very page asked for
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.open("/admin/audit.xhtml?lang=en");
        assertEquals("/admin/audit.xhtml", browser.path());
        assertTrue(browser.driver().getCurrentUrl().endsWith("?lang=en"), browser.driver().getCurrentUrl());
        assertEquals("Admin Provinsi", browser.text("#user-name"));
        assertEquals("Audit trail", browser.text("h1"), "with the page's own parameters");
        // audited as in local mode: the officer's SSO sign-in, sign-out and the refused page
        browser.type("#form\\:actor", "pengantar.3273");
        browser.clickAjax("#form\\:filter");
        String actions = browser.all("#form\\:records .audit-action").stream().map(e -> e.getText()).toList().toString();
        assertTrue(actions.contains("auth.signin") && actions.contains("auth.signout") && actions.contains("access.denied"), actions);
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

    /** An access token from Keycloak's token endpoint for a demo user, as a client application gets one. */
    private static String accessToken(String username) throws Exception {
        String form = "grant_type=password&scope=openid&client_id=portal&client_secret=" + clientSecret
                + "&username=" + username + "&password=Demo-Pass-2026";
        var response = HTTP.send(java.net.http.HttpRequest.newBuilder(URI.create(keycloak.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        var token = java.util.regex.Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        assertTrue(token.find(), response.body());
        return token.group(1);
    }

    private static java.net.http.HttpResponse<String> api(String path, String token) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(URI.create(portal.url("/api/v1" + path)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theApiTakesARealAccessTokenRefusesAnotherKabKotaAndAsksForOneWithout() throws Exception {
        String officer = accessToken("admin.3273");
        var me = api("/me", officer);
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"username\":\"admin.3273\"") && me.body().contains("\"32.73\""), me.body());
        assertTrue(me.body().contains("platform.admin.modules"), "the roles of the token give the modules' permissions: " + me.body());

        var own = api("/kabkota/32.73/modules", officer);
        assertEquals(200, own.statusCode(), own.body());
        assertEquals(404, api("/kabkota/32.04/modules", officer).statusCode(), "another kab/kota does not exist for them");
        assertEquals(404, api("/kabkota/32.04/modules", accessToken("mediator.3204")).statusCode(),
                "their own kab/kota, but not a permission they hold");
        assertEquals(200, api("/kabkota/32.04/modules", accessToken("admin.provinsi")).statusCode(), "the province acts on every kab/kota");
        var head = api("/me", accessToken("kasi.3273"));
        assertEquals(200, head.statusCode(), head.body());
        assertTrue(head.body().contains("sikhi.case.supervise") && !head.body().contains("sikhi.case.mediate"),
                "the head of section's realm role supervises cases and does not mediate them: " + head.body());

        var none = api("/me", null);
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), "the client is told to bring a token");
        assertEquals(401, api("/kabkota/32.73/modules", null).statusCode());
        var forged = api("/me", officer.substring(0, officer.length() - 4) + "AAAA");
        assertEquals(401, forged.statusCode(), "a token whose signature does not match is not active");
        assertTrue(forged.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
        assertEquals(200, api("/wilayah", null).statusCode(), "open data needs no token");
        assertEquals(401, api("/wilayah", "not-a-token").statusCode(), "a token that is sent must be good");
    }

    /**
     * Last: it stops Keycloak. Public pages keep working and nothing leaks; the sign-in link shows a
     * page saying SSO cannot be reached. A signed-in page typed in directly still sends the browser to
     * the (absent) Keycloak, or answers a bare 500: that happens inside the OpenID Connect mechanism,
     * before any filter or error page of the portal.
     */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void withKeycloakDownPublicPagesKeepWorkingAndNothingLeaks() throws Exception {
        keycloak.close();
        keycloak = null;
        browser.clearCookies();
        browser.open("/?wilayah=32.73");
        assertEquals("Layanan Ketenagakerjaan Jawa Barat", browser.text("h1"), "public pages keep working");
        browser.clickAndWait("#sign-in");
        assertTrue(browser.text("#sso-unavailable").contains("tidak dapat dihubungi"), "the portal says what is wrong");
        browser.assertAccessible();
        assertEquals(503, HTTP.send(java.net.http.HttpRequest.newBuilder(URI.create(portal.url("/sign-in"))).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(URI.create(portal.url("/staff/index.xhtml"))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        boolean toKeycloak = response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").startsWith("http://127.0.0.1:" + KEYCLOAK_PORT + "/");
        assertTrue(toKeycloak || response.statusCode() >= 500, "not let in: " + response.statusCode());
        assertTrue(!response.body().contains("Exception") && !response.body().contains("at org."), "no stack trace: " + response.body());
        assertEquals(503, api("/me", "any-token").statusCode(), "a token cannot be checked: try again later, not a guess");
    }
}
