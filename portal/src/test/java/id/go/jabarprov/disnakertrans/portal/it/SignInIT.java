package id.go.jabarprov.disnakertrans.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Local sign-in: good and bad credentials, lock-out, sign-out, and returning to the page asked for. */
class SignInIT extends BrowserTest {

    @BeforeAll
    static void seed() {
        portal.staff("signin.officer", "jobinfo-officer", "32.73");
        portal.staff("lockout.officer", "jobinfo-officer", "32.73");
    }

    @Test
    void goodCredentialsOpenTheStaffDashboardAndSignOutEndsTheSession() {
        browser.clearCookies();
        browser.signIn("signin.officer", SharedPortal.STAFF_PASSWORD);
        assertEquals("/staff/index.xhtml", browser.path());
        assertEquals("Petugas signin.officer", browser.text("#user-name"));
        assertEquals("Kota Bandung", browser.text("#active-tenant"));
        browser.assertAccessible();

        browser.signOut();
        assertEquals("/", browser.path());
        assertTrue(browser.exists("#sign-in"));
        browser.open("/staff/index.xhtml");
        assertEquals("/login.xhtml", browser.path(), "after sign-out the staff pages ask for sign-in again");
    }

    @Test
    void signingInGivesANewSessionId() {
        browser.clearCookies();
        browser.open("/admin/audit.xhtml"); // sent to sign in: a session now holds the page asked for
        String before = browser.cookie("JSESSIONID").getValue();
        browser.type("#form\\:username", "signin.officer").type("#form\\:password", SharedPortal.STAFF_PASSWORD)
                .clickAndWait("#form\\:submit");
        org.junit.jupiter.api.Assertions.assertNotEquals(before, browser.cookie("JSESSIONID").getValue());
        browser.open("/");
        browser.signOut();
    }

    @Test
    void wrongPasswordIsRefusedWithAClearMessageAndKeepsTheUserName() {
        browser.clearCookies();
        browser.signIn("signin.officer", "wrong-password-1");
        assertEquals("/login.xhtml", browser.path());
        assertTrue(browser.text("#messages").contains("Nama pengguna atau kata sandi salah"));
        assertEquals("signin.officer", browser.find("#form\\:username").getAttribute("value"), "what was typed stays");
        browser.assertAccessible();
    }

    @Test
    void emptyFieldsAreReportedBesideTheFields() {
        browser.clearCookies();
        browser.open("/login.xhtml");
        browser.clickAndWait("#form\\:submit");
        assertTrue(browser.text("#form\\:username ~ .ui-message").contains("Wajib diisi"));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        browser.clearCookies();
        for (int i = 0; i < SharedPortal.LOCKOUT_ATTEMPTS; i++) {
            browser.signIn("lockout.officer", "wrong-password-" + i);
        }
        assertTrue(browser.text("#messages").contains("dikunci"), browser.text("#messages"));
        browser.signIn("lockout.officer", SharedPortal.STAFF_PASSWORD);
        assertEquals("/login.xhtml", browser.path());
        assertTrue(browser.text("#messages").contains("dikunci"));
        browser.assertAccessible();
    }

    @Test
    void signInReturnsToThePageThatWasAskedFor() {
        browser.clearCookies();
        browser.open("/admin/audit.xhtml");
        assertEquals("/login.xhtml", browser.path());
        browser.type("#form\\:username", "admin").type("#form\\:password", SharedPortal.ADMIN_PASSWORD)
                .clickAndWait("#form\\:submit");
        assertEquals("/admin/audit.xhtml", browser.path());
        browser.signOut();
    }

    @Test
    void anOfficerWithoutAdminPermissionsSeesAdminPagesAs404() {
        browser.clearCookies();
        browser.signIn("signin.officer", SharedPortal.STAFF_PASSWORD);
        browser.open("/admin/modules.xhtml");
        assertTrue(browser.exists("#error-404"));
        browser.open("/staff/index.xhtml");
        assertFalse(browser.text("#menu").contains("Modul"), "no admin entries in the menu");
        assertFalse(browser.text("#dashboard").contains("Jejak Audit"));
        browser.open("/");
        browser.signOut();
    }
}
