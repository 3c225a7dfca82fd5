package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import id.go.jabarprov.disnakertrans.jobinfo.domain.SexRequirement;
import id.go.jabarprov.disnakertrans.jobinfo.domain.VacancyDraft;
import id.go.jabarprov.disnakertrans.jobinfo.domain.VacancyRules;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the vacancies an employer uploads as a spreadsheet: an .xlsx workbook (its first sheet) or a CSV
 * file, told apart by content because file names lie. The first non-blank row is the header; columns are
 * found by name, so their order does not matter.
 *
 * <p>The import is all or nothing: the caller stores the rows only when the result {@link Result#isClean()
 * is clean}, and otherwise shows every problem with {@code jobinfo.sheet.nothingImported}. Storing the good
 * rows alone would leave the employer to find out which rows went in, and a corrected upload would then
 * store those twice.
 */
public final class VacancySheet {

    /** Data rows in one file; larger recruitments are split over several files. */
    public static final int MAX_ROWS = 1000;
    /** The upload itself; a thousand rows of long descriptions stay far below it. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final String FORMAT = "jobinfo.sheet.error.format";
    private static final String TOO_LARGE = "jobinfo.sheet.error.tooLarge";
    private static final String TOO_MANY_ROWS = "jobinfo.sheet.error.tooManyRows";
    private static final String EMPTY = "jobinfo.sheet.error.empty";
    private static final String MISSING_COLUMN = "jobinfo.sheet.error.missingColumn";

    private VacancySheet() {
    }

    /** What a sheet gave: the good rows and every problem, in row and column order. */
    public record Result(List<Row> rows, List<RowProblem> problems) {

        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        /** Nothing wrong and something to store: the only case in which the caller imports. */
        public boolean isClean() {
            return problems.isEmpty() && !rows.isEmpty();
        }

        private static Result refused(int rowNumber, String key, List<String> args) {
            return new Result(List.of(), List.of(new RowProblem(rowNumber, null, key, args)));
        }
    }

    /** @param rowNumber as the spreadsheet program shows it: the header is row 1, the first vacancy row 2 */
    public record Row(int rowNumber, VacancyDraft draft) {
    }

    /**
     * @param rowNumber 0 when the problem is the file as a whole
     * @param column    the header as the file writes it, or null when the problem is not one column's
     * @param args      the message's arguments, such as the text of a cell that could not be read
     */
    public record RowProblem(int rowNumber, String column, String key, List<String> args) {

        public RowProblem {
            args = List.copyOf(args);
        }
    }

    /** Reads at most {@link #MAX_BYTES} of the upload; a longer one is refused without reading the rest. */
    public static Result read(InputStream upload, VacancyRules rules) throws IOException {
        return read(upload.readNBytes(MAX_BYTES + 1), rules);
    }

    public static Result read(byte[] content, VacancyRules rules) {
        if (content.length > MAX_BYTES) {
            return Result.refused(0, TOO_LARGE, List.of(maxMegabytes()));
        }
        Rows collected = new Rows();
        try {
            if (XlsxRows.isZip(content)) {
                XlsxRows.read(content, collected);
            } else if (CsvRows.isText(content)) {
                CsvRows.read(content, collected);
            } else {
                return Result.refused(0, FORMAT, List.of());
            }
        } catch (UnreadableSheet e) {
            return Result.refused(0, e.key(), e.args());
        }
        if (collected.tooMany) {
            return Result.refused(0, TOO_MANY_ROWS, List.of(String.valueOf(MAX_ROWS)));
        }
        if (collected.header == null || collected.data.isEmpty()) {
            return Result.refused(0, EMPTY, List.of());
        }
        SheetHeader header = new SheetHeader(collected.header);
        List<SheetColumn> missing = header.missingRequired();
        if (!missing.isEmpty()) {
            return new Result(List.of(), missing.stream()
                    .map(c -> new RowProblem(header.rowNumber(), null, MISSING_COLUMN, List.of(c.header()))).toList());
        }
        List<Row> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (SheetRow row : collected.data) {
            interpret(row, header, rules, rows, problems);
        }
        return new Result(rows, problems);
    }

