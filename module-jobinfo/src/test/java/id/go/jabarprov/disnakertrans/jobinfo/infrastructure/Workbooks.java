package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks built in memory as an employer's spreadsheet program would save them. */
final class Workbooks {

    /** The template's header and values that pass {@code FixedRules}, one vacancy a row. */
    static final List<String> HEADER = List.of("judul", "kode_kbji", "jumlah", "berlaku_mulai", "berlaku_sampai",
            "usia_min", "usia_maks", "jenis_kelamin", "pendidikan_min", "keterampilan", "pengalaman_tahun",
            "upah_min", "upah_maks", "kabkota", "alamat_kerja", "deskripsi");

    private Workbooks() {
    }

    static List<Object> vacancy(String title) {
        return Arrays.asList(title, 7411d, 3d, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 30), 20d, 40d, "L/P",
                "SMK", "Instalasi listrik; K3 listrik", 2d, 4_600_000d, 5_500_000d, "32.73",
                "Jl. Asia Afrika No. 8, Kota Bandung", "Memasang dan merawat instalasi listrik gedung.");
    }

    /**
     * One sheet of the given rows from row 1: dates get a day-first date format, numbers stay numbers,
     * null leaves no cell, and an empty inner list leaves the row out entirely.
     */
    static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Lowongan");
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).isEmpty()) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof LocalDate date) {
                        row.createCell(c).setCellValue(date);
                        row.getCell(c).setCellStyle(dates);
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
