package id.go.jabarprov.disnakertrans.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Administrators create staff accounts with roles and kab/kota, reset passwords and deactivate accounts. */
class AccountsIT extends BrowserTest {

    @BeforeAll
    static void seed() {
        portal.staff("tenantadmin.3275", "tenant-admin", "32.75");
    }

    /** Narrows the accounts list to one user name. */
    private void search(String username) {
        browser.type("#list\\:search", username).clickAjax("#list\\:find");
    }

    /** Presses one of the buttons in an account's row (they carry the user name as their title). */
    private void clickRowButton(String username, String label) {
        browser.clickAjax("#list\\:accounts input[title='" + username + "'][value='" + label + "']");
    }

    private void createStaff(String username, String name, String password, String role, String tenant) {
        browser.type("#form\\:username", username).type("#form\\:name", name).type("#form\\:password", password);
        if (role != null) {
            browser.find("#form\\:roles input[value='" + role + "']").click();
        }
        if (tenant != null) {
            new org.openqa.selenium.support.ui.Select(browser.find("#form\\:tenants")).selectByValue(tenant);
        }
        browser.clickAjax("#form\\:create");
    }

    @Test
    void theProvinceAdministratorCreatesAnOfficerWhoCanThenSignIn() {
        browser.clearCookies();
        browser.signIn("admin", SharedPortal.ADMIN_PASSWORD);
        browser.open("/admin/accounts.xhtml");
        browser.assertAccessible();

        // everything wrong at once, each beside its field, nothing typed lost
        createStaff("Bad Name!", "", "short", null, null);
        assertTrue(browser.text("#form\\:username ~ .ui-message").contains("Nama pengguna 3"), browser.find("#form").getText());
        assertTrue(browser.text("#form\\:name ~ .ui-message").contains("Wajib diisi"));
        assertTrue(browser.text("#form\\:password ~ .ui-message").contains("minimal 10"));
        assertTrue(browser.find("#form").getText().contains("Pilih minimal satu peran"));
        assertEquals("Bad Name!", browser.find("#form\\:username").getAttribute("value"));
        browser.assertAccessible();

        createStaff("mediator.bekasi", "Dewi Lestari", "Mediasi-2026", "sikhi-mediator", "32.75");
        assertTrue(browser.text("#messages").contains("Akun mediator.bekasi dibuat"), browser.text("#messages"));
        search("mediator.bekasi");
        assertEquals(1, browser.all("#list\\:accounts .account-username").size());
        browser.open("/");
        browser.signOut();

        browser.signIn("mediator.bekasi", "Mediasi-2026");
        assertEquals("/staff/index.xhtml", browser.path());
        assertEquals("Kota Bekasi", browser.text("#active-tenant"));
        browser.signOut();

        // the mediator now also serves Kabupaten Bekasi
        browser.signIn("admin", SharedPortal.ADMIN_PASSWORD);
        browser.open("/admin/accounts.xhtml");
        search("mediator.bekasi");
        clickRowButton("mediator.bekasi", "Ubah peran dan wilayah");
        var tenants = new org.openqa.selenium.support.ui.Select(browser.find("#edit\\:tenants"));
        tenants.selectByValue("32.16");
        browser.clickAjax("#edit\\:saveEdit");
        assertTrue(browser.text("#messages").contains("Akun mediator.bekasi diubah"), browser.text("#messages"));
        browser.open("/");
        browser.signOut();
        browser.signIn("mediator.bekasi", "Mediasi-2026");
        assertEquals(2, browser.all("#userbar\\:tenant option").size(), "a switcher between the two");
        browser.signOut();
    }

    @Test
    void aDeactivatedAccountCannotSignInAndAResetPasswordWorks() {
        portal.staff("to.deactivate", "village-officer", "32.75");
        browser.clearCookies();
        browser.signIn("admin", SharedPortal.ADMIN_PASSWORD);
        browser.open("/admin/accounts.xhtml");
        search("to.deactivate");
        clickRowButton("to.deactivate", "Nonaktifkan");
        assertTrue(browser.text("#messages").contains("Akun dinonaktifkan"), browser.text("#messages"));
        browser.open("/");
        browser.signOut();

        browser.signIn("to.deactivate", SharedPortal.STAFF_PASSWORD);
        assertEquals("/login.xhtml", browser.path());
        assertTrue(browser.text("#messages").contains("tidak aktif"));

        browser.signIn("admin", SharedPortal.ADMIN_PASSWORD);
        browser.open("/admin/accounts.xhtml");
        search("to.deactivate");
        clickRowButton("to.deactivate", "Aktifkan");
        clickRowButton("to.deactivate", "Atur ulang kata sandi");
        browser.type("#reset\\:newPassword", "pendek").clickAjax("#reset\\:doReset");
        assertTrue(browser.text("#reset").contains("minimal 10"));
        browser.type("#reset\\:newPassword", "Baru-Sekali-2026").clickAjax("#reset\\:doReset");
        assertTrue(browser.text("#messages").contains("Kata sandi diatur ulang"));
        browser.open("/");
        browser.signOut();

        browser.signIn("to.deactivate", "Baru-Sekali-2026");
        assertEquals("/staff/index.xhtml", browser.path());
        browser.signOut();
    }

    @Test
    void aKabKotaAdministratorSeesAndManagesOnlyItsOwnKabKota() {
        portal.staff("someone.3273", "jobinfo-officer", "32.73");
        browser.clearCookies();
        browser.signIn("tenantadmin.3275", SharedPortal.STAFF_PASSWORD);
        browser.open("/admin/accounts.xhtml");
        var listed = browser.all("#list\\:accounts .account-username").stream().map(e -> e.getText()).toList();
        assertTrue(listed.contains("tenantadmin.3275"), listed.toString());
        assertFalse(listed.contains("someone.3273"), "no account of another kab/kota");
        assertFalse(listed.contains("admin"), "not the province administrator");
        assertFalse(browser.exists("#form\\:roles input[value='platform-admin']"), "cannot hand out province rights");
        assertEquals(1, browser.all("#form\\:tenants option").size(), "only its own kab/kota to assign");
        browser.open("/");
        browser.signOut();
    }

    @Test
    void editingASharedOfficerKeepsTheMembershipTheEditorCannotSee() {
        portal.staff("shared.3275.3273", "jobinfo-officer", "32.75,32.73");
        browser.clearCookies();
        browser.signIn("tenantadmin.3275", SharedPortal.STAFF_PASSWORD);
        browser.open("/admin/accounts.xhtml");
        search("shared.3275.3273");
        clickRowButton("shared.3275.3273", "Ubah peran dan wilayah");
        assertEquals(1, browser.all("#edit\\:tenants option").size(), "only its own kab/kota is offered");
        browser.find("#edit\\:roles input[value='village-officer']").click();
        browser.clickAjax("#edit\\:saveEdit");
        assertTrue(browser.text("#messages").contains("diubah"), browser.text("#messages"));
        browser.open("/");
        browser.signOut();

        browser.signIn("admin", SharedPortal.ADMIN_PASSWORD);
        browser.open("/admin/accounts.xhtml");
        search("shared.3275.3273");
        String row = browser.text("#list\\:accounts tbody");
        assertTrue(row.contains("32.73") && row.contains("32.75"), "the other kab/kota stays: " + row);
        assertTrue(row.contains("village-officer"));
        browser.open("/");
        browser.signOut();
    }
}