    /**
     * An .xlsx template: the sheet "Lowongan" with the header and one example row whose dates start today,
     * and the sheet "Petunjuk" explaining each column in the given language.
     */
    public static byte[] template(Locale locale, LocalDate today) {
        return VacancyTemplate.workbook(locale, today);
    }

    /** The same header and example row as CSV, comma-separated. */
    public static String csvTemplate(LocalDate today) {
        return VacancyTemplate.csv(today);
    }

    static String maxMegabytes() {
        return String.valueOf(MAX_BYTES / (1024 * 1024));
    }

    /** A cell that cannot be read is that cell's problem; the draft's own problems are not piled on it. */
    private static void interpret(SheetRow row, SheetHeader header, VacancyRules rules, List<Row> rows,
            List<RowProblem> problems) {
        Map<SheetColumn, Object> values = new EnumMap<>(SheetColumn.class);
        Map<SheetColumn, RowProblem> unreadable = new EnumMap<>(SheetColumn.class);
        for (SheetColumn column : header.present()) {
            SheetCell cell = row.cell(header.position(column));
            try {
                values.put(column, CellValues.read(column.kind(), cell));
            } catch (UnreadableCell e) {
                unreadable.put(column, new RowProblem(row.number(), header.title(column), e.key(), List.of(e.shown())));
            }
        }
        VacancyDraft draft = draft(values);
        Map<String, String> invalid = draft.problems(rules);
        List<RowProblem> found = new ArrayList<>();
        for (SheetColumn column : SheetColumn.values()) {
            if (unreadable.containsKey(column)) {
                found.add(unreadable.get(column));
            } else if (invalid.containsKey(column.field())) {
                found.add(new RowProblem(row.number(), header.title(column), invalid.get(column.field()), List.of()));
            }
        }
        if (found.isEmpty()) {
            rows.add(new Row(row.number(), draft));
        } else {
            problems.addAll(found);
        }
    }

    @SuppressWarnings("unchecked") // the SKILLS kind reads into a list of strings
    private static VacancyDraft draft(Map<SheetColumn, Object> v) {
        return new VacancyDraft(
                (String) v.get(SheetColumn.TITLE),
                (String) v.get(SheetColumn.OCCUPATION_CODE),
                (Integer) v.get(SheetColumn.NEEDED),
                (LocalDate) v.get(SheetColumn.VALID_FROM),
                (LocalDate) v.get(SheetColumn.VALID_UNTIL),
                (Integer) v.get(SheetColumn.AGE_MIN),
                (Integer) v.get(SheetColumn.AGE_MAX),
                (SexRequirement) v.get(SheetColumn.SEX),
                (String) v.get(SheetColumn.EDUCATION_CODE),
                (List<String>) v.get(SheetColumn.SKILLS),
                (Integer) v.get(SheetColumn.EXPERIENCE_YEARS),
                (Long) v.get(SheetColumn.WAGE_MIN),
                (Long) v.get(SheetColumn.WAGE_MAX),
                (String) v.get(SheetColumn.WORK_KAB_KOTA),
                (String) v.get(SheetColumn.WORK_ADDRESS),
                (String) v.get(SheetColumn.DESCRIPTION));
    }

    /** The header and the non-blank rows after it, stopping one row past the limit. */
    private static final class Rows implements Predicate<SheetRow> {

        private SheetRow header;
        private final List<SheetRow> data = new ArrayList<>();
        private boolean tooMany;

        @Override
        public boolean test(SheetRow row) {
            if (row.isBlank()) {
                return true;
            }
            if (header == null) {
                header = row;
            } else if (data.size() == MAX_ROWS) {
                tooMany = true;
                return false;
            } else {
                data.add(row);
            }
            return true;
        }
    }
}
