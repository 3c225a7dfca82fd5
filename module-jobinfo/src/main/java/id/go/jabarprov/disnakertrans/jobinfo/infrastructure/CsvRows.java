package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.SheetCell.TextCell;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV file. Spreadsheet programs in Indonesia save with ";" where the decimal separator is a
 * comma and with "," elsewhere, in UTF-8 with or without a byte-order mark, or in the Windows code page.
 */
final class CsvRows {

    private static final String FORMAT = "jobinfo.sheet.error.format";
    /** What "CSV (comma delimited)" of Excel on Windows writes instead of UTF-8. */
    private static final Charset WINDOWS = Charset.forName("windows-1252");

    private CsvRows() {
    }

    /** Text has no control characters but tab, line breaks and form feed; images and .xls files do. */
    static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    /** Hands each record to the sink until it answers false; a record is a row as the spreadsheet shows it. */
    static void read(byte[] content, Predicate<SheetRow> sink) throws UnreadableSheet {
        String text = decode(content);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(text))
                // an empty line is a row in the spreadsheet program, and row numbers must match what it shows
                .setIgnoreEmptyLines(false)
                .get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                Map<Integer, SheetCell> cells = new HashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    cells.put(i, new TextCell(record.get(i)));
                }
                if (!sink.test(new SheetRow(Math.toIntExact(record.getRecordNumber()), cells))) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unclosed quote and the like arrive unchecked from the record iterator
            throw new UnreadableSheet(FORMAT, List.of(), e);
        }
    }

    private static String decode(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            text = new String(content, WINDOWS);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Decided by the header line, whose names contain neither separator. */
    private static char delimiter(String text) {
        String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
