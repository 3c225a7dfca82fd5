package id.go.jabarprov.disnakertrans.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A module issues a PDF with a QR code through the core; anyone checks it on the public page, without signing in. */
class VerifyIT extends BrowserTest {

    private String issue(String validUntil) {
        return portal.seed(Map.of("what", "issue", "tenant", "32.73", "holder", "Siti Rahayu", "validUntil", validUntil));
    }

    @Test
    void anIssuedDocumentCarriesItsCodeAndIsConfirmedPubliclyWithoutPersonalData() throws Exception {
        String code = issue("2029-12-31");
        assertTrue(code.matches("[2-9A-HJKMNP-Z]{12}"), code);

        byte[] pdf = portal.issuedPdf(code);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Kode verifikasi " + code), text);
            assertTrue(text.contains("Siti Rahayu"));
        }

        browser.clearCookies();
        browser.open("/public/verify/" + code);
        assertEquals("Dokumen asli dan berlaku.", browser.text("#verify-status"));
        assertEquals("Sertifikat Uji", browser.text("#verify-title"));
        assertEquals("Kota Bandung", browser.text("#verify-issuer"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), browser.text("#verify-fingerprint"));
        assertFalse(browser.find("body").getText().contains("Siti Rahayu"), "no personal data on the public page");
        assertNull(browser.cookie("JSESSIONID"));
        browser.assertAccessible();

        // typed by hand from paper, in lower case with a space
        browser.open("/public/verify.xhtml");
        browser.type("#code", code.substring(0, 6).toLowerCase() + " " + code.substring(6)).clickAndWait("#check");
        assertEquals("Dokumen asli dan berlaku.", browser.text("#verify-status"));
    }

    @Test
    void revokedExpiredAndUnknownCodesAreSaidPlainly() throws Exception {
        String revoked = issue("2029-12-31");
        portal.seed(Map.of("what", "revoke", "code", revoked));
        browser.open("/public/verify/" + revoked);
        assertEquals("Dokumen asli, tetapi telah dicabut.", browser.text("#verify-status"));
        assertTrue(browser.find("#verify-result").getText().contains("Diterbitkan keliru"));

        String expired = issue("2020-01-31");
        browser.open("/public/verify/" + expired);
        assertEquals("Dokumen asli, tetapi masa berlakunya sudah habis.", browser.text("#verify-status"));

        browser.open("/public/verify/ZZZZZZZZZZZZ");
        assertTrue(browser.exists("#verify-unknown"));
        browser.assertAccessible();
        assertEquals(404, portal.get("/public/verify/ZZZZZZZZZZZZ").statusCode());
        assertEquals(404, portal.get("/public/verify/%3Cscript%3E").statusCode());
    }
}
