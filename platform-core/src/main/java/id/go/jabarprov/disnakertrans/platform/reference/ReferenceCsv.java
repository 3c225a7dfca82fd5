package id.go.jabarprov.disnakertrans.platform.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reference CSV file: RFC 4180 (comma separator, optional double quotes, {@code ""} for a quote
 * inside quotes), UTF-8, with a header row. Every value is kept as text, so codes such as
 * {@code 0111} keep their leading zeros.
 *
 * <p>The reader is deliberately strict: these files are loaded once into a database that the whole
 * portal relies on, so a malformed line must stop the migration with its file and line number rather
 * than load a shifted or truncated row.
 */
final class ReferenceCsv {

    /** Classpath folder of the shipped files; the same folder holds their SOURCES.md. */
    static final String RESOURCE_FOLDER = "/reference-data/";

    private final String source;
    private final List<String> header;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private ReferenceCsv(String source, List<String> header) {
        this.source = source;
        this.header = List.copyOf(header);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (index.put(header.get(i), i) != null) {
                throw new IllegalArgumentException(source + ": duplicate column '" + header.get(i) + "'");
            }
        }
        this.columns = Collections.unmodifiableMap(index);
        this.rows = new ArrayList<>();
    }

    /** Reads {@code /reference-data/<fileName>} from the classpath of this class. */
    static ReferenceCsv load(String fileName) {
        String resource = RESOURCE_FOLDER + fileName;
        // The class's own loader, not the context loader: in the application server this jar sits in
        // WEB-INF/lib next to the files, whatever thread happens to run Flyway.
        try (InputStream in = ReferenceCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Reference data file not on the classpath: " + resource);
            }
            return parse(resource, decodeUtf8(resource, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** Parses CSV text; {@code source} only names the input in error messages. */
    static ReferenceCsv parse(String source, String text) {
        List<Record> records = new Parser(source, text).records();
        if (records.isEmpty()) {
            throw new IllegalArgumentException(source + ": no header row");
        }
        List<String> header = records.get(0).fields;
        ReferenceCsv csv = new ReferenceCsv(source, header);
        for (Record record : records.subList(1, records.size())) {
            if (record.fields.size() != header.size()) {
                throw new IllegalArgumentException(source + ":" + record.line + ": expected " + header.size()
                        + " fields, found " + record.fields.size());
            }
            csv.rows.add(csv.new Row(record.line, record.fields));
        }
        return csv;
    }

    private static String decodeUtf8(String source, byte[] bytes) {
        // A lenient decoder would silently turn a mis-encoded name into U+FFFD and store it for good.
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(source + ": not valid UTF-8", e);
        }
    }

    String source() {
        return source;
    }

    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** One data row; {@link #line()} is the physical line it starts on, for error messages. */
    final class Row {

        private final int line;
        private final List<String> values;

        private Row(int line, List<String> values) {
            this.line = line;
            this.values = List.copyOf(values);
        }

        int line() {
            return line;
        }

        List<String> values() {
            return values;
        }

        /** The value of a column, as text; empty when the field is empty. */
        String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalArgumentException(source + ": no column '" + column + "' in " + header);
            }
            return values.get(index);
        }

        /** The value of a column, with an empty field read as SQL null. */
        String nullable(String column) {
            String value = get(column);
            return value.isEmpty() ? null : value;
        }

        /** A column that must not be empty. */
        String required(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                throw error("empty " + column);
            }
            return value;
        }

        /** A column whose value must be one of {@code allowed}, because code branches on it. */
        String oneOf(String column, Set<String> allowed) {
            String value = get(column);
            if (!allowed.contains(value)) {
                throw error(column + " '" + value + "' is not one of " + allowed);
            }
            return value;
        }

        short smallint(String column) {
            String value = get(column);
            try {
                return Short.parseShort(value);
            } catch (NumberFormatException e) {
                throw error(column + " '" + value + "' is not a small integer");
            }
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(source + ":" + line + ": " + message);
        }
    }

    private record Record(int line, List<String> fields) {
    }

    /** RFC 4180 state machine over the whole text; the files are small enough to hold in memory. */
    private static final class Parser {

        private final String source;
        private final String text;
        private final int length;
        private int pos;
        private int line = 1;

        Parser(String source, String text) {
            this.source = source;
            this.text = text;
            this.length = text.length();
            // A byte order mark would otherwise become part of the first column's name.
            this.pos = text.startsWith("\uFEFF") ? 1 : 0;
        }

        List<Record> records() {
            List<Record> records = new ArrayList<>();
            // A final line break ends the last record; it does not start an empty one.
            while (pos < length) {
                records.add(record());
            }
            return records;
        }

        private Record record() {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            while (true) {
                fields.add(pos < length && text.charAt(pos) == '"' ? quotedField() : plainField());
                if (pos >= length) {
                    return new Record(startLine, fields);
                }
                if (text.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                // Only a line break can follow a field here; CRLF is accepted so that a checkout
                // with converted line endings still loads.
                pos += text.charAt(pos) == '\r' ? 2 : 1;
                line++;
                return new Record(startLine, fields);
            }
        }

        private String quotedField() {
            int openLine = line;
            StringBuilder value = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= length) {
                    throw new IllegalArgumentException(source + ":" + openLine + ": unterminated quoted field");
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    if (pos < length && text.charAt(pos) == '"') {
                        value.append('"');
                        pos++;
                    } else {
                        break;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    value.append(c);
                }
            }
            if (pos < length && !atSeparator()) {
                throw new IllegalArgumentException(source + ":" + line + ": text after a closing quote");
            }
            return value.toString();
        }

        private String plainField() {
            int start = pos;
            while (pos < length && !atSeparator()) {
                char c = text.charAt(pos);
                // A quote or lone CR here means the file was written by something that is not RFC 4180;
                // guessing what it meant could shift columns.
                if (c == '"') {
                    throw new IllegalArgumentException(source + ":" + line + ": quote inside an unquoted field");
                }
                if (c == '\r') {
                    throw new IllegalArgumentException(source + ":" + line + ": carriage return without line feed");
                }
                pos++;
            }
            return text.substring(start, pos);
        }

        private boolean atSeparator() {
            char c = text.charAt(pos);
            return c == ',' || c == '\n' || (c == '\r' && pos + 1 < length && text.charAt(pos + 1) == '\n');
        }
    }
}
