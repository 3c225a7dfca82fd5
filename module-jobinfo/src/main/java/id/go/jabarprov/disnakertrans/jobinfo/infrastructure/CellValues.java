package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import id.go.jabarprov.disnakertrans.jobinfo.domain.SexRequirement;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.SheetCell.DateCell;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.SheetCell.NumberCell;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell's value for its column's kind, read the ways people in Indonesia write it. Blank cells are null
 * (an empty skill list), so the draft's own rules decide whether the value was required.
 */
final class CellValues {

    private static final String DATE = "jobinfo.sheet.error.date";
    private static final String NUMBER = "jobinfo.sheet.error.number";
    private static final String SEX = "jobinfo.sheet.error.sex";

    /** Day first, as Indonesian spreadsheets show dates; the ISO form is what the template uses. */
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu")).stream()
            .map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();
    /** A time of day after the date, as database exports write a date column. */
    private static final Pattern TIME_OF_DAY = Pattern.compile("[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");

    /**
     * "Rp 4.500.000", "4,500,000.00", "4500000,-": an optional Rp, thousands grouped by dots or commas, and
     * an optional decimal part with the other separator, which must be zero for a whole number.
     */
    private static final Pattern AMOUNT = Pattern.compile(
            "(-?)(?:rp\\.?)?(\\d{1,3}(?:([.,])\\d{3})(?:\\3\\d{3})*|\\d+)(?:([.,])(\\d{1,2})|[.,]-)?");
    /** More digits than a long can hold without doubt; no count or wage comes near. */
    private static final int MAX_DIGITS = 15;

    private CellValues() {
    }

    static Object read(SheetColumn.Kind kind, SheetCell cell) throws UnreadableCell {
        if (cell.isBlank()) {
            return kind == SheetColumn.Kind.SKILLS ? List.of() : null;
        }
        return switch (kind) {
            case TEXT -> cell.shown();
            case OCCUPATION -> occupationCode(cell);
            case WHOLE -> whole(cell);
            case RUPIAH -> amount(cell);
            case DATE -> date(cell);
            case SEX -> SexRequirement.parse(cell.shown()).orElseThrow(() -> new UnreadableCell(SEX, cell));
            case SKILLS -> Arrays.asList(cell.shown().split("[;,]"));
            case KAB_KOTA -> kabKota(cell);
        };
    }

    /**
     * A spreadsheet program turns the code 0111 into the number 111, and a CSV it saves keeps it so; no unit
     * group has fewer than four digits, so the zeros it dropped are put back.
     */
    private static String occupationCode(SheetCell cell) {
        String code = cell.shown().strip();
        return code.matches("\\d{1,3}") ? "0".repeat(4 - code.length()) + code : code;
    }

    /** "32.73" typed into a cell becomes the number 32.73, and "32.10" becomes 32.1; "3273" is common too. */
    private static String kabKota(SheetCell cell) {
        if (cell instanceof NumberCell number && !number.isWhole()) {
            return String.format(Locale.ROOT, "%.2f", number.value());
        }
        String code = cell.shown().strip();
        return code.matches("\\d{4}") ? code.substring(0, 2) + "." + code.substring(2) : code;
    }

    private static Integer whole(SheetCell cell) throws UnreadableCell {
        long value = amount(cell);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new UnreadableCell(NUMBER, cell);
        }
        return (int) value;
    }

    private static long amount(SheetCell cell) throws UnreadableCell {
        if (cell instanceof NumberCell number) {
            if (number.isWhole() && Math.abs(number.value()) < Math.pow(10, MAX_DIGITS)) {
                return (long) number.value();
            }
            throw new UnreadableCell(NUMBER, cell);
        }
        Matcher m = AMOUNT.matcher(cell.shown().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]", ""));
        boolean sameSeparators = m.matches() && m.group(3) != null && m.group(3).equals(m.group(4));
        if (!m.matches() || sameSeparators || (m.group(5) != null && !m.group(5).matches("0+"))) {
            throw new UnreadableCell(NUMBER, cell);
        }
        String digits = m.group(2).replaceAll("[.,]", "");
        if (digits.length() > MAX_DIGITS) {
            throw new UnreadableCell(NUMBER, cell);
        }
        return Long.parseLong(m.group(1) + digits);
    }

    /** A number in a date column is not taken for a date: the user sees 46082, not the day it stands for. */
    private static LocalDate date(SheetCell cell) throws UnreadableCell {
        if (cell instanceof DateCell date) {
            return date.value();
        }
        if (cell instanceof NumberCell) {
            throw new UnreadableCell(DATE, cell);
        }
        String text = TIME_OF_DAY.matcher(cell.shown().strip()).replaceFirst("");
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        throw new UnreadableCell(DATE, cell);
    }
}
