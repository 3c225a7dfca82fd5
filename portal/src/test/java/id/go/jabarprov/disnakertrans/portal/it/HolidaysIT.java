package id.go.jabarprov.disnakertrans.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The working-day calendar: 2026 as shipped, a later year entered by the province administrator. */
class HolidaysIT extends BrowserTest {

    @BeforeAll
    static void seed() {
        portal.staff("tenantadmin.3276", "tenant-admin", "32.76");
    }

    @Test
    void theProvinceAdministratorEntersTheNextYearsHolidays() {
        browser.clearCookies();
        browser.signIn("admin", SharedPortal.ADMIN_PASSWORD);
        browser.open("/admin/holidays.xhtml");
        browser.selectAjax("#year\\:select", "2026");
        assertEquals(25, browser.all("#list\\:holidays .holiday-date").size(), "the 2026 decree as shipped");
        browser.assertAccessible();

        browser.selectAjax("#year\\:select", "2027");
        assertTrue(browser.exists("#year-missing"), "a year nobody entered is flagged");

        // a name is needed; what was typed stays
        browser.type("#form\\:date", "2027-01-01");
        browser.clickAjax("#form\\:add");
        assertTrue(browser.text("#form\\:nameId ~ .ui-message").contains("Wajib diisi"), browser.text("#form"));
        assertEquals("2027-01-01", browser.find("#form\\:date").getAttribute("value"));

        browser.type("#form\\:nameId", "Tahun Baru 2027 Masehi").clickAjax("#form\\:add");
        assertTrue(browser.text("#messages").contains("Hari libur ditambahkan"), browser.text("#messages") + " / " + browser.text("#form"));
        assertTrue(browser.text("#list").contains("Tahun Baru 2027 Masehi"), browser.text("#list"));
        assertFalse(browser.exists("#year-missing"));

        browser.type("#form\\:date", "2027-01-01").type("#form\\:nameId", "Lagi").clickAjax("#form\\:add");
        assertTrue(browser.text("#form\\:date ~ .ui-message").contains("sudah tercatat"), browser.text("#form"));

        browser.type("#form\\:date", "1 Januari").clickAjax("#form\\:add");
        assertTrue(browser.text("#form\\:date ~ .ui-message").contains("Tanggal tidak valid"), browser.text("#form"));
        assertEquals("1 Januari", browser.find("#form\\:date").getAttribute("value"), "what was typed stays");

        browser.clickAjax("#list\\:holidays input[title='2027-01-01']");
        assertTrue(browser.text("#messages").contains("Hari libur dihapus"));
        assertTrue(browser.exists("#year-missing"));
        browser.open("/");
        browser.signOut();
    }

    @Test
    void aKabKotaAdministratorDoesNotEditTheProvinceCalendar() {
        browser.clearCookies();
        browser.signIn("tenantadmin.3276", SharedPortal.STAFF_PASSWORD);
        assertFalse(browser.text("#menu").contains("Hari Libur"));
        browser.open("/admin/holidays.xhtml");
        assertTrue(browser.exists("#error-404"));
        browser.open("/admin/modules.xhtml");
        assertFalse(browser.exists("#error-404"), "their own admin pages still work");
        browser.open("/");
        browser.signOut();
    }
}
