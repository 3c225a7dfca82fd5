package id.go.jabarprov.disnakertrans.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The job-information service in a browser, in Kota Bandung (32.73): an employer's workplace verified and
 * its vacancies reported by form and by spreadsheet, a seeker registered and verified with the AK/1 card,
 * the public search, matching, an application and the hire that closes the card; and the refusals that
 * tenancy and privacy demand.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JobInfoIT extends BrowserTest {

    private static final String KABKOTA = "32.73";
    private static final String EMPLOYER = "pt.konveksi.jobinfo";
    private static final String OTHER_EMPLOYER = "pt.lain.jobinfo";
    private static final String SEEKER = "siti.jobinfo";
    private static final String OFFICER = "pengantar.jobinfo.3273";
    private static final String OFFICER_3204 = "pengantar.jobinfo.3204";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    private static String vacancyId;
    private static String ak1Number;
    private static String seekerId;
    private static String walkInNumber;

    @BeforeAll
    static void seed() {
        portal.enable(KABKOTA, "jobinfo", true);
        portal.enable("32.04", "jobinfo", true);
        portal.enable("32", "jobinfo", true);
        portal.party(EMPLOYER, "employer");
        portal.party(OTHER_EMPLOYER, "employer");
        portal.party(SEEKER, "citizen");
        portal.staff(OFFICER, "jobinfo-officer", KABKOTA);
        portal.staff(OFFICER_3204, "jobinfo-officer", "32.04");
    }

    private void signInAs(String username) {
        browser.clearCookies();
        browser.signIn(username, SharedPortal.STAFF_PASSWORD);
    }

    private void addChip(String inputCss, String text) {
        browser.find(inputCss).sendKeys(text, Keys.ENTER);
    }

    @Test
    @Order(1)
    void anEmployerIsVerifiedAndReportsAVacancyByFormThatTheOfficerPublishes() {
        signInAs(EMPLOYER);
        browser.open("/me/jobinfo/employer.xhtml?wilayah=" + KABKOTA);
        browser.type("#form\\:name", "PT Konveksi Priangan").type("#form\\:nib", "12345")
                .type("#form\\:address", "Jl. Moh. Toha No. 77, Bandung");
        browser.clickAndWait("#form\\:save");
        assertTrue(browser.text("#form").contains("NIB harus 13 angka"), browser.text("#form"));
        assertTrue(browser.text("#form").contains("Pilih sektor usaha"), browser.text("#form"));
        assertEquals("PT Konveksi Priangan", browser.find("#form\\:name").getAttribute("value"), "nothing typed is lost");
        browser.type("#form\\:nib", "9120001234567");
        new Select(browser.find("#form\\:kbli")).selectByValue("14");
        browser.clickAndWait("#form\\:save");
        assertTrue(browser.text("#status").startsWith("Menunggu verifikasi"), browser.text("#status"));
        browser.assertAccessible();

        // not verified yet: no vacancy can be reported
        browser.open("/me/jobinfo/vacancy.xhtml?wilayah=" + KABKOTA);
        browser.type("#form\\:title", "Operator Mesin Jahit");
        browser.clickAndWait("#form\\:save");
        assertTrue(browser.text(".portal-messages").contains("belum diverifikasi"), browser.text(".portal-messages"));

        signInAs(OFFICER);
        browser.open("/staff/jobinfo/vacancies.xhtml");
        browser.clickAndWait("tr.employer .verify");
        assertTrue(browser.text("#form\\:employers").contains("Terverifikasi"), browser.text("#form\\:employers"));

        signInAs(EMPLOYER);
        browser.open("/me/jobinfo/vacancy.xhtml?wilayah=" + KABKOTA);
        browser.type("#form\\:title", "Operator Mesin Jahit");
        browser.type("#form\\:occupationCode", "8153");
        browser.type("#form\\:needed", "3").type("#form\\:validFrom", TODAY.format(DMY))
                .type("#form\\:validUntil", TODAY.minusDays(1).format(DMY))
                .type("#form\\:ageMin", "18").type("#form\\:ageMax", "35")
                .type("#form\\:wageMin", "4500000").type("#form\\:wageMax", "5200000")
                .type("#form\\:description", "Menjahit pakaian jadi di lini produksi, target harian, shift pagi.");
        new Select(browser.find("#form\\:educationCode")).selectByValue("SMP");
        addChip("#form\\:skills_input", "menjahit");
        browser.clickAndWait("#form\\:save");
        String form = browser.text("#form");
        assertTrue(form.contains("harus sama atau sesudah") || form.contains("sesudah tanggal"), form);
        assertEquals("Operator Mesin Jahit", browser.find("#form\\:title").getAttribute("value"), "nothing typed is lost");
        browser.type("#form\\:validUntil", TODAY.plusDays(30).format(DMY));
        browser.clickAndWait("#form\\:save");
        assertTrue(browser.path().endsWith("/me/jobinfo/vacancies.xhtml"), browser.path());
        assertTrue(browser.text("tr.vacancy .status").startsWith("Menunggu pemeriksaan"), browser.text("#list"));
        browser.assertAccessible();

        signInAs(OFFICER);
        browser.open("/staff/jobinfo/vacancies.xhtml");
        browser.clickAndWait("tr.vacancy .publish");
        assertTrue(browser.text("#form\\:vacancies").contains("Tayang"), browser.text("#form\\:vacancies"));
        String href = browser.find("tr.vacancy a.title").getAttribute("href");
        vacancyId = href.replaceAll(".*[?&]id=", "");
    }

    @Test
    @Order(2)
    void aSpreadsheetWithTwoBadRowsIsRefusedWholeAndEachBadRowIsNamed() throws Exception {
        signInAs(EMPLOYER);
        browser.open("/me/jobinfo/vacancies.xhtml?wilayah=" + KABKOTA);
        Path bad = sheet(List.of(
                row("Penjahit Sampel", "7533", "2", "32.73"),
                row("Operator Obras", "9999", "2", "32.73"),           // row 3: unknown KBJI code
                row("Operator Mesin Tenun", "8152", "1", "32.73"),
                row("Quality Control Jahit", "7533", "0", "32.73")));  // row 5: nobody needed
        browser.find("#upload\\:sheet").sendKeys(bad.toString());
        browser.clickAndWait("#upload\\:send");
        List<String> problems = browser.all("#sheet-problems li").stream().map(e -> e.getText()).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("Baris 3"), problems.toString());
        assertTrue(problems.get(1).startsWith("Baris 5"), problems.toString());
        assertTrue(browser.text(".portal-messages").contains("Tidak ada lowongan yang disimpan"), browser.text(".portal-messages"));
        assertEquals(1, browser.all("tr.vacancy").size(), "nothing of the bad sheet was kept");

        Path good = sheet(List.of(
                row("Penjahit Sampel", "7533", "2", "32.73"),
                row("Operator Mesin Tenun", "8152", "1", "32.73")));
        browser.find("#upload\\:sheet").sendKeys(good.toString());
        browser.clickAndWait("#upload\\:send");
        assertTrue(browser.text(".portal-messages").contains("2 lowongan tersimpan"), browser.text(".portal-messages"));
        assertEquals(3, browser.all("tr.vacancy").size());
        browser.assertAccessible();

        // and by the API, as a company's HR system would (in local mode the signed-in session is the caller)
        String json = "{\"title\":\"Admin Gudang\",\"occupationCode\":\"4321\",\"needed\":1,\"validFrom\":\"" + TODAY
                + "\",\"validUntil\":\"" + TODAY.plusDays(10) + "\",\"description\":\"Mencatat barang masuk dan keluar.\"}";
        HttpResponse<String> created = post("/api/v1/jobinfo/vacancies/" + KABKOTA, json);
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> refused = post("/api/v1/jobinfo/vacancies/" + KABKOTA, json.replace("\"needed\":1", "\"needed\":0"));
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"needed\""), refused.body());
        browser.open("/me/jobinfo/vacancies.xhtml?wilayah=" + KABKOTA);
        assertEquals(4, browser.all("tr.vacancy").size());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portal.url(path)))
                .header("Cookie", "JSESSIONID=" + cookie.getValue()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> row(String title, String kbji, String needed, String kabKota) {
        return List.of(title, kbji, needed, TODAY.toString(), TODAY.plusDays(20).toString(), kabKota,
                "Bekerja di lini produksi garmen, Bandung.");
    }

    private static Path sheet(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Lowongan");
            var header = sheet.createRow(0);
            String[] names = {"judul", "kode_kbji", "jumlah", "berlaku_mulai", "berlaku_sampai", "kabkota", "deskripsi"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            Path file = Files.createTempFile("lowongan", ".xlsx");
            Files.write(file, out.toByteArray());
            return file;
        }
    }

    @Test
    @Order(3)
    void aSeekerRegistersIsVerifiedAndDownloadsTheAk1Card() throws Exception {
        signInAs(SEEKER);
        browser.open("/me/jobinfo/seeker.xhtml");
        browser.type("#form\\:nik", "3273015203980001").type("#form\\:fullName", "Siti Nurhaliza")
                .type("#form\\:birthPlace", "Bandung").type("#form\\:birthDate", "13-03-1998")
                .type("#form\\:address", "Jl. Gegerkalong Hilir No. 12, RT 02/RW 05");
        new Select(browser.find("#form\\:sex")).selectByValue("FEMALE");
        new Select(browser.find("#form\\:maritalStatus")).selectByValue("BELUM_KAWIN");
        new Select(browser.find("#form\\:religion")).selectByValue("ISLAM");
        browser.selectAjax("#form\\:kabKota", KABKOTA);
        browser.selectAjax("#form\\:kecamatan", "32.73.01");
        new Select(browser.find("#form\\:desa")).selectByValue("32.73.01.1002");
        new Select(browser.find("#form\\:education")).selectByValue("SMK");
        browser.type("#form\\:educationMajor", "Tata Busana");
        browser.type("#form\\:occupation\\:0\\:code", "8153");
        addChip("#form\\:skills_input", "menjahit");
        addChip("#form\\:skills_input", "obras");
        browser.clickAndWait("#form\\:save");
        assertTrue(browser.text("#form").contains("Tanggal lahir tidak sesuai dengan NIK"), browser.text("#form"));
        assertEquals("Siti Nurhaliza", browser.find("#form\\:fullName").getAttribute("value"), "nothing typed is lost");
        browser.type("#form\\:birthDate", "12-03-1998");
        browser.clickAndWait("#form\\:save");
        assertTrue(browser.text("#status").startsWith("Menunggu verifikasi"), browser.text("#card-status"));
        browser.assertAccessible();

        signInAs(OFFICER);
        browser.open("/staff/jobinfo/seekers.xhtml");
        browser.clickAndWait("tr.seeker a");
        seekerId = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=", "");
        assertEquals("3273015203980001", browser.text("#nik"), "the officer of the kab/kota sees the whole NIK");
        browser.clickAndWait("#form\\:verify");
        ak1Number = browser.text("#ak1-number");
        assertTrue(ak1Number.matches("3273\\.\\d{4}\\.\\d{6}"), ak1Number);
        browser.assertAccessible();

        signInAs(SEEKER);
        browser.open("/me/jobinfo/seeker.xhtml");
        assertEquals(ak1Number, browser.text("#ak1-number"));
        String text = pdfText(browser.find("#cardActions\\:download").getAttribute("href"));
        assertTrue(text.contains(ak1Number), text);
        assertTrue(text.contains("Siti Nurhaliza"), text);
        assertTrue(text.contains("KARTU TANDA BUKTI PENDAFTARAN PENCARI KERJA"), text);
    }

    @Test
    @Order(4)
    void anOfficerRegistersAWalkInSeekerAndMatchingRanksTheRightSeekerFirst() {
        signInAs(OFFICER);
        browser.open("/staff/jobinfo/register.xhtml");
        browser.type("#form\\:nik", "3273010507000002").type("#form\\:fullName", "Asep Saepudin")
                .type("#form\\:birthPlace", "Cimahi").type("#form\\:birthDate", "05-07-2000")
                .type("#form\\:address", "Jl. Sukasari No. 3");
        new Select(browser.find("#form\\:sex")).selectByValue("MALE");
        new Select(browser.find("#form\\:maritalStatus")).selectByValue("KAWIN");
        new Select(browser.find("#form\\:religion")).selectByValue("ISLAM");
        browser.selectAjax("#form\\:kecamatan", "32.73.01");
        new Select(browser.find("#form\\:desa")).selectByValue("32.73.01.1001");
        new Select(browser.find("#form\\:education")).selectByValue("SMA");
        browser.type("#form\\:occupation\\:0\\:code", "8152");
        browser.clickAndWait("#form\\:save");
        assertTrue(browser.path().endsWith("/staff/jobinfo/seeker.xhtml"), browser.path() + " " + browser.text(".portal-messages"));
        browser.clickAndWait("#form\\:verify");
        walkInNumber = browser.text("#ak1-number");
        assertTrue(walkInNumber.startsWith("3273."), browser.text("#seeker"));

        browser.open("/staff/jobinfo/vacancy.xhtml?id=" + vacancyId);
        var matches = browser.all("li.match .name");
        assertTrue(matches.size() >= 2, browser.text("#matches"));
        assertEquals("Siti Nurhaliza", matches.get(0).getText(), browser.text("#matches"));
        assertEquals("Asep Saepudin", matches.get(1).getText(), browser.text("#matches"));
        String first = browser.text("li.match");
        assertTrue(first.contains("Jabatan sama"), first);
        assertTrue(browser.all("li.match").get(1).getText().contains("golongan KBJI 815"), browser.text("#matches"));
        browser.assertAccessible();
    }

    @Test
    @Order(5)
    void thePublicFindsTheVacancyWithoutASessionInThePageAndTheApi() throws Exception {
        browser.clearCookies();
        browser.open("/public/jobinfo/search.xhtml?wilayah=32&q=mesin+jahit");
        assertTrue(browser.text(".portal-result").contains("Operator Mesin Jahit"), browser.text("#main"));
        assertTrue(browser.text(".portal-result").contains("PT Konveksi Priangan"));
        assertEquals(null, browser.driver().manage().getCookieNamed("JSESSIONID"), "an anonymous search opens no session");
        browser.assertAccessible();
        browser.open("/public/jobinfo/search.xhtml?wilayah=" + KABKOTA + "&q=tidakada+lowongan+semacamini");
        assertTrue(browser.exists("#no-results"));
        browser.open("/public/jobinfo/search.xhtml?wilayah=32&q=mesin&edu=SD");
        assertFalse(browser.text("#main").contains("Operator Mesin Jahit"), "SMP required, the reader has SD");

        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(portal.url("/api/v1/jobinfo/vacancies?wilayah=32&q=jahit"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, api.statusCode());
        assertTrue(api.body().contains("Operator Mesin Jahit"), api.body());
        assertFalse(api.headers().firstValue("Set-Cookie").orElse("").contains("JSESSIONID"), "the API opens no session");
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(portal.url("/public/jobinfo/search.xhtml?wilayah=32&q=jahit"))).build(), HttpResponse.BodyHandlers.ofString());
        assertFalse(page.headers().firstValue("Set-Cookie").orElse("").contains("JSESSIONID"), "the search page opens no session");
    }

    @Test
    @Order(6)
    void theSeekerAppliesAndTheHireClosesTheCard() throws Exception {
        signInAs(SEEKER);
        browser.open("/public/jobinfo/vacancy.xhtml?wilayah=" + KABKOTA + "&id=" + vacancyId);
        browser.clickAndWait("#apply");
        browser.clickAndWait("#form\\:send");
        assertTrue(browser.text(".portal-messages").contains("Lamaran terkirim"), browser.text(".portal-messages"));
        browser.open("/me/jobinfo/seeker.xhtml");
        assertTrue(browser.text("#applications").contains("Operator Mesin Jahit"), browser.text("#applications"));

        signInAs(EMPLOYER);
        browser.open("/me/jobinfo/applicants.xhtml?wilayah=" + KABKOTA + "&vacancy=" + vacancyId);
        assertEquals("Siti Nurhaliza", browser.text("tr.applicant .name"));
        assertEquals(ak1Number, browser.text("tr.applicant .number"));
        assertEquals("3273015203980001", browser.text("tr.applicant .nik"), "the employer the seeker applied to sees the NIK");
        browser.clickAndWait("tr.applicant .hire");
        assertTrue(browser.text("#form").contains("Isi tanggal mulai bekerja"), browser.text("#form"));
        browser.type("#form\\:startsOn", TODAY.plusDays(7).format(DMY));
        browser.clickAndWait("tr.applicant .hire");
        assertTrue(browser.text("tr.applicant .status").contains("Diterima bekerja"), browser.text("#form"));
        browser.assertAccessible();

        // a hire of someone who did not apply here, reported against the number and name on the card
        browser.type("#form\\:hireNumber", walkInNumber).type("#form\\:hireName", "Asep Saepul")
                .type("#form\\:hireStartsOn", TODAY.plusDays(7).format(DMY));
        browser.clickAndWait("#form\\:reportHire");
        assertTrue(browser.text("#form").contains("Tidak ada kartu AK/1 aktif dengan nomor dan nama tersebut"), browser.text("#form"));
        assertEquals(walkInNumber, browser.find("#form\\:hireNumber").getAttribute("value"), "nothing typed is lost");
        browser.type("#form\\:hireName", "asep saepudin");
        browser.clickAndWait("#form\\:reportHire");
        assertTrue(browser.text(".portal-messages").contains("Penempatan tercatat"), browser.text(".portal-messages"));

        signInAs(SEEKER);
        browser.open("/me/jobinfo/seeker.xhtml");
        assertTrue(browser.text("#status").startsWith("Sudah ditempatkan"), browser.text("#card-status"));
        signInAs(OFFICER);
        browser.open("/staff/jobinfo/vacancies.xhtml");
        assertTrue(browser.text("#form\\:vacancies").contains("2 / 3"), browser.text("#form\\:vacancies"));
        browser.open("/staff/jobinfo/seekers.xhtml?status=PLACED");
        assertEquals(2, browser.all("tr.seeker").size(), "both cards are closed: " + browser.text("#main"));
        browser.open("/staff/jobinfo/figures.xhtml");
        assertEquals("2", browser.text("#placementsYear"));
        assertEquals("2", browser.text("#seekersRegistered"));
        browser.assertAccessible();
        HttpResponse<String> csv = getWithSession("/staff/jobinfo/figures.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("total,placementsYear,placementsYear,2"), csv.body());
        HttpResponse<String> figures = getWithSession("/api/v1/jobinfo/figures/" + KABKOTA);
        assertEquals(200, figures.statusCode());
        assertTrue(figures.body().contains("\"placementsYear\":2"), figures.body());
    }

    @Test
    @Order(7)
    void anOfficerEntersAVacancyForAnEmployerAtAJobFair() throws Exception {
        signInAs(OFFICER);
        browser.open("/staff/jobinfo/enter.xhtml");
        browser.type("#form\\:title", "Pramuniaga");
        browser.clickAndWait("#form\\:save");
        assertTrue(browser.text("#form").contains("Wajib diisi") || browser.text("#form").contains("wajib diisi"), browser.text("#form"));
        assertEquals("Pramuniaga", browser.find("#form\\:title").getAttribute("value"), "nothing typed is lost");
        browser.assertAccessible();
        new Select(browser.find("#form\\:employer")).selectByVisibleText("PT Konveksi Priangan (9120001234567)");
        browser.type("#form\\:occupationCode", "5223").type("#form\\:needed", "2")
                .type("#form\\:validFrom", TODAY.format(DMY)).type("#form\\:validUntil", TODAY.plusDays(14).format(DMY))
                .type("#form\\:description", "Melayani pembeli di gerai pakaian, bursa kerja Kota Bandung.");
        browser.clickAndWait("#form\\:save");
        assertTrue(browser.path().endsWith("/staff/jobinfo/vacancy.xhtml"), browser.path() + " " + browser.text("#main"));
        assertEquals("Pramuniaga", browser.text("#vacancy-title"));
        assertTrue(browser.text("#main").contains("Tayang"), "entered at a job fair, published at once");

        signInAs(EMPLOYER);
        HttpResponse<byte[]> template = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                portal.url("/me/jobinfo/template?wilayah=" + KABKOTA))).header("Cookie", "JSESSIONID="
                + browser.driver().manage().getCookieNamed("JSESSIONID").getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, template.statusCode());
        assertEquals('P', (char) template.body()[0], "an xlsx (zip) file");
    }

    @Test
    @Order(8)
    void anotherEmployerOrAnotherKabKotaSeesNothing() throws Exception {
        signInAs(OTHER_EMPLOYER);
        assertEquals(404, status("/me/jobinfo/applicants.xhtml?wilayah=" + KABKOTA + "&vacancy=" + vacancyId));
        assertEquals(404, status("/me/jobinfo/vacancy.xhtml?wilayah=" + KABKOTA + "&id=" + vacancyId));
        assertEquals(404, status("/staff/jobinfo/seekers.xhtml"), "employers never browse seekers");

        signInAs(OFFICER_3204);
        assertEquals(404, status("/staff/jobinfo/seeker.xhtml?id=" + seekerId));
        assertEquals(404, status("/staff/jobinfo/card?id=" + seekerId));
        assertEquals(404, status("/staff/jobinfo/vacancy.xhtml?id=" + vacancyId));
        browser.open("/staff/jobinfo/seekers.xhtml?q=Siti");
        assertTrue(browser.exists("#none"), browser.text("#main"));
        assertEquals(404, getWithSession("/api/v1/jobinfo/figures/" + KABKOTA).statusCode(), "another kab/kota's figures");
    }

    private HttpResponse<String> getWithSession(String path) throws Exception {
        var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portal.url(path)))
                .header("Cookie", "JSESSIONID=" + cookie.getValue()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status of a page for the signed-in browser's session. */
    private int status(String path) throws Exception {
        var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portal.url(path)))
                .header("Cookie", "JSESSIONID=" + cookie.getValue()).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String pdfText(String href) throws Exception {
        var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + cookie.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), href);
        try (var document = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }
}
