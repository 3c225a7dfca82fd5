package id.go.jabarprov.disnakertrans.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Citizens register themselves; a bad NIK is explained beside the field and nothing typed is lost. */
class RegistrationIT extends BrowserTest {

    private void fill(String name, String email, String password, String nik) {
        browser.open("/register.xhtml");
        browser.type("#form\\:name", name).type("#form\\:email", email).type("#form\\:password", password)
                .type("#form\\:nik", nik);
        browser.clickAndWait("#form\\:submit");
    }

    @Test
    void aNikWithAnImpossibleBirthDateIsRefusedBesideTheFieldKeepingEverythingTyped() {
        browser.clearCookies();
        // day 72 = a woman born on the 32nd: no such date
        fill("Siti Aminah", "siti.aminah@example.id", "Rahasia-2026", "3273017205900001");
        assertEquals("/register.xhtml", browser.path());
        assertTrue(browser.text("#form\\:nik ~ .ui-message").contains("Tanggal lahir pada NIK tidak valid"),
                browser.find("body").getText());
        assertEquals("Siti Aminah", browser.find("#form\\:name").getAttribute("value"));
        assertEquals("siti.aminah@example.id", browser.find("#form\\:email").getAttribute("value"));
        assertEquals("3273017205900001", browser.find("#form\\:nik").getAttribute("value"));
        browser.assertAccessible();
    }

    @Test
    void aShortNikAndAWeakPasswordAreBothReported() {
        browser.clearCookies();
        fill("Budi", "budi@example.id", "pendek", "32730112");
        assertTrue(browser.text("#form\\:nik ~ .ui-message").contains("16 digit"));
        assertTrue(browser.text("#form\\:password ~ .ui-message").contains("minimal 10"));
    }

    @Test
    void aValidRegistrationSignsInWithTheMaskedNikOnTheProfile() {
        browser.clearCookies();
        // a woman born on 12 May 1990: day 12 + 40 = 52
        fill("Siti Rahayu", "siti.rahayu@example.id", "Rahasia-2026", "3273015205900001");
        assertEquals("/login.xhtml", browser.path(), browser.find("body").getText());
        assertTrue(browser.text("#messages").contains("Pendaftaran berhasil"));
        browser.type("#form\\:username", "siti.rahayu@example.id").type("#form\\:password", "Rahasia-2026")
                .clickAndWait("#form\\:submit");
        assertEquals("/me/index.xhtml", browser.path());
        assertEquals("3273********0001", browser.text("#profile-nik"));
        browser.assertAccessible();

        browser.open("/staff/index.xhtml");
        assertTrue(browser.exists("#error-404"), "a citizen has no staff pages");
        browser.open("/");
        browser.signOut();

        fill("Siti Lain", "siti.rahayu@example.id", "Rahasia-2026", "3273015205900002");
        assertTrue(browser.text("#form\\:email ~ .ui-message").contains("sudah terdaftar"));
    }
}
