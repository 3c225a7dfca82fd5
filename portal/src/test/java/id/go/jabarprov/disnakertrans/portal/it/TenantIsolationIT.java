package id.go.jabarprov.disnakertrans.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/** An officer of 32.73 tries to read and change a 32.04 row by list, URL and form: refused every time. */
class TenantIsolationIT extends BrowserTest {

    private static String bandungNote;
    private static String kabBandungNote;

    @BeforeAll
    static void seed() {
        portal.enable("32.73", "testmod", true);
        portal.enable("32.04", "testmod", true);
        portal.staff("officer.3273", "jobinfo-officer", "32.73");
        portal.staff("officer.3204", "jobinfo-officer", "32.04");
        portal.staff("officer.both", "jobinfo-officer", "32.73,32.04");
        portal.staff("admin.iso.3273", "tenant-admin", "32.73");
        bandungNote = portal.note("32.73", "Catatan Kota Bandung");
        kabBandungNote = portal.note("32.04", "Catatan Kabupaten Bandung");
    }

    @Test
    void listsShowOnlyTheOfficersOwnKabKota() {
        browser.clearCookies();
        browser.signIn("officer.3273", SharedPortal.STAFF_PASSWORD);
        browser.open("/staff/testmod/notes.xhtml");
        assertTrue(browser.text("#notes").contains("Catatan Kota Bandung"));
        assertFalse(browser.text("#notes").contains("Catatan Kabupaten Bandung"));
        browser.open("/");
        browser.signOut();
    }

    @Test
    void anotherKabKotasRowByIdInTheUrlIsNotFound() {
        browser.clearCookies();
        browser.signIn("officer.3273", SharedPortal.STAFF_PASSWORD);
        browser.open("/staff/testmod/note.xhtml?id=" + bandungNote);
        assertEquals("Catatan Kota Bandung", browser.find("#form\\:text").getAttribute("value"));
        browser.open("/staff/testmod/note.xhtml?id=" + kabBandungNote);
        assertTrue(browser.exists("#error-404"));
        assertFalse(browser.find("body").getText().contains("Kabupaten Bandung"));
        browser.open("/");
        browser.signOut();
    }

    @Test
    void aFormPostedWithAnotherKabKotasIdChangesNothing() {
        browser.clearCookies();
        browser.signIn("officer.3273", SharedPortal.STAFF_PASSWORD);
        browser.open("/staff/testmod/note.xhtml?id=" + bandungNote);
        // the form of an own note, re-aimed at the other kab/kota's id
        ((JavascriptExecutor) browser.driver()).executeScript(
                "var f = document.getElementById('form'); f.action = f.action.split('?')[0] + '?id=" + kabBandungNote + "';");
        browser.type("#form\\:text", "Diubah oleh Kota Bandung").clickAndWait("#form\\:save");
        assertFalse(browser.text("#messages").contains("Catatan disimpan"), "must not report success");
        browser.open("/");
        browser.signOut();

        browser.signIn("officer.3204", SharedPortal.STAFF_PASSWORD);
        browser.open("/staff/testmod/notes.xhtml");
        assertTrue(browser.text("#notes").contains("Catatan Kabupaten Bandung"), "the other row is unchanged");
        assertFalse(browser.text("#notes").contains("Diubah oleh Kota Bandung"));
        browser.open("/");
        browser.signOut();
    }

    @Test
    void anOfficerOfTwoKabKotaSwitchesBetweenThem() {
        browser.clearCookies();
        browser.signIn("officer.both", SharedPortal.STAFF_PASSWORD);
        browser.open("/staff/testmod/notes.xhtml");
        String first = browser.text("#notes");
        new org.openqa.selenium.support.ui.Select(browser.find("#userbar\\:tenant")).selectByValue("32.04");
        browser.clickAndWait("#userbar\\:switch");
        assertEquals("/staff/testmod/notes.xhtml", browser.path());
        assertTrue(browser.text("#notes").contains("Catatan Kabupaten Bandung"));
        assertFalse(browser.text("#notes").contains("Catatan Kota Bandung"));
        new org.openqa.selenium.support.ui.Select(browser.find("#userbar\\:tenant")).selectByValue("32.73");
        browser.clickAndWait("#userbar\\:switch");
        assertTrue(browser.text("#notes").contains("Catatan Kota Bandung"));
        assertFalse(browser.text("#notes").contains("Catatan Kabupaten Bandung"));
        assertTrue(first.contains("Catatan"));
        browser.assertAccessible();
        browser.open("/");
        browser.signOut();
    }

    /** The REST API in local mode: the browser's session is the caller; the same refusals as the pages. */
    @Test
    void theApiRefusesAnotherKabKotaAndAsksWhoCallsWithoutASession() throws Exception {
        browser.clearCookies();
        browser.signIn("admin.iso.3273", SharedPortal.STAFF_PASSWORD);
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        var http = java.net.http.HttpClient.newHttpClient();
        java.util.function.BiFunction<String, String, Integer> status = (path, header) -> {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(portal.url("/api/v1" + path)));
            if (header != null) {
                request.header(header.substring(0, header.indexOf(':')), header.substring(header.indexOf(':') + 1).trim());
            }
            try {
                return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertEquals(200, status.apply("/kabkota/32.73/modules", "Cookie: JSESSIONID=" + session));
        assertEquals(200, status.apply("/me", "Cookie: JSESSIONID=" + session));
        assertEquals(404, status.apply("/kabkota/32.04/modules", "Cookie: JSESSIONID=" + session), "another kab/kota");
        assertEquals(404, status.apply("/kabkota/99.99/modules", "Cookie: JSESSIONID=" + session), "no such kab/kota");
        assertEquals(401, status.apply("/kabkota/32.73/modules", null), "nobody");
        assertEquals(401, status.apply("/me", "Authorization: Bearer abc.def.ghi"), "tokens need SSO mode");
        browser.open("/");
        browser.signOut();
        assertEquals(401, status.apply("/me", "Cookie: JSESSIONID=" + session), "signed out: the old session is nobody");
    }
}
