package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The files employers download to fill in: the header, one example vacancy, and what each column means. */
final class VacancyTemplate {

    static final String VACANCY_SHEET = "Lowongan";
    static final String HELP_SHEET = "Petunjuk";
    private static final String BUNDLE = "id.go.jabarprov.disnakertrans.jobinfo.messages";
    /** How long the example stays open: well inside the limit, and what employers commonly choose. */
    private static final int EXAMPLE_OPEN_DAYS = 60;
    /** The description would make its column screen-wide; the cell shows the rest when selected. */
    private static final int MAX_COLUMN_CHARACTERS = 40;

    private VacancyTemplate() {
    }

    static byte[] workbook(Locale locale, LocalDate today) {
        // without this control a request in Indonesian on a server whose default locale is English gets English
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, VacancyTemplate.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            vacancySheet(workbook.createSheet(VACANCY_SHEET), styles, today);
            helpSheet(workbook.createSheet(HELP_SHEET), styles, texts);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
    }

    static String csv(LocalDate today) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (SheetColumn column : SheetColumn.values()) {
                printer.print(column.header());
            }
            printer.println();
            for (Object value : example(today).values()) {
                printer.print(value);
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toString();
    }

    /**
     * A vacancy as a garment maker in Kota Bandung would report it. The wage is kept above Kota Bandung's UMK
     * (about Rp4.5 million in 2025): an example from the manpower office must not offer less than the minimum.
     */
    private static Map<SheetColumn, Object> example(LocalDate today) {
        Map<SheetColumn, Object> v = new EnumMap<>(SheetColumn.class);
        v.put(SheetColumn.TITLE, "Operator Mesin Jahit");
        v.put(SheetColumn.OCCUPATION_CODE, "8153");
        v.put(SheetColumn.NEEDED, 10);
        v.put(SheetColumn.VALID_FROM, today);
        v.put(SheetColumn.VALID_UNTIL, today.plusDays(EXAMPLE_OPEN_DAYS));
        v.put(SheetColumn.AGE_MIN, 18);
        v.put(SheetColumn.AGE_MAX, 35);
        v.put(SheetColumn.SEX, "semua");
        v.put(SheetColumn.EDUCATION_CODE, "SMP");
        v.put(SheetColumn.SKILLS, "Menjahit pakaian jadi; Membaca pola");
        v.put(SheetColumn.EXPERIENCE_YEARS, 1);
        v.put(SheetColumn.WAGE_MIN, 5_000_000L);
        v.put(SheetColumn.WAGE_MAX, 5_500_000L);
        v.put(SheetColumn.WORK_KAB_KOTA, "32.73");
        v.put(SheetColumn.WORK_ADDRESS, "Jl. Soekarno-Hatta No. 590, Kota Bandung");
        v.put(SheetColumn.DESCRIPTION, "Menjahit pakaian jadi sesuai target harian di lini produksi garmen. "
                + "Kerja 5 hari seminggu, 2 shift, terdaftar BPJS Ketenagakerjaan dan BPJS Kesehatan.");
        return v;
    }

    private static void vacancySheet(Sheet sheet, Styles styles, LocalDate today) {
        Row header = sheet.createRow(0);
        Row example = sheet.createRow(1);
        Map<SheetColumn, Object> values = example(today);
        for (SheetColumn column : SheetColumn.values()) {
            int i = column.ordinal();
            header.createCell(i).setCellValue(column.header());
            header.getCell(i).setCellStyle(styles.bold);
            CellStyle style = styles.of(column.kind());
            // the column style formats what the employer types below the example, not only the example
            sheet.setDefaultColumnStyle(i, style);
            Cell cell = example.createCell(i);
            cell.setCellStyle(style);
            Object value = values.get(column);
            if (value instanceof LocalDate date) {
                cell.setCellValue(date);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue((String) value);
            }
            int characters = Math.max(column.header().length(), String.valueOf(value).length());
            sheet.setColumnWidth(i, 256 * (Math.min(characters, MAX_COLUMN_CHARACTERS) + 2));
        }
        sheet.createFreezePane(0, 1);
    }

    private static void helpSheet(Sheet sheet, Styles styles, ResourceBundle texts) {
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue(texts.getString("jobinfo.sheet.help.column"));
        header.createCell(1).setCellValue(texts.getString("jobinfo.sheet.help.meaning"));
        header.getCell(0).setCellStyle(styles.bold);
        header.getCell(1).setCellStyle(styles.bold);
        for (SheetColumn column : SheetColumn.values()) {
            Row row = sheet.createRow(column.ordinal() + 1);
            row.createCell(0).setCellValue(column.header());
            row.createCell(1).setCellValue(texts.getString(column.helpKey()));
            row.getCell(1).setCellStyle(styles.wrapped);
        }
        Row policy = sheet.createRow(SheetColumn.values().length + 2);
        policy.createCell(0).setCellValue(texts.getString("jobinfo.sheet.help.allOrNothing"));
        sheet.setColumnWidth(0, 256 * 20);
        sheet.setColumnWidth(1, 256 * 100);
        sheet.createFreezePane(0, 1);
    }

    /** A workbook may hold only so many styles, so each is made once. */
    private static final class Styles {

        final CellStyle bold;
        final CellStyle wrapped;
        final CellStyle date;
        final CellStyle text;
        final CellStyle rupiah;
        final CellStyle general;

        Styles(XSSFWorkbook workbook) {
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            date = formatted(workbook, "yyyy-mm-dd");
            // codes keep their leading zero and their dot only as text
            text = formatted(workbook, "@");
            rupiah = formatted(workbook, "#,##0");
            general = workbook.createCellStyle();
        }

        private static CellStyle formatted(XSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }

        CellStyle of(SheetColumn.Kind kind) {
            return switch (kind) {
                case DATE -> date;
                case OCCUPATION, KAB_KOTA -> text;
                case RUPIAH -> rupiah;
                default -> general;
            };
        }
    }
}
