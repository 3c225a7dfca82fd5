package id.go.jabarprov.disnakertrans.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The public home, the kab/kota choice, the language switch, statelessness and the error pages. */
class PublicPagesIT extends BrowserTest {

    @Test
    void homeOffersEveryKabKotaAndTheProvinceAndKeepsTheChoiceInTheUrl() {
        browser.clearCookies();
        browser.open("/");
        assertEquals("Layanan Ketenagakerjaan Jawa Barat", browser.text("h1"));
        // 27 kab/kota + the province + the "choose" placeholder
        assertEquals(29, browser.all("#wilayah option").size());
        browser.assertAccessible();

        // Kabupaten Pangandaran: no test enables a module there (see SharedPortal)
        new org.openqa.selenium.support.ui.Select(browser.find("#wilayah")).selectByValue(SharedPortal.WITHOUT_MODULES);
        browser.clickAndWait("#show");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/?wilayah=32.18"), browser.driver().getCurrentUrl());
        assertTrue(browser.text("#services-title").contains("Kabupaten Pangandaran"));
        assertTrue(browser.exists("#no-services"), "a kab/kota without services says so politely");
        assertEquals("32.18", new org.openqa.selenium.support.ui.Select(browser.find("#wilayah"))
                .getFirstSelectedOption().getAttribute("value"));
        browser.assertAccessible();
    }

    @Test
    void languageSwitchKeepsTheKabKotaAndIsRemembered() {
        browser.clearCookies();
        browser.open("/?wilayah=32.04");
        browser.clickAndWait("#lang-en");
        assertEquals("West Java Manpower Services", browser.text("h1"));
        assertTrue(browser.driver().getCurrentUrl().contains("wilayah=32.04"));
        assertTrue(browser.text("#services-title").contains("Kabupaten Bandung"));
        assertEquals("en", browser.find("html").getAttribute("lang"));
        browser.assertAccessible();

        browser.open("/login.xhtml");
        assertEquals("Sign in", browser.text("h1"), "the choice is remembered on the next page");
        browser.clickAndWait("#lang-id");
        assertEquals("Masuk", browser.text("h1"));
    }

    @Test
    void anonymousPublicPagesCreateNoHttpSession() throws Exception {
        browser.clearCookies();
        browser.open("/?wilayah=32.73");
        browser.open("/login.xhtml");
        browser.open("/register.xhtml");
        assertNull(browser.cookie("JSESSIONID"), "public pages must not open a session");

        for (String path : new String[] {"/", "/?wilayah=32.73", "/login.xhtml", "/register.xhtml", "/no-such-page.xhtml"}) {
            HttpResponse<String> response = portal.get(path);
            assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    path + " set a session cookie: " + response.headers().allValues("Set-Cookie"));
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
    }

    @Test
    void openDataAndOperationsEndpointsAnswer() throws Exception {
        HttpResponse<String> kabKota = portal.get("/api/v1/wilayah");
        assertEquals(200, kabKota.statusCode());
        assertTrue(kabKota.body().contains("\"code\":\"32.73\"") && kabKota.body().contains("Kota Bandung"), kabKota.body());
        HttpResponse<String> kecamatan = portal.get("/api/v1/wilayah/32.18/children");
        assertEquals(200, kecamatan.statusCode());
        assertTrue(kecamatan.body().contains("\"parentCode\":\"32.18\""));
        assertEquals(404, portal.get("/api/v1/wilayah/99.99/children").statusCode());
        HttpResponse<String> openapi = portal.get("/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/wilayah"), openapi.body());
        assertEquals(200, portal.get("/metrics").statusCode());
        HttpResponse<String> health = portal.get("/health");
        assertTrue(health.body().contains("\"status\":\"UP\"") && health.body().contains("schema.testmod"), health.body());
    }

    @Test
    void pagesFitAPhoneScreenOf360Pixels() {
        browser.clearCookies();
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
        try {
            for (String path : new String[] {"/?wilayah=32.73", "/login.xhtml", "/register.xhtml"}) {
                browser.open(path);
                Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertEquals(0L, ((Number) overflow).longValue(), path + " scrolls sideways on a phone");
            }
        } finally {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    @Test
    void unknownPagesAndRestrictedOnesShowTheSame404Page() throws Exception {
        browser.clearCookies();
        browser.open("/no-such-page.xhtml");
        assertTrue(browser.exists("#error-404"));
        assertEquals("Halaman tidak ditemukan", browser.text("h1"));
        browser.assertAccessible();
        assertEquals(404, portal.get("/no-such-page.xhtml").statusCode());
        // the layout template is a building block, not a page
        assertEquals(404, portal.get("/theme/layout.xhtml").statusCode());
    }

    @Test
    void anExpiredViewShowsTheExpiredPage() {
        browser.clearCookies();
        browser.signIn("admin", SharedPortal.ADMIN_PASSWORD);
        browser.open("/admin/audit.xhtml");
        // As after a restart or a session time-out: the server no longer knows the page's view state.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\").forEach(i => i.value = 'gone:1');");
        browser.find("#form\\:filter").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> browser.exists("#error-expired"));
        assertEquals("Sesi berakhir", browser.text("h1"));
        browser.assertAccessible();
        browser.open("/");
        browser.signOut();
    }
}
