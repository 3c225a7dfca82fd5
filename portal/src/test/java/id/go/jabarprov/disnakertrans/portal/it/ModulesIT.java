package id.go.jabarprov.disnakertrans.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plug-in proof with the test module: installed modules, the kab/kota × module matrix, the
 * generated settings form, and the three enforcements of enablement (menu, page, service).
 */
class ModulesIT extends BrowserTest {

    @BeforeAll
    static void seed() {
        portal.staff("notes.3279", "jobinfo-officer", "32.79");
        portal.staff("tenantadmin.3204", "tenant-admin", "32.04");
    }

    @Test
    void theAdministratorSwitchesAModuleOnAndOffForAKabKotaAndEveryEnforcementFollows() throws Exception {
        browser.clearCookies();
        browser.signIn("admin", SharedPortal.ADMIN_PASSWORD);
        browser.open("/admin/modules.xhtml");
        assertTrue(browser.text("#installed").contains("testmod"), "the test module is listed with its version");
        assertTrue(browser.text("#installed").contains("1.0.0-test"));
        assertEquals(28, browser.all("#matrix-table tbody tr").size(), "the province and 27 kab/kota");
        browser.assertAccessible();

        browser.clickAjax(".toggle-32-79-testmod");
        assertEquals("Aktif", browser.find(".toggle-32-79-testmod").getAttribute("value"));
        assertTrue(browser.text("#messages").contains("diaktifkan"));
        browser.signOut();

        // on: public page listed and served; the officer's menu has the entry and the page works
        browser.open("/?wilayah=32.79");
        assertTrue(browser.text("#services").contains("Info modul uji"));
        browser.open("/public/testmod/info.xhtml?wilayah=32.79");
        assertTrue(browser.exists("#testmod-info"));
        browser.assertAccessible();
        browser.signIn("notes.3279", SharedPortal.STAFF_PASSWORD);
        assertTrue(browser.text("#menu").contains("Catatan"));
        browser.clickAndWait("#menu a[href$='/staff/testmod/notes.xhtml']");
        assertEquals("Catatan", browser.text("h1"));
        browser.type("#form\\:text", "Jadwal bursa kerja").clickAndWait("#form\\:add");
        assertTrue(browser.text("#notes").contains("Jadwal bursa kerja"));
        browser.assertAccessible();
        browser.signOut();

        // off again
        browser.signIn("admin", SharedPortal.ADMIN_PASSWORD);
        browser.open("/admin/modules.xhtml");
        browser.clickAjax(".toggle-32-79-testmod");
        assertEquals("Nonaktif", browser.find(".toggle-32-79-testmod").getAttribute("value"));
        browser.signOut();

        browser.open("/?wilayah=32.79");
        assertTrue(browser.exists("#no-services"));
        assertEquals(404, portal.get("/public/testmod/info.xhtml?wilayah=32.79").statusCode());
        browser.signIn("notes.3279", SharedPortal.STAFF_PASSWORD);
        assertFalse(browser.text("#menu").contains("Catatan"), "no menu entry for a disabled module");
        browser.open("/staff/testmod/notes.xhtml");
        assertTrue(browser.exists("#error-404"), "its pages answer 404");
        browser.open("/");
        browser.signOut();
    }

    @Test
    void aModuleOnlyInstalledElsewhereIsStill404ForAnotherKabKota() throws Exception {
        portal.enable("32.01", "testmod", true);
        assertEquals(200, portal.get("/public/testmod/info.xhtml?wilayah=32.01").statusCode());
        assertEquals(404, portal.get("/public/testmod/info.xhtml?wilayah=32.02").statusCode());
        assertEquals(404, portal.get("/public/testmod/info.xhtml").statusCode(), "no kab/kota, no module");
    }

