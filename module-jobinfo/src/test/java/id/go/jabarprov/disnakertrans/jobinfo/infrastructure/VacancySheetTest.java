package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import static id.go.jabarprov.disnakertrans.jobinfo.domain.FixedRules.RULES;
import static id.go.jabarprov.disnakertrans.jobinfo.infrastructure.Workbooks.HEADER;
import static id.go.jabarprov.disnakertrans.jobinfo.infrastructure.Workbooks.vacancy;
import static id.go.jabarprov.disnakertrans.jobinfo.infrastructure.Workbooks.xlsx;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jabarprov.disnakertrans.jobinfo.domain.SexRequirement;
import id.go.jabarprov.disnakertrans.jobinfo.domain.VacancyDraft;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.VacancySheet.Result;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.VacancySheet.RowProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VacancySheetTest {

    private static final String V = "jobinfo.vacancy.error.";
    private static final String S = "jobinfo.sheet.error.";

    /** A vacancy row as text that passes the rules, for CSV files. */
    private static final List<String> TEXT_ROW = List.of("Teknisi Listrik", "7411", "3", "2026-03-02", "2026-04-30",
            "20", "40", "L/P", "SMK", "Instalasi listrik; K3 listrik", "2", "4600000", "5500000", "32.73",
            "Jl. Asia Afrika No. 8, Kota Bandung", "Memasang dan merawat instalasi listrik gedung.");

    private static Result read(byte[] content) {
        return VacancySheet.read(content, RULES);
    }

    private static Result csv(String text) {
        return read(text.getBytes(UTF_8));
    }

    /** A record as a spreadsheet program saves it: quoted where the value holds a separator, quote or line break. */
    private static String line(List<String> values, char delimiter) {
        return values.stream()
                .map(v -> v.indexOf(delimiter) >= 0 || v.contains("\"") || v.contains("\n")
                        ? "\"" + v.replace("\"", "\"\"") + "\"" : v)
                .collect(Collectors.joining(String.valueOf(delimiter)));
    }

    private static String semicolons(List<String> values) {
        return line(values, ';') + "\r\n";
    }

    private static String csvLine(List<String> values) {
        return line(values, ',');
    }

    /** The text row with one column changed, by the template header's name. */
    private static List<String> textRow(String column, String value) {
        List<String> row = new ArrayList<>(TEXT_ROW);
        row.set(HEADER.indexOf(column), value);
        return row;
    }

    private static List<Object> vacancyWith(String title, String column, Object value) {
        List<Object> row = vacancy(title);
        row.set(HEADER.indexOf(column), value);
        return row;
    }

    private static List<Object> header() {
        return new ArrayList<>(HEADER);
    }

    private static RowProblem problem(int row, String column, String key, String... args) {
        return new RowProblem(row, column, key, List.of(args));
    }

    private static VacancyDraft onlyDraft(Result result) {
        assertEquals(List.of(), result.problems());
        assertTrue(result.isClean());
        assertEquals(1, result.rows().size());
        return result.rows().get(0).draft();
    }

    @Test
    void onlyTheBadRowsOfAWorkbookAreReportedWithTheirNumbersAndColumns() {
        Result result = read(xlsx(List.of(header(),
                vacancy("Teknisi A"),
                vacancyWith("Teknisi B", "kode_kbji", 9999d),
                vacancy("Teknisi C"),
                vacancyWith("Teknisi D", "berlaku_sampai", LocalDate.of(2026, 2, 27)),
                vacancy("Teknisi E"))));

        assertEquals(List.of(problem(3, "kode_kbji", V + "occupation"), problem(5, "berlaku_sampai", V + "dates")),
                result.problems());
        assertEquals(List.of(2, 4, 6), result.rows().stream().map(VacancySheet.Row::rowNumber).toList());
        assertFalse(result.isClean());
    }

    @Test
    void aWorkbookRowBecomesADraft() {
        VacancyDraft draft = onlyDraft(read(xlsx(List.of(header(), vacancy("Teknisi Listrik Gedung")))));
        assertEquals("Teknisi Listrik Gedung", draft.title());
        assertEquals("7411", draft.occupationCode());
        assertEquals(3, draft.needed());
        assertEquals(LocalDate.of(2026, 3, 2), draft.validFrom());
        assertEquals(LocalDate.of(2026, 4, 30), draft.validUntil());
        assertEquals(20, draft.ageMin());
        assertEquals(40, draft.ageMax());
        assertEquals(SexRequirement.ANY, draft.sex());
        assertEquals("SMK", draft.educationCode());
        assertEquals(List.of("Instalasi listrik", "K3 listrik"), draft.skills());
        assertEquals(2, draft.experienceYears());
        assertEquals(4_600_000L, draft.wageMin());
        assertEquals(5_500_000L, draft.wageMax());
        assertEquals("32.73", draft.workKabKota());
        assertEquals("Jl. Asia Afrika No. 8, Kota Bandung", draft.workAddress());
    }

    @Test
    void columnsAreFoundByEnglishNamesInAnyOrder() {
        Result result = read(xlsx(List.of(
                List.of("Description", "WORK_KAB_KOTA", "valid until", "validFrom", "needed", "Occupation Code",
                        "title", "wageMax", "Skills"),
                List.of("Mengembangkan aplikasi layanan publik.", "3273", "30/04/2026", "02/03/2026", 2d, "2512",
                        "Pengembang Java", "Rp 12.500.000", "Java, SQL, Java"))));

        VacancyDraft draft = onlyDraft(result);
        assertEquals("Pengembang Java", draft.title());
        assertEquals("2512", draft.occupationCode());
        assertEquals("32.73", draft.workKabKota());
        assertEquals(LocalDate.of(2026, 3, 2), draft.validFrom());
        assertEquals(LocalDate.of(2026, 4, 30), draft.validUntil());
        assertEquals(12_500_000L, draft.wageMax());
        assertEquals(List.of("Java", "SQL"), draft.skills());
        assertEquals(SexRequirement.ANY, draft.sex());
    }

    @Test
    void aMissingRequiredColumnIsOneProblemOfTheHeaderRow() {
        List<Object> header = header();
        header.remove("deskripsi");
        header.remove("usia_min"); // optional: may be left out
        Result result = read(xlsx(List.of(header, vacancy("Teknisi"))));
        assertEquals(List.of(problem(1, null, S + "missingColumn", "deskripsi")), result.problems());
        assertEquals(List.of(), result.rows());
    }

    @Test
    void everyMissingRequiredColumnIsNamed() {
        String header = String.join(",", HEADER).replace("kabkota,", "").replace(",deskripsi", "");
        Result result = csv(header + "\r\n" + String.join(",", TEXT_ROW));
        assertEquals(List.of(problem(1, null, S + "missingColumn", "kabkota"),
                problem(1, null, S + "missingColumn", "deskripsi")), result.problems());
    }

    @Test
    void problemsNameTheColumnAsTheFileWritesIt() {
        List<Object> header = header();
        header.set(HEADER.indexOf("kode_kbji"), "Kode KBJI");
        Result result = read(xlsx(List.of(header, vacancyWith("Teknisi", "kode_kbji", "12345"))));
        assertEquals(List.of(problem(2, "Kode KBJI", V + "occupation")), result.problems());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rp 4.500.000|4500000", "Rp4.500.000,-|4500000", "Rp. 4.500.000,00|4500000", "4.500.000|4500000",
            "4,500,000|4500000", "4,500,000.00|4500000", "4500000|4500000", "rp 750.000|750000"})
    void wagesAreReadAsIndonesiansWriteThem(String written, long expected) {
        String file = semicolons(HEADER) + semicolons(textRow("upah_min", written));
        assertEquals(expected, onlyDraft(csv(file)).wageMin());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"4.5 juta", "4,5", "4.500.000,50", "1.000,000", "Rp", "12.50"})
    void otherNumbersAreRefusedNotGuessed(String written) {
        String file = semicolons(HEADER) + semicolons(textRow("upah_min", written));
        assertEquals(List.of(problem(2, "upah_min", S + "number", written)), csv(file).problems());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"30/04/2026", "30-04-2026", "2026-04-30", "30/4/2026",
            "2026-04-30 00:00:00"})
    void datesAreReadDayFirstOrIso(String written) {
        String file = semicolons(HEADER) + semicolons(textRow("berlaku_sampai", written));
        assertEquals(LocalDate.of(2026, 4, 30), onlyDraft(csv(file)).validUntil());
    }

    @Test
    void unreadableCellsAreProblemsOfTheirColumnWithoutARequiredProblemOnTop() {
        List<Object> row = vacancyWith("Teknisi", "jumlah", "sepuluh");
        row.set(HEADER.indexOf("kode_kbji"), 9999d);
        row.set(HEADER.indexOf("berlaku_mulai"), "31/02/2026");
        row.set(HEADER.indexOf("jenis_kelamin"), "X");
        Result result = read(xlsx(List.of(header(), row)));
        assertEquals(List.of(
                problem(2, "kode_kbji", V + "occupation"),
                problem(2, "jumlah", S + "number", "sepuluh"),
                problem(2, "berlaku_mulai", S + "date", "31/02/2026"),
                problem(2, "jenis_kelamin", S + "sex", "X")), result.problems());
    }

    @Test
    void aNumberInADateColumnIsNotTakenForADate() {
        Result result = read(xlsx(List.of(header(), vacancyWith("Teknisi", "berlaku_sampai", 46142d))));
        assertEquals(List.of(problem(2, "berlaku_sampai", S + "date", "46142")), result.problems());
    }

    @Test
    void codesTypedAsNumbersKeepTheirShape() {
        Result result = read(xlsx(List.of(header(),
                vacancyWith("Perwira", "kode_kbji", 111d),
                vacancyWith("Teknisi Bandung", "kabkota", 32.73d),
                vacancyWith("Teknisi Majalengka", "kabkota", 32.1d),
                vacancyWith("Teknisi Kab. Bandung", "kabkota", 3204d))));
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("0111", "7411", "7411", "7411"),
                result.rows().stream().map(r -> r.draft().occupationCode()).toList());
        assertEquals(List.of("32.73", "32.73", "32.10", "32.04"),
                result.rows().stream().map(r -> r.draft().workKabKota()).toList());
    }

    @Test
    void aCsvSavedWithSemicolonsAndAByteOrderMarkIsRead() {
        String text = semicolons(HEADER)
                + semicolons(textRow("deskripsi", "Menjahit, mengobras; dan \"finishing\"\nshift pagi"))
                + semicolons(textRow("judul", "Operator Obras"));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = text.getBytes(UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(body, 0, content, 3, body.length);

        Result result = read(content);
        assertTrue(result.isClean(), result.problems()::toString);
        assertEquals("Teknisi Listrik", result.rows().get(0).draft().title());
        assertEquals("Menjahit, mengobras; dan \"finishing\"\nshift pagi", result.rows().get(0).draft().description());
        // a record spanning two lines is still one row of the spreadsheet
        assertEquals(List.of(2, 3), result.rows().stream().map(VacancySheet.Row::rowNumber).toList());
    }

    @Test
    void aCsvOfWindowsIsRead() {
        String text = semicolons(HEADER) + semicolons(textRow("judul", "Barista Caf\u00e9"));
        VacancyDraft draft = onlyDraft(read(text.getBytes(Charset.forName("windows-1252"))));
        assertEquals("Barista Caf\u00e9", draft.title());
    }

    @Test
    void blankRowsAreSkippedAndRowNumbersStayTheSpreadsheets() {
        List<Object> spaces = Collections.nCopies(HEADER.size(), "  ");
        Result workbook = read(xlsx(List.of(List.of(), header(), vacancy("A"), List.of(), spaces, vacancy("B"))));
        assertTrue(workbook.isClean(), workbook.problems()::toString);
        assertEquals(List.of(3, 6), workbook.rows().stream().map(VacancySheet.Row::rowNumber).toList());

        String text = String.join(",", HEADER) + "\n" + csvLine(TEXT_ROW) + "\n\n,,,\n"
                + csvLine(textRow("judul", "B"));
        Result file = csv(text);
        assertTrue(file.isClean(), file.problems()::toString);
        assertEquals(List.of(2, 5), file.rows().stream().map(VacancySheet.Row::rowNumber).toList());
    }

    @Test
    void aWorkbookOfAStreamingWriterIsRead() throws IOException {
        // SXSSF writes inline strings rather than a shared-strings table
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            List<List<String>> rows = List.of(HEADER, TEXT_ROW);
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < HEADER.size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            workbook.close();
            assertEquals("Teknisi Listrik", onlyDraft(read(out.toByteArray())).title());
        }
    }

    @Test
    void whatIsNotASpreadsheetIsAFormatProblem() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("foto.txt"));
            out.write("bukan lembar kerja".getBytes(UTF_8));
        }
        for (byte[] content : List.of(png, xls, zip.toByteArray(), new byte[] {'P', 'K', 3, 4, 0, 0})) {
            assertEquals(List.of(problem(0, null, S + "format")), read(content).problems());
        }
    }

    @Test
    void aZipBombIsRefusedBeforePoiUnpacksIt() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written <= XlsxRows.MAX_UNPACKED_BYTES; written += zeros.length) {
                out.write(zeros);
            }
        }
        assertTrue(zip.size() < 1024 * 1024, "the test file is a bomb: small packed, large unpacked");
        assertEquals(List.of(problem(0, null, S + "tooLarge", "10")), read(zip.toByteArray()).problems());
    }

    @Test
    void anUploadOverTheSizeLimitIsRefused() throws IOException {
        Result result = VacancySheet.read(new ByteArrayInputStream(new byte[VacancySheet.MAX_BYTES + 1]), RULES);
        assertEquals(List.of(problem(0, null, S + "tooLarge", "10")), result.problems());
    }

    @Test
    void aFileWithoutVacanciesIsEmpty() {
        assertEquals(List.of(problem(0, null, S + "empty")), read(new byte[0]).problems());
        assertEquals(List.of(problem(0, null, S + "empty")), csv(String.join(";", HEADER) + "\n\n").problems());
        assertEquals(List.of(problem(0, null, S + "empty")), read(xlsx(List.of(header()))).problems());
        assertFalse(read(new byte[0]).isClean());
    }

    @Test
    void aThousandRowsAreReadButNotOneMore() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(header());
        IntStream.rangeClosed(1, VacancySheet.MAX_ROWS + 1).forEach(i -> rows.add(vacancy("Teknisi " + i)));
        assertEquals(List.of(problem(0, null, S + "tooManyRows", "1000")), read(xlsx(rows)).problems());

        StringBuilder text = new StringBuilder(String.join(",", HEADER)).append('\n');
        IntStream.rangeClosed(1, VacancySheet.MAX_ROWS).forEach(i -> text.append(csvLine(TEXT_ROW)).append('\n'));
        Result thousand = csv(text.toString());
        assertTrue(thousand.isClean(), thousand.problems()::toString);
        assertEquals(VacancySheet.MAX_ROWS, thousand.rows().size());
        assertEquals(VacancySheet.MAX_ROWS + 1, thousand.rows().get(VacancySheet.MAX_ROWS - 1).rowNumber());

        text.append(csvLine(TEXT_ROW)).append('\n');
        assertEquals(List.of(problem(0, null, S + "tooManyRows", "1000")), csv(text.toString()).problems());
    }
}
