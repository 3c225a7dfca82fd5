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
}
