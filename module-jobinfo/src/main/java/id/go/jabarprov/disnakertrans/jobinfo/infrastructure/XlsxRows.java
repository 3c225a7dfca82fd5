package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.SheetCell.DateCell;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.SheetCell.NumberCell;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.SheetCell.TextCell;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rows of a workbook's first sheet, streamed: a workbook object would hold every row in memory before
 * the row limit could be checked. Before POI sees the file its unpacked size is measured, because a few
 * kilobytes of zip can unpack into gigabytes.
 */
final class XlsxRows {

    private static final String FORMAT = "jobinfo.sheet.error.format";
    private static final String TOO_LARGE = "jobinfo.sheet.error.tooLarge";
    /** Generous for a thousand rows of long descriptions, which unpack to a few megabytes. */
    static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;

    private XlsxRows() {
    }

    static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** Hands each row of the first sheet to the sink until it answers false. */
    static void read(byte[] content, Predicate<SheetRow> sink) throws UnreadableSheet {
        measureUnpacked(content);
        OPCPackage pkg = null;
        Handler handler = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(content));
            XSSFReader reader = new XSSFReader(pkg);
            handler = new Handler(new ReadOnlySharedStringsTable(pkg), reader.getStylesTable(), sink);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableSheet(FORMAT, List.of(), null);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(sheet));
            }
        } catch (UnreadableSheet e) {
            throw e;
        } catch (Exception e) {
            // the sink's stop arrives as an exception too; anything else POI or the parser throws at an
            // untrusted file (checked or not) means it is not a workbook we can read
            if (handler == null || !handler.stopped) {
                throw new UnreadableSheet(FORMAT, List.of(), e);
            }
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    /** Read with the same zip reader POI uses for streams, so what is measured is what POI will unpack. */
    private static void measureUnpacked(byte[] content) throws UnreadableSheet {
        byte[] buffer = new byte[8192];
        long total = 0;
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content))) {
            while (zip.getNextEntry() != null) {
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_UNPACKED_BYTES) {
                        throw new UnreadableSheet(TOO_LARGE, List.of(VacancySheet.maxMegabytes()), null);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableSheet(FORMAT, List.of(), e);
        }
    }

    /** The cells of SpreadsheetML rows: numbers with a date format are dates, strings are looked up. */
    private static final class Handler extends DefaultHandler {

        private final SharedStrings strings;
        private final StylesTable styles;
        private final Predicate<SheetRow> sink;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final StringBuilder text = new StringBuilder();
        private boolean stopped;

        private int rowNumber;
        private Map<Integer, SheetCell> cells = new HashMap<>();
        private int column;
        private String type;
        private int style;
        private boolean collecting;
        private boolean phonetic;

        Handler(SharedStrings strings, StylesTable styles, Predicate<SheetRow> sink) {
            this.strings = strings;
            this.styles = styles;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    // r may be left out, and then the row follows the previous one
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new HashMap<>();
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : new CellReference(r).getCol();
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    text.setLength(0);
                }
                case "v" -> collecting = true;
                case "t" -> collecting = !phonetic;
                case "rPh" -> phonetic = true;
                default -> {
                    // formulas, rich-text run properties and the rest carry nothing we read
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "rPh" -> phonetic = false;
                case "c" -> cells.put(column, cell(text.toString()));
                case "row" -> {
                    if (!sink.test(new SheetRow(rowNumber, cells))) {
                        stopped = true;
                        throw new SAXException("enough rows");
                    }
                }
                default -> {
                    // nothing to finish
                }
            }
        }

        private SheetCell cell(String value) {
            if (type == null || "n".equals(type)) {
                return number(value);
            }
            return switch (type) {
                case "s" -> new TextCell(strings.getItemAt(Integer.parseInt(value.strip())).getString());
                case "b" -> new TextCell("1".equals(value.strip()) ? "TRUE" : "FALSE");
                // strict OOXML writes dates as ISO text
                case "d" -> new TextCell(value.length() > 10 ? value.substring(0, 10) : value);
                default -> new TextCell(value); // inlineStr, str (a formula's text), e (an error such as #N/A)
            };
        }

        private SheetCell number(String value) {
            if (value.isBlank()) {
                return new TextCell("");
            }
            double number;
            try {
                number = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                return new TextCell(value);
            }
            if (isDateStyle(style) && DateUtil.isValidExcelDate(number)) {
                return new DateCell(DateUtil.getLocalDateTime(number).toLocalDate());
            }
            return new NumberCell(number);
        }

        private boolean isDateStyle(int index) {
            if (styles == null || index < 0 || index >= styles.getNumCellStyles()) {
                return false;
            }
            return dateStyles.computeIfAbsent(index, i -> {
                XSSFCellStyle cellStyle = styles.getStyleAt(i);
                return DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            });
        }
    }
}
