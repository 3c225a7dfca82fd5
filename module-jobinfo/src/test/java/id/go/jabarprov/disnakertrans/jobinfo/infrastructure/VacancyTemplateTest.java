package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import static id.go.jabarprov.disnakertrans.jobinfo.domain.FixedRules.RULES;
import static id.go.jabarprov.disnakertrans.jobinfo.domain.FixedRules.TODAY;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jabarprov.disnakertrans.jobinfo.domain.SexRequirement;
import id.go.jabarprov.disnakertrans.jobinfo.domain.VacancyDraft;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.VacancySheet.Result;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class VacancyTemplateTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static void assertTheExample(Result result) {
        assertTrue(result.isClean(), result.problems()::toString);
        assertEquals(1, result.rows().size());
        assertEquals(2, result.rows().get(0).rowNumber());
        VacancyDraft draft = result.rows().get(0).draft();
        assertEquals("Operator Mesin Jahit", draft.title());
        assertEquals("8153", draft.occupationCode());
        assertEquals(10, draft.needed());
        assertEquals(TODAY, draft.validFrom());
        assertEquals(TODAY.plusDays(60), draft.validUntil());
        assertEquals(SexRequirement.ANY, draft.sex());
        assertEquals("SMP", draft.educationCode());
        assertEquals(List.of("Menjahit pakaian jadi", "Membaca pola"), draft.skills());
        assertEquals(5_000_000L, draft.wageMin());
        assertEquals(5_500_000L, draft.wageMax());
        assertEquals("32.73", draft.workKabKota());
    }

    @Test
    void theWorkbookTemplateReadsBackAsOneCleanRow() {
        assertTheExample(VacancySheet.read(VacancySheet.template(INDONESIAN, TODAY), RULES));
    }

    @Test
    void theCsvTemplateReadsBackAsOneCleanRow() {
        String csv = VacancySheet.csvTemplate(TODAY);
        assertTrue(csv.startsWith(String.join(",", Workbooks.HEADER) + "\r\n"), csv);
        // the description has a comma, so it is quoted
        assertTrue(csv.contains(",\"Menjahit pakaian jadi sesuai target harian"), csv);
        assertTheExample(VacancySheet.read(csv.getBytes(UTF_8), RULES));
    }

    @Test
    void theHeaderIsBoldAndFrozenAndDatesAreIso() throws IOException {
        byte[] template = VacancySheet.template(INDONESIAN, TODAY);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Lowongan", sheet.getSheetName());
            Row header = sheet.getRow(0);
            List<String> written = IntStream.range(0, header.getLastCellNum())
                    .mapToObj(i -> header.getCell(i).getStringCellValue()).toList();
            assertEquals(Workbooks.HEADER, written);
            XSSFFont font = workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex());
            assertTrue(font.getBold());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            int validFrom = Workbooks.HEADER.indexOf("berlaku_mulai");
            assertEquals("yyyy-mm-dd", sheet.getRow(1).getCell(validFrom).getCellStyle().getDataFormatString());
            assertEquals("@", sheet.getRow(1).getCell(Workbooks.HEADER.indexOf("kode_kbji")).getCellStyle()
                    .getDataFormatString());
        }
    }

    @Test
    void theInstructionsExplainEveryColumnInTheReadersLanguage() throws IOException {
        assertInstructions(INDONESIAN, "Kode jabatan 4 angka menurut KBJI 2014", "Keterangan");
        assertInstructions(Locale.ENGLISH, "The 4-digit KBJI 2014 occupation code", "Meaning");
    }

    private static void assertInstructions(Locale locale, String occupationHelp, String meaning) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(VacancySheet.template(locale, TODAY)))) {
            Sheet help = workbook.getSheet("Petunjuk");
            assertEquals(1, workbook.getSheetIndex(help));
            assertEquals(meaning, help.getRow(0).getCell(1).getStringCellValue());
            for (int i = 0; i < Workbooks.HEADER.size(); i++) {
                Row line = help.getRow(i + 1);
                assertEquals(Workbooks.HEADER.get(i), line.getCell(0).getStringCellValue());
                assertFalse(line.getCell(1).getStringCellValue().isBlank());
            }
            assertTrue(help.getRow(2).getCell(1).getStringCellValue().startsWith(occupationHelp));
        }
    }
}