    @Test
    void theSettingsFormIsGeneratedFromTheDescriptorAndValidatesEachField() {
        browser.clearCookies();
        browser.signIn("admin", SharedPortal.ADMIN_PASSWORD);
        browser.open("/admin/module-settings.xhtml?module=testmod&tenant=32.73");
        assertEquals("https://meet.jit.si/", browser.find("#form\\:meetingBaseUrl").getAttribute("value"), "the default");
        browser.assertAccessible();

        browser.type("#form\\:meetingBaseUrl", "meet.bandung").type("#form\\:maxNotes", "0").clickAndWait("#form\\:save");
        assertTrue(browser.text("#form\\:meetingBaseUrl ~ .ui-message").contains("Alamat web tidak valid"));
        assertTrue(browser.text("#form\\:maxNotes ~ .ui-message").contains("di luar batas"));
        assertEquals("meet.bandung", browser.find("#form\\:meetingBaseUrl").getAttribute("value"), "nothing typed is lost");
        browser.assertAccessible();

        browser.type("#form\\:meetingBaseUrl", "https://meet.bandung.go.id/").type("#form\\:maxNotes", "25")
                .clickAndWait("#form\\:save");
        assertTrue(browser.text("#messages").contains("Pengaturan disimpan"));
        browser.open("/admin/module-settings.xhtml?module=testmod&tenant=32.73");
        assertEquals("https://meet.bandung.go.id/", browser.find("#form\\:meetingBaseUrl").getAttribute("value"));
        assertEquals("25", browser.find("#form\\:maxNotes").getAttribute("value"));
        browser.open("/");
        browser.signOut();
    }

    @Test
    void aKabKotaAdministratorActsOnItsOwnKabKotaOnly() {
        browser.clearCookies();
        browser.signIn("tenantadmin.3204", SharedPortal.STAFF_PASSWORD);
        browser.open("/admin/modules.xhtml");
        assertEquals(1, browser.all("#matrix-table tbody tr").size());
        assertTrue(browser.text("#matrix-table tbody").contains("32.04"));
        String before = browser.find(".toggle-32-04-testmod").getAttribute("value");
        browser.clickAjax(".toggle-32-04-testmod");
        assertEquals("Aktif".equals(before) ? "Nonaktif" : "Aktif", browser.find(".toggle-32-04-testmod").getAttribute("value"));
        browser.clickAjax(".toggle-32-04-testmod");
        assertEquals(before, browser.find(".toggle-32-04-testmod").getAttribute("value"), "and back");

        browser.open("/admin/module-settings.xhtml?module=testmod&tenant=32.73");
        assertTrue(browser.exists("#error-404"), "another kab/kota's settings do not exist for them");
        browser.open("/admin/module-settings.xhtml?module=testmod&tenant=32.04");
        assertTrue(browser.exists("#form\\:meetingBaseUrl"));
        browser.open("/");
        browser.signOut();
    }

    @Test
    void aCitizenWhoBelongsToNoKabKotaUsesAModuleThatIsOnSomewhere() {
        portal.enable("32.72", "testmod", true);
        browser.clearCookies();
        browser.open("/register.xhtml");
        browser.type("#form\\:name", "Asep Sunandar").type("#form\\:email", "asep@example.id")
                .type("#form\\:password", "Rahasia-2026").type("#form\\:nik", "3272011508850003")
                .clickAndWait("#form\\:submit");
        browser.type("#form\\:username", "asep@example.id").type("#form\\:password", "Rahasia-2026")
                .clickAndWait("#form\\:submit");
        assertTrue(browser.text("#menu").contains("Layanan uji saya"), browser.text("#menu"));
        browser.clickAndWait("#menu a[href$='/me/testmod/mine.xhtml']");
        assertTrue(browser.exists("#testmod-mine"));
        browser.assertAccessible();
        browser.open("/staff/testmod/notes.xhtml");
        assertTrue(browser.exists("#error-404"), "a citizen never reaches staff pages");
        browser.open("/");
        browser.signOut();
    }

    @Test
    void aFailingPageShowsThe500PageWithoutDetails() throws Exception {
        portal.enable("32.71", "testmod", true);
        browser.clearCookies();
        browser.open("/public/testmod/boom.xhtml?wilayah=32.71");
        assertTrue(browser.exists("#error-500"));
        assertFalse(browser.find("body").getText().contains("IllegalStateException"), "no stack trace for the user");
        browser.assertAccessible();
        assertEquals(500, portal.get("/public/testmod/boom.xhtml?wilayah=32.71").statusCode());
    }
}
