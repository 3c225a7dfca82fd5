package id.go.jabarprov.disnakertrans.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * SIKHI from start to end in a browser, as a worker, a company, registration staff, the head of
 * section and a mediator of Kota Bandung (32.73) use it; with the refusals the law and tenancy demand.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class SikhiIT extends BrowserTest {

    private static final String KABKOTA = "32.73";
    private static final String WORKER = "buruh.sikhi";
    private static final String COMPANY = "pt.sikhi";
    private static final String OTHER_CITIZEN = "warga.lain.sikhi";
    private static final String MEDIATOR = "mediator.sikhi.3273";
    private static final String HEAD = "kasi.sikhi.3273";
    private static final String MEDIATOR_3204 = "mediator.sikhi.3204";
    private static final String SECOND_MEDIATOR = "mediator2.sikhi.3273";
    /** Takes over a case whose two earlier mediators declared conflicts of interest. */
    private static final String THIRD_MEDIATOR = "mediator3.sikhi.3273";
    /** A worker with an e-mail address, to see the notice of a moved session arrive by mail too. */
    private static final String MAILED_WORKER = "buruh.jadwal.sikhi";
    private static final String MAILED_WORKER_EMAIL = "buruh.jadwal@example.id";
    private static final String PROVINCE_HEAD = "kasi.sikhi.prov";
    private static final String PROVINCE_MEDIATOR = "mediator.sikhi.prov";
    private static Path bipartiteMinutes;

    @BeforeAll
    static void seed() throws Exception {
        portal.enable(KABKOTA, "sikhi", true);
        portal.enable("32.04", "sikhi", true);
        portal.party(WORKER, "citizen");
        portal.party(OTHER_CITIZEN, "citizen");
        portal.party(COMPANY, "employer");
        portal.staff(MEDIATOR, "sikhi-mediator", KABKOTA);
        portal.staff(HEAD, "tenant-admin", KABKOTA);
        portal.staff(MEDIATOR_3204, "sikhi-mediator", "32.04");
        portal.staff(SECOND_MEDIATOR, "sikhi-mediator", KABKOTA);
        portal.staff(THIRD_MEDIATOR, "sikhi-mediator", KABKOTA);
        portal.staff(MAILED_WORKER, "citizen", "-", MAILED_WORKER_EMAIL);
        // the province office: its head of section and a mediator, members of "32" only (no platform.tenants.all)
        portal.enable("32", "sikhi", true);
        portal.staff(PROVINCE_HEAD, "tenant-admin", "32");
        portal.staff(PROVINCE_MEDIATOR, "sikhi-mediator", "32");
        bipartiteMinutes = Files.createTempFile("risalah-bipartit", ".pdf");
        Files.writeString(bipartiteMinutes, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    }

    /** Files a case as the worker; returns {id, tracking code, secret}. */
    private String[] fileCase(String type, String company) {
        return fileCase(type, company, WORKER);
    }

    private String[] fileCase(String type, String company, String worker) {
        browser.clearCookies();
        browser.signIn(worker, SharedPortal.STAFF_PASSWORD);
        browser.open("/me/sikhi/cases.xhtml");
        browser.clickAndWait("#new-case");
        new Select(browser.find("#form\\:workplaceKabKota")).selectByValue(KABKOTA);
        new Select(browser.find("#form\\:type")).selectByValue(type);
        browser.type("#form\\:workerName", "Ujang Suherman").type("#form\\:workerAddress", "Jl. Cibaduyut No. 5, Bandung")
                .type("#form\\:companyName", company).type("#form\\:companyAddress", "Jl. Soekarno-Hatta No. 100, Bandung")
                .type("#form\\:companyNib", "12345");
        browser.clickAndWait("#form\\:submit");
        // bad inputs: every problem beside its field, nothing typed lost
        String form = browser.text("#form");
        assertTrue(form.contains("NIB terdiri atas 13 angka"), form);
        assertTrue(form.contains("Wajib diisi"), "chronology and demands are required: " + form);
        assertEquals(company, browser.find("#form\\:companyName").getAttribute("value"));
        browser.type("#form\\:companyNib", "9120001234567")
                .type("#form\\:chronology", "Saya di-PHK sepihak pada 2 November 2026 tanpa pesangon.")
                .type("#form\\:demands", "Pesangon sesuai PP 35/2021.");
        browser.clickAndWait("#form\\:save");
        String code = browser.text("#draft-code");
        assertTrue(code.startsWith("SK-"), code);
        browser.assertAccessible();

        browser.clickAndWait("#form\\:submit");
        assertTrue(browser.text("#form").contains("risalah atau undangan perundingan bipartit"), "no filing without bipartite proof");
        browser.clickAndWait("#upload\\:send");
        assertTrue(browser.text("#upload").contains("Pilih berkas"), browser.text("#upload"));
        browser.find("#upload\\:file").sendKeys(bipartiteMinutes.toString());
        browser.clickAndWait("#upload\\:send");
        assertTrue(browser.text("#documents-list").contains("Risalah perundingan bipartit"), browser.text("#documents-list"));
        browser.clickAndWait("#form\\:submit");
        assertEquals(code, browser.text("#tracking-code"));
        String secret = browser.text("#secret");
        browser.clickAndWait("#to-case");
        String id = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=", "");
        assertTrue(browser.text("#stage").startsWith("Diajukan"), browser.text("#stage"));
        String minutesLink = browser.find(".doc-RISALAH_BIPARTIT").getAttribute("href");
        browser.open("/");
        browser.signOut();
        return new String[] {id, code, secret, minutesLink};
    }

    private void signInAs(String username) {
        browser.clearCookies();
        browser.signIn(username, SharedPortal.STAFF_PASSWORD);
    }

    private void leave() {
        browser.open("/");
        browser.signOut();
    }

    /** Downloads a document of the case as the signed-in browser, and reads its text. */
    private String pdfText(String linkCss) throws Exception {
        String href = browser.find(linkCss).getAttribute("href");
        var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                .header("Cookie", "JSESSIONID=" + cookie.getValue()).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), href);
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        try (var document = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    /** Whether an e-mail to {@code address} containing {@code text} arrives within 15 s (mail goes out after commit). */
    private static boolean mailed(String address, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            boolean arrived = java.util.Arrays.stream(portal.mail().getReceivedMessages()).anyMatch(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(address) && String.valueOf(m.getContent()).contains(text);
                } catch (jakarta.mail.MessagingException | java.io.IOException e) {
                    return false;
                }
            });
            if (arrived) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** The verification code printed on a letter. */
    private static String verificationCode(String text) {
        var matcher = java.util.regex.Pattern.compile("Kode verifikasi: ([2-9A-Z]{12})").matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group(1);
    }

    private String stage() {
        return browser.text("#stage");
    }

    /** Registers the filed case (linking the company's account) and has the head of section assign MEDIATOR. */
    private void registerAndAssign(String id) {
        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        browser.type("#form\\:companyAccount", COMPANY).clickAndWait("#form\\:register");
        assertEquals("Tercatat", stage());
        leave();
        signInAs(HEAD);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        new Select(browser.find("#form\\:mediator")).selectByValue(MEDIATOR);
        browser.clickAndWait("#form\\:assign");
        assertEquals("Dilimpahkan ke mediator", stage());
        leave();
    }

    /** The signed-in mediator, just given the case, declares no conflict of interest: nothing else is open before. */
    private void declareNoConflict(String id) {
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        browser.find("#form\\:noConflict").click();
        browser.clickAndWait("#form\\:declare-none");
        assertFalse(browser.exists("#declaration"), browser.text("body"));
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void aPhkCaseGoesFromFilingThroughMediationAndAnjuranToItsEnd() throws Exception {
        String[] filed = fileCase("PHK", "PT Sepatu Maju");
        String id = filed[0];

        // the public status check: the right secret shows the stage and no name; a wrong one shows nothing
        browser.clearCookies();
        browser.open("/public/sikhi/status.xhtml?wilayah=" + KABKOTA);
        browser.type("#form\\:code", filed[1].toLowerCase()).type("#form\\:secret", "salah-rahasia").clickAndWait("#form\\:check");
        assertFalse(browser.exists("#status"));
        assertTrue(browser.find("body").getText().contains("tidak cocok"));
        browser.type("#form\\:code", filed[1]).type("#form\\:secret", filed[2]).clickAndWait("#form\\:check");
        assertTrue(browser.text("#status-stage").startsWith("Diajukan"));
        assertFalse(browser.find("body").getText().contains("Ujang"), "no personal data on the public page");

        // another citizen tries the case's id: it does not exist for them
        signInAs(OTHER_CITIZEN);
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        assertTrue(browser.exists("#error-404"));
        browser.open("/me/sikhi/file.xhtml?id=" + id);
        assertTrue(browser.exists("#error-404"));
        var session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        var download = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(filed[3]))
                .header("Cookie", "JSESSIONID=" + session).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(404, download.statusCode(), "nor its documents");
        leave();

        // registration: the office checks and registers, linking the company's account, and offers the forum
        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/queue.xhtml");
        assertTrue(browser.text("#queue").contains(filed[1]), browser.text("#queue"));
        browser.assertAccessible();
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        browser.type("#form\\:companyAccount", "tidak.ada").clickAndWait("#form\\:register");
        assertTrue(browser.text("#form").contains("Tidak ada akun pengusaha"), browser.text("#form"));
        assertEquals("tidak.ada", browser.find("#form\\:companyAccount").getAttribute("value"));
        browser.type("#form\\:companyAccount", COMPANY).clickAndWait("#form\\:register");
        assertEquals("Tercatat", stage());
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        assertTrue(browser.text("#registration-number").matches("\\d{4}/PHI/32\\.73/" + year), browser.text("#registration-number"));
        browser.clickAndWait(".action-OFFER_FORUM");
        assertTrue(stage().startsWith("Penawaran"), stage());
        browser.assertAccessible();
        leave();

        // the worker may not take a PHK dispute to arbitration: the law's reason is shown
        signInAs(WORKER);
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        browser.type("#forum\\:providerName", "Arbiter Bandung").clickAndWait("#forum\\:arbitration");
        assertTrue(browser.find("body").getText().contains("Arbitrase hanya untuk perselisihan kepentingan"), browser.find("body").getText());
        assertTrue(stage().startsWith("Penawaran"), "nothing changed");
        browser.clickAndWait("#forum\\:mediation");
        assertEquals("Menunggu penunjukan mediator", stage());
        leave();

        // a mediator of Kabupaten Bandung cannot open a Kota Bandung case by its id
        signInAs(MEDIATOR_3204);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        assertTrue(browser.exists("#error-404"));
        browser.open("/staff/sikhi/queue.xhtml");
        assertFalse(browser.find("body").getText().contains(filed[1]));
        leave();

        // the head of section assigns the mediator (pelimpahan): the 30-HK clock starts
        signInAs(HEAD);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        browser.clickAndWait("#form\\:assign");
        assertTrue(browser.text("#form").contains("Pilih mediator"), "no mediator chosen");
        new Select(browser.find("#form\\:mediator")).selectByValue(MEDIATOR);
        browser.clickAndWait("#form\\:assign");
        assertEquals("Dilimpahkan ke mediator", stage());
        assertTrue(browser.text("#deadlines").contains("Batas sidang pertama"), browser.text("#deadlines"));
        // the head of section hands the case over (leave, conflict of interest) and back; the clock keeps running
        new Select(browser.find("#form\\:newMediator")).selectByValue(SECOND_MEDIATOR);
        browser.clickAndWait("#form\\:reassign");
        assertEquals(SECOND_MEDIATOR, browser.text("#mediator-name"));
        new Select(browser.find("#form\\:newMediator")).selectByValue(MEDIATOR);
        browser.clickAndWait("#form\\:reassign");
        assertEquals(MEDIATOR, browser.text("#mediator-name"));
        assertEquals("Dilimpahkan ke mediator", stage());
        leave();
        signInAs(SECOND_MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        assertTrue(browser.exists("#error-404"), "the mediator it was taken from no longer sees it");
        leave();

        // the mediator holds an online session, minutes it, and issues the anjuran
        signInAs(MEDIATOR);
        declareNoConflict(id);
        browser.type("#form\\:sessionAt", "kemarin").clickAndWait("#form\\:schedule");
        assertTrue(browser.text("#form").contains("Tanggal dan jam"), "a date it cannot read is named");
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1) + " 09:00";
        browser.type("#form\\:sessionAt", tomorrow).clickAndWait("#form\\:schedule");
        assertTrue(browser.find("#scheduled .meeting-link").getAttribute("href").startsWith("https://meet.jit.si/SIKHI-"));
        String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
        browser.type("#form\\:heldOn", today).type("#form\\:partiesPresent", "Ujang Suherman; HRD PT Sepatu Maju")
                .type("#form\\:issue", "PHK sepihak").type("#form\\:workerPosition", "Menuntut pesangon penuh")
                .type("#form\\:companyPosition", "Menawarkan setengah pesangon").clickAndWait("#form\\:record");
        assertTrue(browser.text("#form").contains("Wajib diisi"), "the conclusion is required");
        assertEquals("Menuntut pesangon penuh", browser.find("#form\\:workerPosition").getAttribute("value"));
        browser.type("#form\\:conclusion", "Belum sepakat").clickAndWait("#form\\:record");
        assertEquals("Sidang mediasi", stage());
        browser.type("#form\\:anjuranContent", "Menganjurkan pengusaha membayar pesangon sesuai PP 35/2021 pasal 40.")
                .clickAndWait("#form\\:issue-anjuran");
        assertEquals("Anjuran diterbitkan", stage());
        browser.assertAccessible();
        // messages: to everyone, and a private caucus with the worker
        browser.clickAndWait("#form\\:post");
        assertTrue(browser.text("#thread").contains("Wajib diisi"), browser.text("#thread"));
        new Select(browser.find("#form\\:caucusWith")).selectByValue(WORKER);
        browser.type("#form\\:messageBody", "Kaukus: apakah Anda bersedia menerima 75% pesangon?").clickAndWait("#form\\:post");
        new Select(browser.find("#form\\:caucusWith")).selectByValue("");
        browser.type("#form\\:messageBody", "Anjuran sudah terbit; jawab dalam 10 hari kerja.").clickAndWait("#form\\:post");
        assertEquals(2, browser.all("#case-messages .message").size());
        leave();

        // the company accepts, the worker rejects: one rejection decides it (UU 2/2004 art. 13), risalah penyelesaian closes the case
        signInAs(COMPANY);
        browser.open("/me/sikhi/cases.xhtml");
        assertTrue(browser.text("#my-cases").contains(filed[1]), "the linked company sees the case");
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        assertTrue(browser.text("#case-messages").contains("Anjuran sudah terbit"), browser.text("#case-messages"));
        assertFalse(browser.text("#case-messages").contains("Kaukus:"), "another party's caucus stays private");
        browser.clickAndWait("#anjuran\\:accept");
        assertFalse(browser.exists("#anjuran\\:accept"), "one answer per party");
        assertEquals("Anjuran diterbitkan", stage(), "the worker still has time to answer");
        leave();
        signInAs(WORKER);
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        assertTrue(browser.text("#case-messages").contains("Kaukus: apakah Anda bersedia"), browser.text("#case-messages"));
        browser.type("#form\\:body", "Saya hanya bersedia menerima pesangon penuh.");
        browser.find("#form\\:toMediatorOnly").click();
        browser.clickAndWait("#form\\:post");
        assertEquals(3, browser.all("#case-messages .message").size());
        assertEquals(2, browser.all("#case-messages .message-CAUCUS").size());
        String anjuran = pdfText(".doc-ANJURAN");
        assertTrue(anjuran.contains("ANJURAN") && anjuran.contains(browser.text("#registration-number")), anjuran);
        assertTrue(anjuran.contains("PP 35/2021 pasal 40"), anjuran);
        browser.clickAndWait("#anjuran\\:reject");
        assertTrue(stage().startsWith("Selesai dengan anjuran"), stage());
        assertTrue(browser.text("#trail").contains("Jawaban atas anjuran"), browser.text("#trail"));
        browser.assertAccessible();
        String penyelesaian = pdfText(".doc-RISALAH_PENYELESAIAN");
        assertTrue(penyelesaian.contains("Ujang Suherman: Menolak") && penyelesaian.contains("PT Sepatu Maju: Menerima"), penyelesaian);
        String code = verificationCode(penyelesaian);
        browser.open("/public/verify/" + code);
        assertEquals("Dokumen asli dan berlaku.", browser.text("#verify-status"));
        assertFalse(browser.find("body").getText().contains("Ujang"), "the verification page names no party");
        leave();

        browser.clearCookies();
        browser.open("/public/sikhi/status.xhtml?wilayah=" + KABKOTA);
        browser.type("#form\\:code", filed[1]).type("#form\\:secret", filed[2]).clickAndWait("#form\\:check");
        assertTrue(browser.text("#status-stage").startsWith("Selesai dengan anjuran"));
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void aRightsDisputeGoesStraightToMediationAndEndsInAPerjanjianBersamaBothPartiesAccept() throws Exception {
        String[] filed = fileCase("HAK", "CV Tekstil Sejahtera");
        String id = filed[0];

        // incomplete: returned with what is missing and 7 working days to complete it
        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        browser.clickAndWait("#form\\:return");
        assertTrue(browser.text("#form").contains("Wajib diisi"), "the missing items must be named");
        browser.type("#form\\:missingItems", "perjanjian kerja; slip upah lembur").type("#form\\:note", "Mohon dilengkapi.")
                .clickAndWait("#form\\:return");
        assertEquals("Dikembalikan untuk dilengkapi", stage());
        assertTrue(browser.text("#deadlines").contains("Batas melengkapi berkas"), browser.text("#deadlines"));
        leave();
        signInAs(WORKER);
        browser.open("/me/sikhi/cases.xhtml");
        browser.clickAndWait("#my-cases a.case-link");
        assertTrue(browser.text("#return-reasons").contains("perjanjian kerja; slip upah lembur"), browser.text("#return-reasons"));
        assertEquals("CV Tekstil Sejahtera", browser.find("#form\\:companyName").getAttribute("value"), "the file is kept");
        new Select(browser.find("#upload\\:kind")).selectByValue("PK_PP_PKB");
        browser.find("#upload\\:file").sendKeys(bipartiteMinutes.toString());
        browser.clickAndWait("#upload\\:send");
        browser.clickAndWait("#form\\:submit");
        assertTrue(browser.exists("#receipt") && !browser.exists("#secret"), "filed again; the secret stays the one on the first receipt");
        leave();

        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        assertTrue(stage().startsWith("Diajukan"), stage());
        browser.type("#form\\:companyAccount", COMPANY).clickAndWait("#form\\:register");
        assertEquals("Tercatat", stage());
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        assertEquals("0002/PHI/32.73/" + year, browser.text("#registration-number"), "the kab/kota's second case of the year");
        assertFalse(browser.exists(".action-OFFER_FORUM"), "a rights dispute is not offered conciliation or arbitration");
        leave();

        signInAs(HEAD);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        new Select(browser.find("#form\\:mediator")).selectByValue(MEDIATOR);
        browser.clickAndWait("#form\\:assign");
        assertEquals("Dilimpahkan ke mediator", stage());
        leave();

        signInAs(MEDIATOR);
        declareNoConflict(id);
        browser.find("#form\\:online").click();
        browser.type("#form\\:sessionAt", LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(2) + " 10:00")
                .type("#form\\:place", "Ruang Mediasi Disnaker Kota Bandung").clickAndWait("#form\\:schedule");
        browser.type("#form\\:heldOn", LocalDate.now(ZoneId.of("Asia/Jakarta")).toString())
                .type("#form\\:partiesPresent", "Ujang Suherman; CV Tekstil Sejahtera").type("#form\\:issue", "Upah lembur")
                .type("#form\\:workerPosition", "Lembur belum dibayar").type("#form\\:companyPosition", "Bersedia membayar")
                .type("#form\\:conclusion", "Sepakat").clickAndWait("#form\\:record");
        browser.type("#form\\:pbContent", "Pihak Kedua membayar upah lembur Pihak Pertama sebesar Rp4.500.000 paling lambat 15 Desember 2026.")
                .clickAndWait("#form\\:draft-pb");
        assertEquals("Perjanjian Bersama disusun", stage());
        String hash = browser.text("#pb-hash");
        assertEquals(64, hash.length());
        leave();

        for (String party : new String[] {WORKER, COMPANY}) {
            signInAs(party);
            browser.open("/me/sikhi/case.xhtml?id=" + id);
            assertEquals(hash, browser.text("#pb-hash"), "each party accepts the very text the mediator saved");
            if (party.equals(WORKER)) {
                browser.clickAndWait("#sessions .confirm-risalah");
                assertFalse(browser.exists("#sessions .confirm-risalah"), "the risalah is confirmed once");
                browser.clickAndWait("#evidence\\:send");
                assertTrue(browser.text("#evidence").contains("Pilih berkas"), browser.text("#evidence"));
                browser.find("#evidence\\:evidenceFile").sendKeys(bipartiteMinutes.toString());
                browser.clickAndWait("#evidence\\:send");
                assertTrue(browser.text("#documents").contains("Bukti:"), browser.text("#documents"));
            }
            browser.clickAndWait("#pb\\:accept-pb");
            assertFalse(browser.exists("#pb\\:accept-pb"));
            leave();
        }

        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        assertEquals("2/2", browser.text("#pb-accepted"));
        browser.type("#form\\:phiRegistrationNumber", "12/PB/2026/PHI.Bdg").clickAndWait("#form\\:register-pb");
        assertTrue(browser.find("body").getText().contains("bukti pendaftaran di PHI"), "no closing without the PHI proof");
        browser.type("#form\\:phiRegistrationNumber", "12/PB/2026/PHI.Bdg");
        browser.find("#form\\:phiProof").sendKeys(bipartiteMinutes.toString());
        browser.clickAndWait("#form\\:register-pb");
        assertEquals("Selesai dengan Perjanjian Bersama", stage());
        String pb = pdfText(".doc-PERJANJIAN_BERSAMA");
        assertTrue(pb.contains("Rp4.500.000") && pb.contains(hash), "the PB as accepted, with the hash each party accepted: " + pb);
        assertTrue(pdfText(".doc-RISALAH_SIDANG").contains("Upah lembur"));
        leave();
    }

    /** Last: the two cases above are the kab/kota's only ones, both closed on the day they were filed. */
    @Test
    @org.junit.jupiter.api.Order(3)
    void theFiguresCountTheCasesOfTheKabKotaOnlyInThePageTheCsvAndTheApi() throws Exception {
        signInAs(HEAD);
        browser.open("/staff/sikhi/figures.xhtml");
        assertEquals("2", browser.text("#figures-total"));
        assertEquals("2", browser.text("#figures-closed"));
        assertEquals("0.0", browser.text("#figures-average"));
        assertEquals("0", browser.text("#figures-p90"));
        assertEquals("1", browser.text(".count-PHK"));
        assertEquals("1", browser.text(".count-HAK"));
        assertEquals("1", browser.text(".count-CLOSED_AGREED"));
        assertEquals("1", browser.text(".count-CLOSED_ANJURAN"));
        browser.assertAccessible();
        browser.open("/staff/sikhi/queue.xhtml");
        assertTrue(browser.exists("#no-cases"), "both cases are closed: nothing left to do");
        browser.clickAndWait("#toggle-closed");
        assertEquals(2, browser.all("#queue .queue-row").size(), "closed cases on demand");
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        var http = java.net.http.HttpClient.newHttpClient();
        java.util.function.Function<String, java.net.http.HttpResponse<String>> get = path -> {
            try {
                return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(portal.url(path)))
                        .header("Cookie", "JSESSIONID=" + session).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        String csv = get.apply("/staff/sikhi/figures.csv").body();
        assertTrue(csv.contains("32.73,type,PHK,1") && csv.contains("32.73,total,,2"), csv);
        var api = get.apply("/api/v1/sikhi/figures/32.73");
        assertEquals(200, api.statusCode(), api.body());
        assertTrue(api.body().contains("\"total\":2") && api.body().contains("\"CLOSED_AGREED\":1"), api.body());
        assertEquals(404, get.apply("/api/v1/sikhi/figures/32.04").statusCode(), "another kab/kota's figures do not exist for them");
        leave();

        signInAs(MEDIATOR_3204);
        browser.open("/staff/sikhi/figures.xhtml");
        assertEquals("0", browser.text("#figures-total"), "Kabupaten Bandung has no case");
        leave();
    }

    /** After the figures (it adds a case): the daily jobs remind the parties of their deadline, once a day. */
    @Test
    @org.junit.jupiter.api.Order(4)
    void theDailyJobsRemindThePartiesOfTheForumChoiceDeadlineOncePerDay() {
        String[] filed = fileCase("KEPENTINGAN", "PT Reminder Jaya");
        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + filed[0]);
        browser.clickAndWait("#form\\:register");
        browser.clickAndWait(".action-OFFER_FORUM");
        String due = browser.all("#deadlines .deadline").get(0).getText();
        assertTrue(due.startsWith("Batas memilih forum"), due);
        leave();

        // three weeks on the 7 working days to choose are long past; on a Sunday nobody is reminded, the office is closed
        String lapsed = "Tenggat memilih forum penyelesaian perkara HI " + filed[1] + " sudah lewat";
        LocalDate sunday = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(21)
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
        assertTrue(portal.runDailyJobs(sunday), "the day's jobs run on a Sunday too");
        signInAs(WORKER);
        browser.open("/me/notifications.xhtml");
        assertFalse(browser.text("#list").contains(lapsed), browser.text("#list"));
        leave();

        // the next working day the worker is told
        LocalDate workingDay = nextWorkingDay(sunday);
        assertTrue(portal.runDailyJobs(workingDay), "the first server to look runs the day's jobs");
        assertFalse(portal.runDailyJobs(workingDay), "and nobody runs them twice");
        signInAs(WORKER);
        browser.open("/me/notifications.xhtml");
        String notices = browser.text("#list");
        assertTrue(notices.contains(lapsed), notices);
        leave();
    }

    @Test
    @org.junit.jupiter.api.Order(5)
    void aQuestionIsAnsweredAndPublishedWithoutPersonalDataToTheKabKotasKnowledgeBase() {
        signInAs(WORKER);
        browser.open("/me/sikhi/consult.xhtml");
        browser.type("#form\\:question", "Saya Ujang dari PT Sepatu Maju, apakah THR wajib dibayar untuk pekerja kontrak 5 bulan?");
        browser.clickAndWait("#form\\:ask");
        assertTrue(browser.text("#form").contains("Pilih kabupaten/kota"), "the office must be chosen");
        assertTrue(browser.find("#form\\:question").getAttribute("value").startsWith("Saya Ujang"), "the question is kept");
        new Select(browser.find("#form\\:kabKota")).selectByValue(KABKOTA);
        new Select(browser.find("#form\\:topic")).selectByValue("THR");
        browser.clickAndWait("#form\\:ask");
        assertTrue(browser.text("#my-questions").contains("Menunggu jawaban"), browser.text("#my-questions"));
        browser.assertAccessible();
        leave();

        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/consultations.xhtml");
        browser.clickAndWait("#consultations a.consultation-link");
        browser.clickAndWait("#form\\:publish");
        assertTrue(browser.find("body").getText().contains("Belum dijawab"), "nothing is published before it is answered");
        browser.type("#form\\:answer", "Ya. Pekerja PKWT dengan masa kerja 1 bulan atau lebih berhak atas THR proporsional (Permenaker 6/2016).")
                .clickAndWait("#form\\:save-answer");
        browser.clickAndWait("#form\\:publish");
        assertTrue(browser.text("#form").contains("Hapus data pribadi"), "the anonymised text is required");
        browser.type("#form\\:publicQuestion", "Apakah THR wajib dibayar untuk pekerja kontrak dengan masa kerja 5 bulan?")
                .type("#form\\:publicAnswer", "Ya. Pekerja PKWT dengan masa kerja 1 bulan atau lebih berhak atas THR proporsional (Permenaker 6/2016).")
                .clickAndWait("#form\\:publish");
        assertTrue(browser.exists("#form\\:unpublish"));
        browser.assertAccessible();
        leave();

        signInAs(WORKER);
        browser.open("/me/sikhi/consult.xhtml");
        assertTrue(browser.text("#my-questions").contains("THR proporsional"), browser.text("#my-questions"));
        leave();

        browser.clearCookies();
        browser.open("/public/sikhi/knowledge.xhtml?wilayah=" + KABKOTA + "&q=thr&topic=THR");
        String found = browser.text(".knowledge-entry");
        assertTrue(found.contains("THR proporsional"), found);
        assertFalse(browser.find("body").getText().contains("Ujang") || browser.find("body").getText().contains("Sepatu Maju"),
                "no personal data in the knowledge base");
        assertEquals(null, browser.cookie("JSESSIONID"), "reading it costs no session");
        browser.assertAccessible();
        browser.open("/public/sikhi/knowledge.xhtml?wilayah=" + KABKOTA + "&q=pesangon");
        assertTrue(browser.exists("#no-results"));
        browser.open("/public/sikhi/knowledge.xhtml?wilayah=32.04&q=thr");
        assertTrue(browser.exists("#no-results"), "each kab/kota has its own");
    }

    @Test
    @org.junit.jupiter.api.Order(6)
    void aCompanyRegulationIsReturnedCorrectedAndApproved() throws Exception {
        signInAs(COMPANY);
        browser.open("/me/sikhi/requests.xhtml");
        new Select(browser.find("#form\\:kabKota")).selectByValue(KABKOTA);
        new Select(browser.find("#form\\:kind")).selectByValue("PP_VALIDATION");
        browser.type("#form\\:companyName", "PT Sepatu Maju").clickAndWait("#form\\:submit");
        assertTrue(browser.text("#form").contains("Pilih berkas"), "the regulation itself is required");
        assertEquals("PT Sepatu Maju", browser.find("#form\\:companyName").getAttribute("value"));
        browser.find("#form\\:file").sendKeys(bipartiteMinutes.toString());
        browser.clickAndWait("#form\\:submit");
        assertEquals("Diajukan", browser.text("#my-requests .request-status"));
        browser.assertAccessible();
        leave();

        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/requests.xhtml");
        browser.clickAndWait("#requests a.request-link");
        String documentLink = browser.find("#request-documents a.request-document").getAttribute("href");
        var session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        var http = java.net.http.HttpClient.newHttpClient();
        assertEquals(200, http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(documentLink)).header("Cookie", "JSESSIONID=" + session)
                .build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
        browser.clickAndWait("#form\\:return");
        assertTrue(browser.text("#form").contains("Wajib diisi"), "what to correct must be said");
        browser.type("#form\\:notes", "Pasal tentang upah lembur belum sesuai PP 35/2021.").clickAndWait("#form\\:return");
        assertEquals("Dikembalikan untuk diperbaiki", browser.text("#request-status"));
        leave();

        // another person's request document does not exist for a citizen
        signInAs(OTHER_CITIZEN);
        var other = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        String asCitizen = documentLink.replace("/staff/", "/me/") + "&wilayah=" + KABKOTA;
        assertEquals(404, http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(asCitizen)).header("Cookie", "JSESSIONID=" + other)
                .build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
        leave();

        signInAs(COMPANY);
        browser.open("/me/sikhi/requests.xhtml");
        assertTrue(browser.text("#my-requests").contains("upah lembur belum sesuai"), browser.text("#my-requests"));
        browser.find("#correction\\:correctionFile").sendKeys(bipartiteMinutes.toString());
        browser.clickAndWait("#correction\\:resubmit");
        assertEquals("Diajukan", browser.text("#my-requests .request-status"));
        leave();

        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/requests.xhtml");
        browser.clickAndWait("#requests a.request-link");
        assertEquals(2, browser.all("#request-documents a.request-document").size(), "the first and the corrected document");
        browser.type("#form\\:referenceNumber", "560/PP.045/HI/2026").clickAndWait("#form\\:approve");
        assertEquals("Disahkan / dicatat", browser.text("#request-status"));
        leave();

        signInAs(COMPANY);
        browser.open("/me/sikhi/requests.xhtml");
        assertEquals("560/PP.045/HI/2026", browser.text("#my-requests .request-reference"));
        leave();
    }

    /** After the figures (it adds a case): a session not yet held moves, and the parties confirm the new time. */
    @Test
    @org.junit.jupiter.api.Order(7)
    void theMediatorMovesASessionAndThePartiesConfirmTheNewTime() throws Exception {
        String[] filed = fileCase("HAK", "PT Jadwal Ulang", MAILED_WORKER);
        String id = filed[0];
        registerAndAssign(id);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        String planned = today.plusDays(2) + " 10:00";
        signInAs(MEDIATOR);
        declareNoConflict(id);
        browser.type("#form\\:sessionAt", planned).clickAndWait("#form\\:schedule");
        leave();

        // the worker says they will come at the planned time
        signInAs(MAILED_WORKER);
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        browser.clickAndWait("#sessions .confirm-attendance");
        assertTrue(browser.exists("#sessions .attendance-confirmed"), browser.text("#sessions"));
        assertFalse(browser.exists("#sessions .confirm-attendance"), "confirmed once");
        leave();

        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        assertEquals("1/2", browser.text("#scheduled .attendance"));
        // a time in the past is refused beside the field; the reason typed stays
        browser.type("#form\\:newSessionAt", today.minusDays(1) + " 09:00")
                .type("#form\\:rescheduleReason", "Mediator bertugas di luar kota").clickAndWait("#form\\:reschedule-session");
        assertTrue(browser.text("#reschedule").contains("Waktu sidang harus di masa mendatang"), browser.text("#reschedule"));
        assertEquals("Mediator bertugas di luar kota", browser.find("#form\\:rescheduleReason").getAttribute("value"));
        assertFalse(browser.text("#trail").contains("Jadwal sidang diubah"), "nothing moved");
        browser.assertAccessible();
        String moved = today.plusDays(3) + " 13:30";
        browser.type("#form\\:newSessionAt", moved).clickAndWait("#form\\:reschedule-session");
        assertTrue(browser.text("#trail").contains("Jadwal sidang diubah"), browser.text("#trail"));
        assertTrue(browser.text("#trail").contains(planned + " -> " + moved + " (Mediator bertugas di luar kota)"), browser.text("#trail"));
        assertEquals("0/2", browser.text("#scheduled .attendance"), "earlier confirmations no longer count");
        leave();

        // the worker sees the new time, is told old and new time in the portal and by e-mail, and confirms again
        signInAs(MAILED_WORKER);
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        assertTrue(browser.text("#sessions .session-time").contains("13:30"), browser.text("#sessions"));
        assertFalse(browser.exists("#sessions .attendance-confirmed"));
        assertTrue(browser.text("#trail").contains("Jadwal sidang diubah"), browser.text("#trail"));
        browser.clickAndWait("#sessions .confirm-attendance");
        assertTrue(browser.exists("#sessions .attendance-confirmed"));
        String notice = "dipindahkan dari " + planned + " ke " + moved + " WIB";
        browser.open("/me/notifications.xhtml");
        assertTrue(browser.text("#list").contains(notice), browser.text("#list"));
        leave();
        assertTrue(mailed(MAILED_WORKER_EMAIL, notice), "the worker is told by e-mail too");
        signInAs(COMPANY);
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        assertTrue(browser.exists("#sessions .confirm-attendance"), "the company confirms the new time too");
        leave();
    }

    @Test
    @org.junit.jupiter.api.Order(8)
    void aRepresentativeWithoutSuratKuasaIsRefusedBesideTheUploadAndNothingIsLost() throws Exception {
        String chronology = "Saya kuasa Ujang Suherman. Ia di-PHK pada 3 November 2026 tanpa surat peringatan.";
        signInAs(WORKER);
        browser.open("/me/sikhi/cases.xhtml");
        browser.clickAndWait("#new-case");
        new Select(browser.find("#form\\:workplaceKabKota")).selectByValue(KABKOTA);
        new Select(browser.find("#form\\:type")).selectByValue("PHK");
        browser.type("#form\\:workerName", "Ujang Suherman").type("#form\\:workerAddress", "Jl. Cibaduyut No. 5, Bandung")
                .type("#form\\:companyName", "PT Kuasa Hukum").type("#form\\:companyAddress", "Jl. Asia Afrika No. 1, Bandung")
                .type("#form\\:chronology", chronology).type("#form\\:demands", "Pesangon sesuai PP 35/2021.");
        browser.find("#form\\:represented").click();
        browser.clickAndWait("#form\\:save");
        browser.find("#upload\\:file").sendKeys(bipartiteMinutes.toString());
        browser.clickAndWait("#upload\\:send");
        browser.clickAndWait("#form\\:submit");
        assertFalse(browser.exists("#receipt"), "not filed");
        assertTrue(browser.text("#upload").contains("Unggah surat kuasa khusus"), browser.text("#upload"));
        assertEquals(chronology, browser.find("#form\\:chronology").getAttribute("value"), "the chronology typed is kept");
        assertTrue(browser.find("#form\\:represented").isSelected());
        assertTrue(browser.text("#documents-list").contains("Risalah perundingan bipartit"), "and the upload too");
        assertEquals("SURAT_KUASA", new Select(browser.find("#upload\\:kind")).getFirstSelectedOption().getAttribute("value"));
        browser.assertAccessible();
        browser.find("#upload\\:file").sendKeys(bipartiteMinutes.toString());
        browser.clickAndWait("#upload\\:send");
        browser.clickAndWait("#form\\:submit");
        assertTrue(browser.exists("#receipt"), "filed with the surat kuasa");
    }

    /** Registers the filed case as the kab/kota's registrar and delegates it to the province; returns its number. */
    private String registerAndDelegate(String id, String reason) {
        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        browser.clickAndWait("#form\\:register");
        assertEquals("Tercatat", stage());
        String number = browser.text("#registration-number");
        browser.clickAndWait("#form\\:delegate");
        assertTrue(browser.text("#form").contains("Wajib diisi"), "no delegation without a reason: " + browser.text("#form"));
        assertEquals("Tercatat", stage());
        browser.type("#form\\:reason", reason).clickAndWait("#form\\:delegate");
        assertEquals("Dilimpahkan ke provinsi", stage());
        assertEquals(reason, browser.text("#delegation-reason"));
        leave();
        return number;
    }

    @Test
    @org.junit.jupiter.api.Order(9)
    void theProvinceSeesDelegatedCasesOfEveryKabKotaSendsOneBackAndTakesOneOverWithItsMediator() {
        String spanning = fileCase("HAK", "PT Tiga Wilayah")[0];
        String noMediator = fileCase("PHK", "PT Kembali Sentosa")[0];
        String spanningNumber = registerAndDelegate(spanning, "Perusahaan beroperasi di Kota Bandung, Kab. Bandung dan Kota Cimahi");
        String noMediatorNumber = registerAndDelegate(noMediator, "Mediator kota sedang cuti panjang");

        // the kab/kota keeps seeing a delegated case but decides nothing while the province holds it
        signInAs(HEAD);
        browser.open("/staff/sikhi/case.xhtml?id=" + spanning);
        assertEquals("Dilimpahkan ke provinsi", stage());
        assertFalse(browser.exists("#form\\:assign"), "the kab/kota assigns no mediator to a delegated case");
        assertFalse(browser.exists("#form\\:send-back"), "nor sends it back to itself");
        leave();

        // a kab/kota officer has no province queue: no menu entry, and the page does not exist for them
        signInAs(MEDIATOR_3204);
        browser.open("/staff/sikhi/queue.xhtml");
        assertFalse(browser.exists("a[href*='/staff/sikhi/province.xhtml']"));
        browser.open("/staff/sikhi/province.xhtml");
        assertTrue(browser.exists("#error-404"));
        leave();

        // the province's head of section: both cases, oldest delegation first, with kab/kota, number, type and reason
        signInAs(PROVINCE_HEAD);
        browser.open("/staff/sikhi/queue.xhtml");
        assertTrue(browser.exists("a[href*='/staff/sikhi/province.xhtml']"), "the province queue is in the menu");
        browser.open("/staff/sikhi/province.xhtml");
        String queue = browser.text("#province-queue");
        assertTrue(queue.indexOf(spanningNumber) >= 0 && queue.indexOf(spanningNumber) < queue.indexOf(noMediatorNumber), queue);
        assertTrue(queue.contains("Kota Bandung") && queue.contains("Mediator kota sedang cuti panjang")
                && queue.contains("Perusahaan beroperasi di Kota Bandung, Kab. Bandung dan Kota Cimahi"), queue);
        assertEquals(2, browser.all("#province-queue .province-row").size(), "only the delegated cases: " + queue);
        browser.assertAccessible();

        // sends one back: only with a reason
        browser.open("/staff/sikhi/case.xhtml?id=" + noMediator);
        assertEquals("Dilimpahkan ke provinsi", stage());
        browser.clickAndWait("#form\\:send-back");
        assertTrue(browser.text("#form").contains("Wajib diisi"), browser.text("#form"));
        assertEquals("Dilimpahkan ke provinsi", stage());
        browser.type("#form\\:reason", "Mediator kota sudah kembali bertugas").clickAndWait("#form\\:send-back");
        // back on the queue, which the case has left; and the case is no longer the province's to open
        assertTrue(browser.path().endsWith("/staff/sikhi/province.xhtml"), browser.path());
        assertFalse(browser.text("#province-queue").contains(noMediatorNumber), "a case sent back leaves the province's queue");
        browser.open("/staff/sikhi/case.xhtml?id=" + noMediator);
        assertTrue(browser.exists("#error-404"));
        browser.open("/staff/sikhi/province.xhtml");

        // takes the other over: only the province's mediators are offered
        browser.clickAndWait("#province-queue a.case-link");
        assertEquals(spanningNumber, browser.text("#registration-number"));
        var offered = new Select(browser.find("#form\\:mediator")).getOptions().stream().map(o -> o.getAttribute("value")).toList();
        assertTrue(offered.contains(PROVINCE_MEDIATOR) && !offered.contains(MEDIATOR), offered.toString());
        new Select(browser.find("#form\\:mediator")).selectByValue(PROVINCE_MEDIATOR);
        browser.clickAndWait("#form\\:assign");
        assertEquals("Dilimpahkan ke mediator", stage());
        browser.assertAccessible();
        leave();

        // the kab/kota reads the province's reason in the trail of the case sent back, and takes it on again
        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + noMediator);
        assertEquals("Tercatat", stage());
        String trail = browser.text("#trail");
        assertTrue(trail.contains("Dikembalikan ke kabupaten/kota") && trail.contains("Mediator kota sudah kembali bertugas")
                && trail.contains(PROVINCE_HEAD), trail);
        assertTrue(browser.exists(".action-OFFER_FORUM"), "the kab/kota decides again");
        leave();

        // the province's mediator: their case in the queue, and nothing of a kab/kota's own cases
        signInAs(PROVINCE_MEDIATOR);
        browser.open("/staff/sikhi/province.xhtml");
        assertEquals(1, browser.all("#province-queue .province-row").size(), browser.text("body"));
        assertTrue(browser.text("#province-queue").contains(spanningNumber));
        browser.open("/staff/sikhi/case.xhtml?id=" + noMediator);
        assertTrue(browser.exists("#error-404"), "a case not delegated is not the province's");
        declareNoConflict(spanning);
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1) + " 10:00";
        browser.type("#form\\:sessionAt", tomorrow).clickAndWait("#form\\:schedule");
        assertTrue(browser.find("#scheduled .meeting-link").getAttribute("href").startsWith("https://meet.jit.si/SIKHI-"),
                browser.text("body"));
        leave();

        // the kab/kota's head still sees the case, now with the province's mediator and the whole trail
        signInAs(HEAD);
        browser.open("/staff/sikhi/case.xhtml?id=" + spanning);
        assertEquals(PROVINCE_MEDIATOR, browser.text("#mediator-name"));
        trail = browser.text("#trail");
        assertTrue(trail.contains("Dilimpahkan ke provinsi") && trail.contains("Dilimpahkan ke mediator")
                && trail.contains("Sidang dijadwalkan") && trail.contains(PROVINCE_MEDIATOR), trail);
        assertFalse(browser.exists("#form\\:reassign"), "the province's mediator is the province's to change");
        leave();
    }

    /** A working day after today on the calendar the portal is seeded with (weekends, and the holidays of the years it knows). */
    private static LocalDate nextWorkingDay(LocalDate after) {
        LocalDate day = after.plusDays(1);
        while (day.getDayOfWeek().getValue() >= 6 || holidays(day.getYear()).contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static java.util.Set<LocalDate> holidays(int year) {
        var csv = SikhiIT.class.getResourceAsStream("/reference-data/hari-libur-" + year + ".csv");
        if (csv == null) {
            return java.util.Set.of();
        }
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(csv, java.nio.charset.StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> LocalDate.parse(line.substring(0, 10))).collect(java.util.stream.Collectors.toSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @org.junit.jupiter.api.Order(10)
    void theMediatorAsksTheWorkerForKlarifikasiByAWorkingDayAndRecordsWhatCameBack() throws Exception {
        String[] filed = fileCase("HAK", "PT Klarifikasi Jaya", MAILED_WORKER);
        String id = filed[0];
        registerAndAssign(id);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        LocalDate saturday = today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY));
        String due = nextWorkingDay(today).toString();
        String questions = "Kirimkan slip upah tiga bulan terakhir dan perjanjian kerja.";
        signInAs(MEDIATOR);
        declareNoConflict(id);
        assertFalse(browser.exists(".action-START_KLARIFIKASI"), "no klarifikasi without its form");
        // nothing filled: both fields named; a Saturday, then yesterday: refused beside the date, the questions kept
        browser.clickAndWait("#form\\:start-klarifikasi");
        String form = browser.text("#klarifikasi-start");
        assertTrue(form.contains("Wajib diisi"), form);
        new Select(browser.find("#form\\:askedParty")).selectByVisibleText("Ujang Suherman");
        browser.type("#form\\:questions", questions).type("#form\\:answerDue", saturday.toString())
                .clickAndWait("#form\\:start-klarifikasi");
        assertTrue(browser.text("#klarifikasi-start").contains("harus hari kerja"), browser.text("#klarifikasi-start"));
        assertEquals(questions, browser.find("#form\\:questions").getAttribute("value"));
        assertEquals("Ujang Suherman", new Select(browser.find("#form\\:askedParty")).getFirstSelectedOption().getText());
        browser.type("#form\\:answerDue", today.minusDays(1).toString()).clickAndWait("#form\\:start-klarifikasi");
        assertTrue(browser.text("#klarifikasi-start").contains("tidak boleh sebelum hari ini"), browser.text("#klarifikasi-start"));
        assertEquals("Dilimpahkan ke mediator", stage(), "nothing started");
        browser.assertAccessible();
        browser.type("#form\\:answerDue", due).clickAndWait("#form\\:start-klarifikasi");
        assertEquals("Klarifikasi", stage());
        assertEquals(due, browser.text("#klarifikasi-due"));
        assertTrue(browser.text("#trail").contains("Klarifikasi dimulai") && browser.text("#trail").contains("Ujang Suherman / " + due),
                browser.text("#trail"));
        leave();

        // the worker asked: told in the portal and by e-mail, and reads the questions and the due day on the case
        signInAs(MAILED_WORKER);
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        assertTrue(browser.text("#klarifikasi .klarifikasi-questions").contains(questions), browser.text("body"));
        assertEquals(due, browser.text("#klarifikasi .klarifikasi-due"));
        browser.assertAccessible();
        String notice = "Mediator meminta klarifikasi pada perkara HI " + filed[1] + "; jawab paling lambat " + due;
        browser.open("/me/notifications.xhtml");
        assertTrue(browser.text("#list").contains(notice), browser.text("#list"));
        leave();
        assertTrue(mailed(MAILED_WORKER_EMAIL, notice), "the worker is told by e-mail too");
        signInAs(COMPANY);
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        assertFalse(browser.exists("#klarifikasi"), "the company was not asked");
        leave();

        // the end needs what was received; then the clock runs again and the trail says what came back
        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        browser.clickAndWait("#form\\:end-klarifikasi");
        assertTrue(browser.text("#klarifikasi-end").contains("Wajib diisi"), browser.text("#klarifikasi-end"));
        assertEquals("Klarifikasi", stage());
        browser.type("#form\\:received", "Slip upah Agustus-Oktober diterima; perjanjian kerja belum ada.")
                .clickAndWait("#form\\:end-klarifikasi");
        assertEquals("Dilimpahkan ke mediator", stage());
        assertTrue(browser.text("#trail").contains("Klarifikasi selesai") && browser.text("#trail").contains("perjanjian kerja belum ada"),
                browser.text("#trail"));
        leave();
        signInAs(MAILED_WORKER);
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        assertTrue(browser.text("#klarifikasi .klarifikasi-received").contains("Slip upah Agustus-Oktober diterima"),
                browser.text("#klarifikasi"));
        leave();
    }

    @Test
    @org.junit.jupiter.api.Order(11)
    void arbitrationIsTakenOnlyWhenBothPartiesChooseIt() {
        String[] filed = fileCase("KEPENTINGAN", "PT Forum Bersama");
        String id = filed[0];
        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        browser.type("#form\\:companyAccount", COMPANY).clickAndWait("#form\\:register");
        browser.clickAndWait(".action-OFFER_FORUM");
        leave();

        // the worker chooses arbitration: recorded, but the case waits for the company's agreement
        signInAs(WORKER);
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        browser.type("#forum\\:providerName", "Arbiter Bandung").clickAndWait("#forum\\:arbitration");
        assertEquals("Penawaran konsiliasi/arbitrase", stage());
        String choices = browser.text("#forum-choices");
        assertTrue(choices.contains("Ujang Suherman: Arbitrase") && choices.contains("PT Forum Bersama: belum memilih"), choices);
        assertFalse(browser.exists("#forum\\:arbitration"), "one first answer per party; a change has its own form");
        browser.assertAccessible();
        leave();

        // the office sees who chose what while it waits
        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        assertTrue(browser.text("#forum-choices").contains("Ujang Suherman: Arbitrase"), browser.text("#forum-choices"));
        leave();

        // the company is told, sees that the worker chose (not what, until decided) and the deadline, and agrees:
        // the case leaves the office
        signInAs(COMPANY);
        browser.open("/me/notifications.xhtml");
        assertTrue(browser.text("#list").contains("Salah satu pihak telah memilih forum penyelesaian perkara HI " + filed[1]),
                browser.text("#list"));
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        assertTrue(browser.text("#forum-choices").contains("Ujang Suherman: sudah memilih"), browser.text("#forum-choices"));
        assertFalse(browser.text("#forum-choices").contains("Arbitrase"), browser.text("#forum-choices"));
        assertFalse(browser.text("#trail").contains("ARBITRATION"), "nor on the trail: " + browser.text("#trail"));
        assertTrue(browser.text("#forum-due").matches("\\d{4}-\\d{2}-\\d{2}"), browser.text("#forum"));
        browser.type("#forum\\:providerName", "Arbiter Bandung").clickAndWait("#forum\\:arbitration");
        assertEquals("Dialihkan ke konsiliator/arbiter", stage());
        assertTrue(browser.text("#trail").contains("Pilihan forum satu pihak"), browser.text("#trail"));
        assertTrue(browser.text("#case-summary").contains("Arbiter Bandung"), browser.text("#case-summary"));
        leave();
    }

    /** The HTTP status of a GET as the signed-in browser (its session cookie), e.g. a document link. */
    private int statusOf(String href) throws Exception {
        var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                .header("Cookie", "JSESSIONID=" + cookie.getValue()).build(), java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    @org.junit.jupiter.api.Order(15)
    void everyPartyAskedAnswersTheKlarifikasiOnlineAndTheSilentOneIsRemindedBeforeTheDate() throws Exception {
        String[] filed = fileCase("HAK", "PT Jawaban Klarifikasi");
        String id = filed[0];
        registerAndAssign(id);

        // every party is asked, to answer by the second working day from today; tomorrow's job is then 1 HK before it
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        LocalDate reminderDay = nextWorkingDay(today);
        String due = nextWorkingDay(reminderDay).toString();
        signInAs(MEDIATOR);
        declareNoConflict(id);
        new Select(browser.find("#form\\:askedParty")).selectByValue("");
        browser.type("#form\\:questions", "Sebutkan masa kerja dan upah terakhir, dengan buktinya.").type("#form\\:answerDue", due)
                .clickAndWait("#form\\:start-klarifikasi");
        assertEquals("Klarifikasi", stage());
        leave();

        // the worker answers with nothing written: refused beside the field, the file chosen is kept for the next try
        String answer = "Masa kerja 6 tahun; upah terakhir Rp4.200.000, slip terlampir.";
        signInAs(WORKER);
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        browser.find("#answer\\:attachment").sendKeys(bipartiteMinutes.toString());
        browser.clickAndWait("#answer\\:send");
        assertTrue(browser.text("#answer").contains("Wajib diisi"), browser.text("#answer"));
        assertTrue(browser.text("#klarifikasi-pending").contains(bipartiteMinutes.getFileName().toString()), browser.text("#answer"));
        browser.assertAccessible();
        browser.type("#answer\\:answerText", answer).clickAndWait("#answer\\:send");
        assertTrue(browser.text("#klarifikasi .klarifikasi-answer-text").contains(answer), browser.text("#klarifikasi"));
        assertFalse(browser.exists("#klarifikasi-pending"), "sent with the answer");
        assertFalse(browser.exists("#klarifikasi .klarifikasi-late"));
        String attachment = browser.find("#klarifikasi .klarifikasi-attachment").getAttribute("href");
        assertEquals(200, statusOf(attachment), "the worker reads its own file");
        assertTrue(browser.text("#trail").contains("Jawaban klarifikasi dikirim"), browser.text("#trail"));
        assertFalse(browser.text("#trail").contains(answer), "the text stays off the trail");
        assertTrue(browser.exists("#answer\\:send"), "another answer may follow while the klarifikasi is open");
        browser.assertAccessible();
        leave();

        // the company, asked too, sees the questions and its own form but neither the worker's answer nor its file
        signInAs(COMPANY);
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        assertTrue(browser.exists("#answer\\:answerText"), browser.text("#klarifikasi"));
        assertFalse(browser.text("body").contains(answer), browser.text("#klarifikasi"));
        assertFalse(browser.exists(".klarifikasi-answer"));
        assertEquals(404, statusOf(attachment), "another party's answer file is not found");
        leave();

        // the mediator is told, and sees the worker's answer with its file and that the company has not answered
        signInAs(MEDIATOR);
        browser.open("/me/notifications.xhtml");
        assertTrue(browser.text("#list").contains("Ujang Suherman mengirim jawaban klarifikasi pada perkara HI " + filed[1]),
                browser.text("#list"));
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        var parties = browser.all("#klarifikasi-answers .klarifikasi-party");
        assertEquals(2, parties.size(), browser.text("#klarifikasi-answers"));
        assertTrue(parties.get(0).getText().contains("Ujang Suherman") && parties.get(0).getText().contains(answer),
                parties.get(0).getText());
        assertTrue(parties.get(1).getText().contains("PT Jawaban Klarifikasi") && parties.get(1).getText().contains("belum menjawab"),
                parties.get(1).getText());
        assertEquals(200, statusOf(browser.find("#klarifikasi-answers .klarifikasi-attachment").getAttribute("href")));
        browser.assertAccessible();
        leave();

        // the daily job one working day before the date reminds the silent company, not the worker who answered
        assertTrue(portal.runDailyJobs(reminderDay), "the day's jobs run once");
        String reminder = "Pengingat: jawaban klarifikasi perkara HI " + filed[1] + " ditunggu paling lambat " + due;
        signInAs(COMPANY);
        browser.open("/me/notifications.xhtml");
        assertTrue(browser.text("#list").contains(reminder), browser.text("#list"));
        leave();
        signInAs(WORKER);
        browser.open("/me/notifications.xhtml");
        assertFalse(browser.text("#list").contains("Pengingat: jawaban klarifikasi perkara HI " + filed[1]), browser.text("#list"));
        leave();
    }

    /**
     * A kepentingan dispute whose company has no portal account: the worker changes its choice, the registrar
     * records the company's answer from its signed letter (not without it, and never over the worker's own online
     * answer), and both having chosen conciliation the case goes to the conciliator.
     */
    @Test
    @org.junit.jupiter.api.Order(14)
    void aPartyChangesItsForumChoiceAndTheOfficeRecordsTheLetterOfACompanyWithoutAccount() throws Exception {
        String[] filed = fileCase("KEPENTINGAN", "PT Surat Forum");
        String id = filed[0];
        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        browser.clickAndWait("#form\\:register"); // no company account: the company answers by letter
        browser.clickAndWait(".action-OFFER_FORUM");
        leave();

        // the worker chooses arbitration, then changes to conciliation: the trail says from what to what
        signInAs(WORKER);
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        browser.type("#forum\\:providerName", "Arbiter Bandung").clickAndWait("#forum\\:arbitration");
        assertTrue(browser.text("#forum-choices").contains("Ujang Suherman: Arbitrase"), browser.text("#forum-choices"));
        new Select(browser.find("#forum\\:newChoice")).selectByValue("CONCILIATION");
        browser.type("#forum\\:newProviderName", "Konsiliator Jabar").clickAndWait("#forum\\:change");
        assertEquals("Penawaran konsiliasi/arbitrase", stage(), "the company has not answered yet");
        String choices = browser.text("#forum-choices");
        assertTrue(choices.contains("Ujang Suherman: Konsiliasi") && choices.contains("PT Surat Forum: belum memilih"), choices);
        String trail = browser.text("#trail");
        assertTrue(trail.contains("Pilihan forum satu pihak diubah") && trail.contains("Ujang Suherman: ARBITRATION -> CONCILIATION"),
                trail);
        browser.assertAccessible();
        leave();

        Path letter = bipartiteMinutes; // a valid PDF stands for the company's signed letter
        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        assertTrue(browser.text("#forum-choices").contains("Ujang Suherman: Konsiliasi"), browser.text("#forum-choices"));
        // the worker chose online itself: the office may not overwrite it, letter or not
        new Select(browser.find("#form\\:recordParty")).selectByVisibleText("Ujang Suherman");
        new Select(browser.find("#form\\:recordChoice")).selectByValue("MEDIATION");
        browser.find("#form\\:statement").sendKeys(letter.toString());
        browser.clickAndWait("#form\\:record-forum");
        assertTrue(browser.text("#messages").contains("kantor tidak dapat menimpa pilihannya"), browser.text("#messages"));
        assertEquals("Penawaran konsiliasi/arbitrase", stage());
        assertTrue(browser.text("#forum-choices").contains("Ujang Suherman: Konsiliasi"), browser.text("#forum-choices"));

        // the company's letter: refused beside the upload without it, the party and the forum picked are kept
        new Select(browser.find("#form\\:recordParty")).selectByVisibleText("PT Surat Forum");
        new Select(browser.find("#form\\:recordChoice")).selectByValue("CONCILIATION");
        browser.clickAndWait("#form\\:record-forum");
        assertTrue(browser.text("#forum-record").contains("Unggah pernyataan tertulis pihak yang ditandatangani"),
                browser.text("#forum-record"));
        assertEquals("PT Surat Forum", new Select(browser.find("#form\\:recordParty")).getFirstSelectedOption().getText());
        assertEquals("CONCILIATION", new Select(browser.find("#form\\:recordChoice")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("Penawaran konsiliasi/arbitrase", stage());
        assertTrue(browser.text("#forum-choices").contains("PT Surat Forum: belum memilih"), browser.text("#forum-choices"));
        browser.assertAccessible();
        // a "PDF" that is not one is refused beside the upload too, whatever its name says
        Path fake = Files.createTempFile("surat-pilihan", ".pdf");
        Files.writeString(fake, "bukan surat, hanya teks");
        browser.find("#form\\:statement").sendKeys(fake.toString());
        browser.clickAndWait("#form\\:record-forum");
        assertTrue(browser.text("#forum-record").contains("Jenis berkas tidak diterima"), browser.text("#forum-record"));
        assertEquals("PT Surat Forum", new Select(browser.find("#form\\:recordParty")).getFirstSelectedOption().getText());
        assertEquals("Penawaran konsiliasi/arbitrase", stage());
        browser.find("#form\\:statement").sendKeys(letter.toString());
        browser.clickAndWait("#form\\:record-forum");
        leave();

        // both chose conciliation: the case goes to the conciliator, and the trail says the office recorded the letter
        signInAs(WORKER);
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        assertEquals("Dialihkan ke konsiliator/arbiter", stage());
        assertTrue(browser.text("#case-summary").contains("Konsiliator Jabar"), browser.text("#case-summary"));
        trail = browser.text("#trail");
        assertTrue(trail.contains("Pilihan forum dicatat oleh kantor dari pernyataan tertulis")
                && trail.contains("PT Surat Forum: CONCILIATION"), trail);
        assertTrue(browser.text("#documents").contains("Pernyataan tertulis pilihan forum"), browser.text("#documents"));
        leave();
        signInAs(HEAD);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        assertTrue(browser.text("#trail").contains(MEDIATOR + " PT Surat Forum: CONCILIATION"), browser.text("#trail"));
        leave();
    }

    @Test
    @org.junit.jupiter.api.Order(12)
    void aMediatorWithAConflictOfInterestReturnsTheCaseAndTheNextDeclaresNone() {
        String[] filed = fileCase("HAK", "PT Benturan Kepentingan");
        String id = filed[0];
        registerAndAssign(id);
        String reason = "Direktur PT Benturan Kepentingan adalah kakak ipar saya.";

        // the mediator sees the facts and the parties, and nothing to do but the declaration
        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        assertTrue(browser.exists("#declaration"));
        assertTrue(browser.text("#parties").contains("PT Benturan Kepentingan") && browser.text("#parties").contains("Ujang Suherman"),
                browser.text("#parties"));
        assertFalse(browser.exists("#form\\:schedule") || browser.exists("#form\\:start-klarifikasi") || browser.exists("#thread")
                || browser.exists("#other-actions") || browser.exists("#trail"), browser.text("body"));
        browser.assertAccessible();
        // a conflict without its reason: refused beside the field, nothing recorded
        browser.clickAndWait("#form\\:declare-conflict");
        assertTrue(browser.text("#declaration").contains("Wajib diisi"), browser.text("#declaration"));
        assertEquals("Dilimpahkan ke mediator", stage());
        assertEquals(MEDIATOR, browser.text("#mediator-name"));
        assertFalse(browser.exists("#declarations"), "no declaration recorded");
        browser.type("#form\\:conflictReason", reason).clickAndWait("#form\\:declare-conflict");
        assertTrue(browser.path().endsWith("/staff/sikhi/queue.xhtml"), browser.path());
        leave();

        // the head is told why, the case waits for a mediator again, and the first one is no longer offered
        signInAs(HEAD);
        browser.open("/me/notifications.xhtml");
        assertTrue(browser.text("#list").contains("menyatakan benturan kepentingan pada perkara HI " + filed[1])
                && browser.text("#list").contains(reason), browser.text("#list"));
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        assertEquals("Menunggu penunjukan mediator", stage());
        assertTrue(browser.text("#trail").contains("Mediator menyatakan ada benturan kepentingan") && browser.text("#trail").contains(reason),
                browser.text("#trail"));
        assertTrue(browser.text("#deadlines").contains("Batas penyelesaian mediasi (30 HK)"), "the office's clock runs on");
        var offered = new Select(browser.find("#form\\:mediator")).getOptions().stream().map(o -> o.getAttribute("value")).toList();
        assertTrue(offered.contains(SECOND_MEDIATOR) && !offered.contains(MEDIATOR), offered.toString());
        new Select(browser.find("#form\\:mediator")).selectByValue(SECOND_MEDIATOR);
        browser.clickAndWait("#form\\:assign");
        assertEquals("Dilimpahkan ke mediator", stage());
        assertEquals(SECOND_MEDIATOR, browser.text("#mediator-name"));
        leave();

        // the second mediator must tick the statement, then works the case
        signInAs(SECOND_MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        browser.clickAndWait("#form\\:declare-none");
        assertTrue(browser.text("#declaration").contains("Wajib diisi"), browser.text("#declaration"));
        browser.find("#form\\:noConflict").click();
        browser.clickAndWait("#form\\:declare-none");
        assertFalse(browser.exists("#declaration"));
        assertTrue(browser.text("#declarations").contains(SECOND_MEDIATOR + ": tidak ada benturan kepentingan"), browser.text("#declarations"));
        browser.type("#form\\:sessionAt", LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1) + " 09:00").clickAndWait("#form\\:schedule");
        assertTrue(browser.exists("#scheduled .meeting-link"), browser.text("body"));
        leave();

        // the worker sees the declaration with name and date, and nothing of the first mediator's reason
        signInAs(WORKER);
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        assertTrue(browser.text("#mediator-declaration").contains("menyatakan tidak memiliki benturan kepentingan"),
                browser.text("#case-summary"));
        assertTrue(browser.text("#mediator-declaration").matches(".*\\d{2}.*"), "with its date: " + browser.text("#mediator-declaration"));
        String page = browser.find("body").getText();
        assertFalse(page.contains("kakak ipar") || page.contains("Mediator menyatakan ada benturan kepentingan"), page);
        assertTrue(browser.text("#trail").contains("Mediator mengundurkan diri"), browser.text("#trail"));
        browser.assertAccessible();
        leave();

        // later the second mediator learns of a conflict: a reason is required, then the case waits for a hand-over
        // with its planned session, and neither mediator who declared a conflict is offered
        signInAs(SECOND_MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        browser.clickAndWait("#form\\:report-conflict");
        assertTrue(browser.text("#conflict-later").contains("Wajib diisi"), browser.text("#conflict-later"));
        assertEquals(SECOND_MEDIATOR, browser.text("#mediator-name"), "nothing changed");
        browser.assertAccessible();
        String later = "Kuasa perusahaan yang baru ditunjuk adalah adik kandung saya.";
        browser.type("#form\\:laterConflictReason", later).clickAndWait("#form\\:report-conflict");
        assertTrue(browser.path().endsWith("/staff/sikhi/queue.xhtml"), browser.path());
        leave();
        signInAs(HEAD);
        browser.open("/me/notifications.xhtml");
        assertTrue(browser.text("#list").contains(later), browser.text("#list"));
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        assertEquals("", browser.text("#mediator-name"));
        assertTrue(browser.text("#declarations").contains(SECOND_MEDIATOR + ": ada benturan kepentingan")
                && browser.text("#declarations").contains("diketahui kemudian"), browser.text("#declarations"));
        var handOver = new Select(browser.find("#form\\:newMediator")).getOptions().stream().map(o -> o.getAttribute("value")).toList();
        assertTrue(handOver.contains(THIRD_MEDIATOR) && !handOver.contains(MEDIATOR) && !handOver.contains(SECOND_MEDIATOR),
                handOver.toString());
        new Select(browser.find("#form\\:newMediator")).selectByValue(THIRD_MEDIATOR);
        browser.clickAndWait("#form\\:reassign");
        assertEquals(THIRD_MEDIATOR, browser.text("#mediator-name"));
        leave();
        signInAs(THIRD_MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        assertTrue(browser.exists("#declaration"), "the third mediator declares in turn");
        declareNoConflict(id);
        assertTrue(browser.exists("#scheduled .meeting-link"), "the planned session stays with the case: " + browser.text("body"));
        leave();
    }

    @Test
    @org.junit.jupiter.api.Order(13)
    void theMediatorRefusesARepresentativeAndAcceptsItAgainOnANewSuratKuasa() throws Exception {
        // the worker's kuasa files for him with a surat kuasa
        signInAs(WORKER);
        browser.open("/me/sikhi/cases.xhtml");
        browser.clickAndWait("#new-case");
        new Select(browser.find("#form\\:workplaceKabKota")).selectByValue(KABKOTA);
        new Select(browser.find("#form\\:type")).selectByValue("HAK");
        browser.type("#form\\:workerName", "Ujang Suherman").type("#form\\:workerAddress", "Jl. Cibaduyut No. 5, Bandung")
                .type("#form\\:companyName", "PT Kuasa Ditolak").type("#form\\:companyAddress", "Jl. Asia Afrika No. 2, Bandung")
                .type("#form\\:chronology", "Saya kuasa Ujang Suherman. Upah lemburnya tidak dibayar sejak Agustus 2026.")
                .type("#form\\:demands", "Upah lembur dibayar.");
        browser.find("#form\\:represented").click();
        browser.clickAndWait("#form\\:save");
        browser.find("#upload\\:file").sendKeys(bipartiteMinutes.toString());
        browser.clickAndWait("#upload\\:send");
        new Select(browser.find("#upload\\:kind")).selectByValue("SURAT_KUASA");
        browser.find("#upload\\:file").sendKeys(bipartiteMinutes.toString());
        browser.clickAndWait("#upload\\:send");
        browser.clickAndWait("#form\\:submit");
        assertTrue(browser.exists("#receipt"), browser.text("body"));
        String code = browser.text("#tracking-code");
        browser.clickAndWait("#to-case");
        String id = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=", "");
        leave();
        registerAndAssign(id);

        // the mediator refuses the representative: only with a reason
        signInAs(MEDIATOR);
        declareNoConflict(id);
        assertTrue(browser.text("#representatives").contains("Ujang Suherman"), browser.text("#representatives"));
        browser.clickAndWait("#form\\:refuse-representative");
        assertTrue(browser.text("#representatives").contains("Wajib diisi"), browser.text("#representatives"));
        assertFalse(browser.text("#trail").contains("Kuasa ditolak mediator"), "nothing refused");
        String reason = "Surat kuasa bersifat umum, bukan surat kuasa khusus untuk perselisihan ini.";
        browser.type("#form\\:refusalReason", reason).clickAndWait("#form\\:refuse-representative");
        assertTrue(browser.text("#representatives .representation").contains("kuasa ditolak"), browser.text("#representatives"));
        assertTrue(browser.text("#trail").contains("Kuasa ditolak mediator"), browser.text("#trail"));
        leave();

        // the worker is told, sees why, and uploads a new surat kuasa khusus (an empty upload refused beside the field)
        signInAs(WORKER);
        browser.open("/me/notifications.xhtml");
        assertTrue(browser.text("#list").contains("Mediator menolak kuasa Anda pada perkara HI " + code), browser.text("#list"));
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        assertEquals(reason, browser.text("#refusal-reason"));
        browser.clickAndWait("#representation\\:send-surat-kuasa");
        assertTrue(browser.text("#representation").contains("Pilih berkas"), browser.text("#representation"));
        browser.find("#representation\\:suratKuasaFile").sendKeys(bipartiteMinutes.toString());
        browser.clickAndWait("#representation\\:send-surat-kuasa");
        assertTrue(browser.exists("#surat-kuasa-sent"), browser.text("body"));
        browser.assertAccessible();
        leave();

        // the mediator is told, and accepts the representative again
        signInAs(MEDIATOR);
        browser.open("/me/notifications.xhtml");
        assertTrue(browser.text("#list").contains("surat kuasa khusus baru pada perkara HI " + code), browser.text("#list"));
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        browser.clickAndWait("#representatives .accept-representative");
        assertTrue(browser.text("#representatives .representation").contains("kuasa diterima"), browser.text("#representatives"));
        String trail = browser.text("#trail");
        assertTrue(trail.contains("Kuasa ditolak mediator") && trail.contains("Surat kuasa baru diunggah")
                && trail.contains("Kuasa diterima kembali"), trail);
        leave();

        signInAs(WORKER);
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        assertFalse(browser.exists("#representative-refused"));
        trail = browser.text("#trail");
        assertTrue(trail.contains("Kuasa ditolak mediator") && trail.contains(reason) && trail.contains("Kuasa diterima kembali"), trail);
        leave();
    }

    /**
     * The figures' overdue count reads only the cases that can be late (their clocks started long enough ago);
     * it must still find every late one. Cases of Kota Cimahi are written straight into the database with old
     * dates, and the count must agree with the work queue, which decides each case on its own.
     */
    @Test
    @org.junit.jupiter.api.Order(16)
    void theOverdueCountFindsEveryLateCaseAndAgreesWithTheQueue() throws Exception {
        String cimahi = "32.77";
        portal.enable(cimahi, "sikhi", true);
        portal.staff("kasi.sikhi.3277", "tenant-admin", cimahi);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        try (java.sql.Connection db = portal.database()) {
            insertCase(db, cimahi, 1, "MEDIATOR_ASSIGNED", null, null, today.minusDays(60), null); // no first session: late
            insertCase(db, cimahi, 2, "MEDIATOR_ASSIGNED", null, null, today, null);
            insertCase(db, cimahi, 3, "IN_SESSION", null, null, today.minusDays(35), today.minusDays(30)); // no anjuran: late
            insertCase(db, cimahi, 4, "IN_SESSION", null, null, today.minusDays(3), today);
            insertCase(db, cimahi, 5, "RETURNED", today.minusDays(30), null, null, null); // not completed: late
            insertCase(db, cimahi, 6, "FORUM_OFFERED", null, today, null, null);
            insertCase(db, cimahi, 7, "CLOSED_AGREED", null, null, today.minusDays(90), today.minusDays(80));
            // late on the 30 HK of mediation only: not known from the row, the case is read and decided
            insertCase(db, cimahi, 8, "IN_SESSION", null, null, today.minusDays(60), today.minusDays(2));
            // read for the same reason, but a klarifikasi paused its 30 HK for 40 days: in time
            String paused = insertCase(db, cimahi, 9, "IN_SESSION", null, null, today.minusDays(50), today.minusDays(3));
            insertEvent(db, cimahi, paused, 2, today.minusDays(45), "START_KLARIFIKASI", "MEDIATOR_ASSIGNED", "KLARIFIKASI");
            insertEvent(db, cimahi, paused, 3, today.minusDays(5), "END_KLARIFIKASI", "KLARIFIKASI", "MEDIATOR_ASSIGNED");
        }
        try {
            signInAs("kasi.sikhi.3277");
            browser.open("/staff/sikhi/figures.xhtml");
            assertEquals("9", browser.text("#figures-total"));
            assertEquals("4", browser.text("#figures-overdue"));
            // the closed case was filed 95 days ago (5 before its pelimpahan) and closed 80 days ago
            assertEquals("15.0", browser.text("#figures-average"));
            assertEquals("15", browser.text("#figures-p90"));
            assertEquals("2", browser.text(".count-MEDIATOR_ASSIGNED"));
            browser.open("/staff/sikhi/queue.xhtml");
            assertEquals(8, browser.all("#queue .queue-row").size(), browser.text("#queue"));
            assertEquals(4, browser.all("#queue .overdue").size(), "the queue marks the same four: " + browser.text("#queue"));
            leave();
        } finally {
            portal.enable(cimahi, "sikhi", false);
            try (java.sql.Connection db = portal.database(); var st = db.createStatement()) {
                for (String table : new String[] {"sikhi_event", "sikhi_party", "sikhi_case"}) {
                    st.executeUpdate("delete from " + table + " where tenant_code = '" + cimahi + "'");
                }
            }
        }
    }

    /**
     * A company without a portal account acts on paper: the mediator records the day it received the anjuran letter
     * (not in the future), its signed written acceptance (not without the letter, never over the worker's own online
     * answer), and its signature on the printed PB (not without the signed copy); with the worker's online answers the
     * PB is complete and the PHI registration closes the case as agreed. The worker sees who recorded what.
     */
    @Test
    @org.junit.jupiter.api.Order(17)
    void aCompanyWithoutAccountAnswersTheAnjuranByLetterAndSignsThePbOnPaper() throws Exception {
        String[] filed = fileCase("HAK", "PT Kertas Tanpa Akun");
        String id = filed[0];
        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        browser.clickAndWait("#form\\:register"); // no company account: the company acts by letter
        assertEquals("Tercatat", stage());
        leave();
        signInAs(HEAD);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        new Select(browser.find("#form\\:mediator")).selectByValue(MEDIATOR);
        browser.clickAndWait("#form\\:assign");
        assertEquals("Dilimpahkan ke mediator", stage());
        leave();

        // a session held without agreement, then the anjuran
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        signInAs(MEDIATOR);
        declareNoConflict(id);
        browser.type("#form\\:sessionAt", today.plusDays(1) + " 09:00").clickAndWait("#form\\:schedule");
        browser.type("#form\\:heldOn", today.toString()).type("#form\\:partiesPresent", "Ujang Suherman; HRD PT Kertas Tanpa Akun")
                .type("#form\\:issue", "Upah lembur").type("#form\\:workerPosition", "Lembur belum dibayar")
                .type("#form\\:companyPosition", "Lembur tidak diperintahkan").type("#form\\:conclusion", "Belum sepakat")
                .clickAndWait("#form\\:record");
        assertEquals("Sidang mediasi", stage());
        browser.type("#form\\:anjuranContent", "Menganjurkan pengusaha membayar upah lembur sesuai PP 35/2021.")
                .clickAndWait("#form\\:issue-anjuran");
        assertEquals("Anjuran diterbitkan", stage());

        // the day the company received the letter: not in the future (refused beside the date, the party kept), then today
        assertEquals(1, new Select(browser.find("#form\\:receiptParty")).getOptions().size() - 1, "only the party without an account");
        new Select(browser.find("#form\\:receiptParty")).selectByVisibleText("PT Kertas Tanpa Akun");
        browser.type("#form\\:receivedOn", today.plusDays(1).toString()).clickAndWait("#form\\:record-receipt");
        assertTrue(browser.text("#anjuran-receipt").contains("Tanggal di luar rentang"), browser.text("#anjuran-receipt"));
        assertEquals("PT Kertas Tanpa Akun", new Select(browser.find("#form\\:receiptParty")).getFirstSelectedOption().getText());
        assertEquals(today.plusDays(1).toString(), browser.find("#form\\:receivedOn").getAttribute("value"));
        browser.assertAccessible();
        browser.type("#form\\:receivedOn", today.toString()).clickAndWait("#form\\:record-receipt");
        assertTrue(browser.text("#answers").contains("PT Kertas Tanpa Akun: belum menjawab; Surat anjuran diterima pada " + today),
                browser.text("#answers"));
        leave();

        signInAs(WORKER);
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        browser.clickAndWait("#anjuran\\:accept");
        assertEquals("Anjuran diterbitkan", stage(), "the company has yet to answer");
        leave();

        Path letter = bipartiteMinutes; // a valid PDF stands for the company's signed letter and the signed PB
        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        // the worker answered online itself: its answer is not overwritten
        new Select(browser.find("#form\\:paperParty")).selectByVisibleText("Ujang Suherman");
        new Select(browser.find("#form\\:paperAnswer")).selectByValue("REJECTED");
        browser.find("#form\\:answerLetter").sendKeys(letter.toString());
        browser.clickAndWait("#form\\:record-answer");
        assertTrue(browser.text("#messages").contains("sudah menjawab anjuran melalui portal"), browser.text("#messages"));
        assertEquals("Anjuran diterbitkan", stage());
        // the company's acceptance: refused beside the upload without the letter, the party and the answer kept
        new Select(browser.find("#form\\:paperParty")).selectByVisibleText("PT Kertas Tanpa Akun");
        new Select(browser.find("#form\\:paperAnswer")).selectByValue("ACCEPTED");
        browser.clickAndWait("#form\\:record-answer");
        assertTrue(browser.text("#anjuran-paper-answer").contains("Unggah surat jawaban pihak yang ditandatangani"),
                browser.text("#anjuran-paper-answer"));
        assertEquals("PT Kertas Tanpa Akun", new Select(browser.find("#form\\:paperParty")).getFirstSelectedOption().getText());
        assertEquals("ACCEPTED", new Select(browser.find("#form\\:paperAnswer")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("Anjuran diterbitkan", stage());
        browser.assertAccessible();
        browser.find("#form\\:answerLetter").sendKeys(letter.toString());
        browser.clickAndWait("#form\\:record-answer");
        assertEquals("Perjanjian Bersama disusun", stage(), "both accepted: the PB follows");
        assertTrue(browser.text("#answers").contains("PT Kertas Tanpa Akun: Menerima (dicatat oleh mediator " + MEDIATOR + ": Surat jawaban atas anjuran)"),
                browser.text("#answers"));
        assertTrue(browser.text("#trail").contains(MEDIATOR + " PT Kertas Tanpa Akun: ACCEPTED"), browser.text("#trail"));

        // the PB: the worker accepts online, the company signs the printed text
        browser.type("#form\\:pbContent", "Pihak Kedua membayar upah lembur Pihak Pertama sebesar Rp3.200.000 paling lambat 21 Desember 2026.")
                .clickAndWait("#form\\:draft-pb");
        String hash = browser.text("#pb-hash");
        assertEquals(64, hash.length());
        leave();
        signInAs(WORKER);
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        assertTrue(browser.text("#anjuran-recorded").contains("PT Kertas Tanpa Akun: Menerima (dicatat oleh mediator dari surat"),
                browser.text("#anjuran-recorded"));
        browser.clickAndWait("#pb\\:accept-pb");
        leave();

        signInAs(MEDIATOR);
        browser.open("/staff/sikhi/case.xhtml?id=" + id);
        assertEquals("1/2", browser.text("#pb-accepted"));
        assertEquals(1, new Select(browser.find("#form\\:signedParty")).getOptions().size() - 1, "only the party without an account");
        new Select(browser.find("#form\\:signedParty")).selectByVisibleText("PT Kertas Tanpa Akun");
        browser.clickAndWait("#form\\:record-pb-signed");
        assertTrue(browser.text("#pb-paper").contains("Unggah PB yang ditandatangani pihak"), browser.text("#pb-paper"));
        assertEquals("PT Kertas Tanpa Akun", new Select(browser.find("#form\\:signedParty")).getFirstSelectedOption().getText());
        assertEquals("1/2", browser.text("#pb-accepted"));
        browser.assertAccessible();
        browser.find("#form\\:signedPb").sendKeys(letter.toString());
        browser.clickAndWait("#form\\:record-pb-signed");
        assertEquals("2/2", browser.text("#pb-accepted"));
        assertTrue(browser.text("#pb").contains("PT Kertas Tanpa Akun: menandatangani PB cetak"), browser.text("#pb"));
        assertTrue(browser.text("#trail").contains(MEDIATOR + " PT Kertas Tanpa Akun " + hash), browser.text("#trail"));
        browser.type("#form\\:phiRegistrationNumber", "31/PB/2026/PHI.Bdg");
        browser.find("#form\\:phiProof").sendKeys(letter.toString());
        browser.clickAndWait("#form\\:register-pb");
        assertEquals("Selesai dengan Perjanjian Bersama", stage());
        String pb = pdfText(".doc-PERJANJIAN_BERSAMA");
        assertTrue(pb.contains("Rp3.200.000") && pb.contains(hash), pb);
        leave();

        // the worker's page says what the mediator recorded, and from which papers
        signInAs(WORKER);
        browser.open("/me/sikhi/case.xhtml?id=" + id);
        assertTrue(browser.text("#pb-paper").contains("PT Kertas Tanpa Akun: menandatangani PB cetak (dicatat oleh mediator"),
                browser.text("#pb-paper"));
        String trail = browser.text("#trail");
        assertTrue(trail.contains("Jawaban anjuran dicatat oleh mediator dari surat jawaban pihak")
                && trail.contains("Penandatanganan PB cetak dicatat oleh mediator dari PB yang ditandatangani"), trail);
        String documents = browser.text("#documents");
        assertTrue(documents.contains("Surat jawaban atas anjuran") && documents.contains("Perjanjian Bersama yang ditandatangani"),
                documents);
        browser.assertAccessible();
        leave();
    }

    /** A case row as an older case would have left it: one worker, one company, the filing on its trail; returns its id. */
    private static String insertCase(java.sql.Connection db, String kabKota, int n, String stage, LocalDate returnedOn,
            LocalDate forumOfferedOn, LocalDate assignedOn, LocalDate firstSessionOn) throws java.sql.SQLException {
        String id = java.util.UUID.randomUUID().toString();
        LocalDate filed = assignedOn != null ? assignedOn.minusDays(5) : (returnedOn != null ? returnedOn : forumOfferedOn).minusDays(3);
        boolean registered = !stage.equals("RETURNED");
        boolean closed = stage.startsWith("CLOSED");
        java.sql.Timestamp filedAt = java.sql.Timestamp.valueOf(filed.atTime(9, 0));
        try (var st = db.prepareStatement("insert into sikhi_case (id, tenant_code, tracking_code, secret_hash, registration_number,"
                + " registration_seq, registration_year, dispute_type, stage, workplace_kabkota, company_name, company_address,"
                + " worker_name, represented, chronology, demands, filed_by, created_at, updated_at, filed_at, registered_on,"
                + " returned_on, forum_offered_on, delegated, assigned_mediator, assigned_on, first_session_on, closed_on, version)"
                + " values (?, ?, ?, 'x', ?, ?, ?, 'PHK', ?, ?, ?, 'Jl. Gatot Subroto', 'Pekerja', false, 'Kronologi', 'Tuntutan',"
                + " 'warga', ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, 1)")) {
            st.setString(1, id);
            st.setString(2, kabKota);
            st.setString(3, "SK-CMH" + n + "-TEST");
            st.setString(4, registered ? String.format("%04d/PHI/%s/%d", n, kabKota, filed.getYear()) : null);
            st.setObject(5, registered ? n : null, java.sql.Types.INTEGER);
            st.setObject(6, registered ? filed.getYear() : null, java.sql.Types.INTEGER);
            st.setString(7, stage);
            st.setString(8, kabKota);
            st.setString(9, "PT Cimahi " + n);
            st.setTimestamp(10, filedAt);
            st.setTimestamp(11, filedAt);
            st.setTimestamp(12, filedAt);
            st.setObject(13, registered ? filed.plusDays(1) : null, java.sql.Types.DATE);
            st.setObject(14, returnedOn, java.sql.Types.DATE);
            st.setObject(15, forumOfferedOn, java.sql.Types.DATE);
            st.setString(16, assignedOn == null ? null : "mediator.sikhi.3277");
            st.setObject(17, assignedOn, java.sql.Types.DATE);
            st.setObject(18, firstSessionOn, java.sql.Types.DATE);
            st.setObject(19, closed ? firstSessionOn : null, java.sql.Types.DATE);
            st.executeUpdate();
        }
        try (var st = db.prepareStatement("insert into sikhi_party (id, tenant_code, case_id, sort_order, party_role, name, address,"
                + " version) values (?, ?, ?, ?, ?, ?, 'Cimahi', 1)")) {
            for (int p = 0; p < 2; p++) {
                st.setString(1, java.util.UUID.randomUUID().toString());
                st.setString(2, kabKota);
                st.setString(3, id);
                st.setInt(4, p);
                st.setString(5, p == 0 ? "WORKER" : "COMPANY");
                st.setString(6, p == 0 ? "Pekerja " + n : "PT Cimahi " + n);
                st.executeUpdate();
            }
        }
        insertEvent(db, kabKota, id, 1, filed, "SUBMIT", "DRAFT", "SUBMITTED");
        return id;
    }

    /** A step on a case's trail, at 09:00 UTC (16:00 in West Java) of the day. */
    private static void insertEvent(java.sql.Connection db, String kabKota, String caseId, int seq, LocalDate day, String action,
            String from, String to) throws java.sql.SQLException {
        try (var st = db.prepareStatement("insert into sikhi_event (id, tenant_code, case_id, seq, occurred_at, actor, action,"
                + " from_stage, to_stage, visible_to_parties) values (?, ?, ?, ?, ?, 'bench', ?, ?, ?, true)")) {
            st.setString(1, java.util.UUID.randomUUID().toString());
            st.setString(2, kabKota);
            st.setString(3, caseId);
            st.setInt(4, seq);
            st.setTimestamp(5, java.sql.Timestamp.valueOf(day.atTime(9, 0)));
            st.setString(6, action);
            st.setString(7, from);
            st.setString(8, to);
            st.executeUpdate();
        }
    }
}
