package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.Ak1Card.Education;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.Ak1Card.Report;
import id.go.jabarprov.disnakertrans.platform.verification.QrCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The AK/1 card as a PDF: both sides on one A4 portrait page, the front above the back, each side twice the
 * size of an ID-1 card so it stays readable. The two sides share an edge: the office cuts along the dashed
 * line around both and folds on the shared edge (the back then reads upright when the card is turned over
 * top to bottom), then laminates.
 *
 * <p>Layout: every text is wrapped and measured here, line by line, with the font's own glyph widths, and each
 * labelled value only gets the lines left in its side's fixed area; whatever does not fit is cut and ends
 * in "…". Flowing elements (a PdfPTable in a ColumnText) would either drop whole rows that do not fit or need
 * a second pass to learn what was dropped; measuring first means a long address or twelve skills can never
 * push text past the card frame, onto the other side or onto a second page, and the last rows (skills,
 * validity, signature) are always printed.
 *
 * <p>Only the standard Helvetica is used (not embedded, WinAnsi), which covers Indonesian. The labels are the
 * fixed Indonesian text of the form, read from the module's bundle whatever language the officer uses.
 * The NIK is printed but never logged.
 */
public final class Ak1CardPdf {

    private static final Logger LOG = Logger.getLogger(Ak1CardPdf.class.getName());

    static final String BUNDLE = "id.go.jabarprov.disnakertrans.jobinfo.messages";
    /**
     * Indonesian is the base bundle ({@code messages.properties}); without this control a JVM running in
     * English would fall back to {@code messages_en} for the locale "id", which has no bundle of its own.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

    static final String ELLIPSIS = "\u2026";
    private static final String BULLET = "\u2022 ";
    private static final String NONE = "-";
    /** No text this long fits in any box of the card: longer input is cut before it is measured. */
    private static final int MAX_CHARS = 1_000;

    private static final BaseFont REGULAR = font(BaseFont.HELVETICA);
    private static final BaseFont BOLD = font(BaseFont.HELVETICA_BOLD);

    // Geometry, in points (1/72 inch), PDF's origin at the lower-left corner of the page.
    private static final float MM = 72f / 25.4f;
    static final Rectangle PAGE = PageSize.A4;
    /** Twice ID-1 (85.60 x 53.98 mm). */
    static final float CARD_WIDTH = 2 * 85.60f * MM;
    static final float CARD_HEIGHT = 2 * 53.98f * MM;
    static final float CARD_LEFT = (PAGE.getWidth() - CARD_WIDTH) / 2;
    static final float FRONT_BOTTOM = PAGE.getHeight() - 56 - CARD_HEIGHT;
    static final float BACK_BOTTOM = FRONT_BOTTOM - CARD_HEIGHT;
    /** The dashed cut line runs this far outside the card frame, so the printed frame survives the scissors. */
    private static final float CUT = 4;
    private static final float PADDING = 9;
    /** The fold marks in the page margin, short enough to stay clear of a printer's unprintable border. */
    private static final float FOLD_MARK = 26;

    // Front: the photo and QR code on the left, the labelled values and the signature on the right.
    private static final float HEADER = 44;
    private static final float PHOTO_WIDTH = 72;
    private static final float PHOTO_HEIGHT = 96;
    private static final float QR_SIZE = 70;
    /** The label column is as wide as its longest label, but never wider than this. */
    private static final float MAX_LABEL_WIDTH = 100;
    private static final float VALUE_SIZE = 7.5f;
    private static final float VALUE_LEADING = 9;
    private static final float ROW_GAP = 1.2f;
    private static final float FOOTER = 62;
    private static final float SIGNATURE_WIDTH = 160;

    // Back: four report boxes in a row, then the notes for the holder.
    private static final float BOX_HEIGHT = 118;
    private static final float BOX_GAP = 6;
    private static final float NOTE_SIZE = 6.8f;
    private static final float NOTE_LEADING = 8.2f;
    private static final float NOTE_INDENT = 9;

    private final Ak1Card card;
    private final PdfContentByte canvas;
    private final ResourceBundle bundle;

    private Ak1CardPdf(Ak1Card card, PdfContentByte canvas, ResourceBundle bundle) {
        this.card = card;
        this.canvas = canvas;
        this.bundle = bundle;
    }

    /** The card's PDF: one A4 page, titled "AK/1 &lt;number&gt;", authored by "Disnaker &lt;office&gt;". */
    public static byte[] render(Ak1Card card) {
        long started = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PAGE, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("AK/1 " + card.number());
        document.addAuthor("Disnaker " + card.officeName());
        document.open();
        Ak1CardPdf pdf = new Ak1CardPdf(card, writer.getDirectContent(), labels());
        pdf.cutAndFoldLines();
        pdf.front(frame(FRONT_BOTTOM));
        pdf.back(frame(BACK_BOTTOM));
        document.close();
        byte[] bytes = out.toByteArray();
        LOG.fine(() -> String.format("AK/1 %s: PDF of %d bytes rendered in %d ms", card.number(), bytes.length,
                (System.nanoTime() - started) / 1_000_000));
        return bytes;
    }

    /** The fixed labels of the form, always in Bahasa Indonesia (the base bundle). */
    static ResourceBundle labels() {
        return ResourceBundle.getBundle(BUNDLE, INDONESIAN, Ak1CardPdf.class.getClassLoader(), NO_FALLBACK);
    }

    /** One side of the card: where its frame lies on the page. */
    static Rectangle frame(float bottom) {
        return new Rectangle(CARD_LEFT, bottom, CARD_LEFT + CARD_WIDTH, bottom + CARD_HEIGHT);
    }

    // ---------------------------------------------------------------- front

    private void front(Rectangle side) {
        border(side);
        header(side, label("jobinfo.ak1.office", card.officeName().toUpperCase(INDONESIAN)), 10.5f,
                label("jobinfo.ak1.title"), 8.5f);

        float top = side.getTop() - HEADER;
        float left = side.getLeft() + PADDING;
        photo(left, top - PHOTO_HEIGHT, PHOTO_WIDTH, PHOTO_HEIGHT);
        float qrBottom = top - PHOTO_HEIGHT - 6 - QR_SIZE;
        QrCodes.draw(canvas, card.verificationUrl(), left + (PHOTO_WIDTH - QR_SIZE) / 2, qrBottom, QR_SIZE);
        centered(label("jobinfo.ak1.verificationCode"), REGULAR, 5.5f, left + PHOTO_WIDTH / 2, qrBottom - 6, PHOTO_WIDTH);
        centered(card.verificationCode(), BOLD, 6.5f, left + PHOTO_WIDTH / 2, qrBottom - 13, PHOTO_WIDTH);

        float x = left + PHOTO_WIDTH + 10;
        float width = side.getRight() - PADDING - x;
        float bottom = side.getBottom() + PADDING;
        float labelWidth = labelWidth(VALUE_SIZE, "jobinfo.ak1.number", "jobinfo.ak1.nik", "jobinfo.ak1.name", "jobinfo.ak1.birth",
                "jobinfo.ak1.sex", "jobinfo.ak1.maritalStatus", "jobinfo.ak1.religion", "jobinfo.ak1.address",
                "jobinfo.ak1.education.formal", "jobinfo.ak1.education.nonFormal", "jobinfo.ak1.skills");
        float valueX = x + labelWidth + 8;
        float valueWidth = side.getRight() - PADDING - valueX;
        List<Field> fields = new ArrayList<>();
        fields.add(Field.text(label("jobinfo.ak1.number"), card.number(), BOLD, 8, valueWidth, 1));
        fields.add(Field.text(label("jobinfo.ak1.nik"), card.nik(), REGULAR, VALUE_SIZE, valueWidth, 1));
        fields.add(Field.text(label("jobinfo.ak1.name"), card.name(), BOLD, VALUE_SIZE, valueWidth, 2));
        fields.add(Field.text(label("jobinfo.ak1.birth"), birth(), REGULAR, VALUE_SIZE, valueWidth, 2));
        fields.add(Field.text(label("jobinfo.ak1.sex"), card.sex(), REGULAR, VALUE_SIZE, valueWidth, 1));
        fields.add(Field.text(label("jobinfo.ak1.maritalStatus"), card.maritalStatus(), REGULAR, VALUE_SIZE, valueWidth, 1));
        fields.add(Field.text(label("jobinfo.ak1.religion"), card.religion(), REGULAR, VALUE_SIZE, valueWidth, 1));
        fields.add(Field.text(label("jobinfo.ak1.address"), card.address(), REGULAR, VALUE_SIZE, valueWidth, 4));
        fields.add(Field.list(label("jobinfo.ak1.education.formal"), educations(Education.Kind.FORMAL), REGULAR, VALUE_SIZE,
                valueWidth));
        fields.add(Field.list(label("jobinfo.ak1.education.nonFormal"), educations(Education.Kind.NONFORMAL), REGULAR,
                VALUE_SIZE, valueWidth));
        fields.add(Field.text(label("jobinfo.ak1.skills"), String.join(", ", card.skills()), REGULAR, VALUE_SIZE, valueWidth,
                Integer.MAX_VALUE));
        float rowsBottom = bottom + FOOTER + 4;
        rows(fields, x, valueX, top, top - rowsBottom, VALUE_LEADING, labelWidth);

        // validity on the left of the footer, the officer's signature on the right
        float footerTop = bottom + FOOTER;
        String validity = label("jobinfo.ak1.validUntil") + " " + date(card.validUntil());
        show(fit(validity, BOLD, 8, width - SIGNATURE_WIDTH - 8), BOLD, 8, x, footerTop - 16);
        float center = side.getRight() - PADDING - SIGNATURE_WIDTH / 2;
        centered(label("jobinfo.ak1.placeAndDate", card.officeName(), date(card.issuedOn())), REGULAR, VALUE_SIZE, center,
                footerTop - 8, SIGNATURE_WIDTH);
        centered(label("jobinfo.ak1.officer"), REGULAR, VALUE_SIZE, center, footerTop - 17, SIGNATURE_WIDTH);
        String officer = fit(orNone(card.officerName()), BOLD, VALUE_SIZE, SIGNATURE_WIDTH);
        centered(officer, BOLD, VALUE_SIZE, center, bottom + 12, SIGNATURE_WIDTH);
        float underline = BOLD.getWidthPoint(officer, VALUE_SIZE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(center - underline / 2, bottom + 10.5f);
        canvas.lineTo(center + underline / 2, bottom + 10.5f);
        canvas.stroke();
        centered(label("jobinfo.ak1.nip", orNone(card.officerNip())), REGULAR, VALUE_SIZE, center, bottom + 3, SIGNATURE_WIDTH);
    }

    private float labelWidth(float size, String... keys) {
        float widest = 0;
        for (String key : keys) {
            widest = Math.max(widest, REGULAR.getWidthPoint(label(key), size));
        }
        return Math.min(widest, MAX_LABEL_WIDTH);
    }

    private String birth() {
        String place = card.birthPlace() == null || card.birthPlace().isBlank() ? NONE : card.birthPlace().strip();
        return place + ", " + (card.birthDate() == null ? NONE : date(card.birthDate()));
    }

    private List<String> educations(Education.Kind kind) {
        return card.educations().stream().filter(e -> e.kind() == kind).map(Education::text).collect(Collectors.toList());
    }

    private void photo(float x, float y, float width, float height) {
        canvas.setLineWidth(0.5f);
        canvas.rectangle(x, y, width, height);
        canvas.stroke();
        if (card.hasPhoto()) {
            try {
                Image image = Image.getInstance(card.photoBytes());
                image.scaleToFit(width - 1, height - 1);
                image.setAbsolutePosition(x + (width - image.getScaledWidth()) / 2, y + (height - image.getScaledHeight()) / 2);
                canvas.addImage(image);
                return;
            } catch (IOException | RuntimeException e) {
                // a corrupt upload must not stop the card from being issued
                LOG.warning(() -> "AK/1 " + card.number() + ": the photo cannot be read as an image (" + e.getMessage()
                        + "), the card is printed with an empty photo frame");
            }
        }
        centered(label("jobinfo.ak1.photo"), REGULAR, 6.5f, x + width / 2, y + height / 2 - 2, width);
    }

    // ---------------------------------------------------------------- back

    private void back(Rectangle side) {
        border(side);
        header(side, label("jobinfo.ak1.back.title"), 11, label("jobinfo.ak1.back.holder", card.number(), card.name()), 7);

        float top = side.getTop() - HEADER + 3;
        float left = side.getLeft() + PADDING;
        float boxWidth = (side.getWidth() - 2 * PADDING - (Ak1Card.MAX_REPORTS - 1) * BOX_GAP) / Ak1Card.MAX_REPORTS;
        for (int i = 0; i < Ak1Card.MAX_REPORTS; i++) {
            Report report = i < card.reports().size() ? card.reports().get(i) : null;
            reportBox(i + 1, report, left + i * (boxWidth + BOX_GAP), top, boxWidth);
        }

        float notesTop = top - BOX_HEIGHT - 8;
        show(label("jobinfo.ak1.notes"), BOLD, 8, left, notesTop - 8);
        String url = card.verificationUrl();
        List<String> notes = List.of(
                label("jobinfo.ak1.note.report"),
                label("jobinfo.ak1.note.renewal"),
                label("jobinfo.ak1.note.apply"),
                label("jobinfo.ak1.note.placed", card.officeName()),
                label("jobinfo.ak1.note.verify", url, card.verificationCode()));
        float textWidth = side.getWidth() - 2 * PADDING - NOTE_INDENT;
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            fields.add(Field.text((i + 1) + ".", notes.get(i), REGULAR, NOTE_SIZE, textWidth, Integer.MAX_VALUE));
        }
        float notesBottom = side.getBottom() + PADDING;
        rows(fields, left, left + NOTE_INDENT, notesTop - 12, notesTop - 12 - notesBottom, NOTE_LEADING, NOTE_INDENT);
    }

    /** One box for a six-monthly report: filled in when the report is already on record, blank to be filled by hand. */
    private void reportBox(int n, Report report, float x, float top, float width) {
        canvas.setLineWidth(0.6f);
        canvas.rectangle(x, top - BOX_HEIGHT, width, BOX_HEIGHT);
        canvas.stroke();
        canvas.saveState();
        canvas.setGrayFill(0.88f);
        canvas.rectangle(x, top - 13, width, 13);
        canvas.fill();
        canvas.restoreState();
        canvas.setLineWidth(0.4f);
        canvas.moveTo(x, top - 13);
        canvas.lineTo(x + width, top - 13);
        canvas.stroke();
        float inner = width - 8;
        centered(label("jobinfo.ak1.report", n), BOLD, 7.5f, x + width / 2, top - 9.5f, inner);
        float textX = x + 4;
        show(fit(label("jobinfo.ak1.report.date"), REGULAR, 6.3f, inner), REGULAR, 6.3f, textX, top - 22);
        valueOrBlank(report == null ? null : report.reportedOn(), BOLD, 7.5f, textX, top - 32, inner, 1);
        show(fit(label("jobinfo.ak1.report.officer"), REGULAR, 6.3f, inner), REGULAR, 6.3f, textX, top - 44);
        valueOrBlank(report == null ? null : report.officer(), REGULAR, 7, textX, top - 53, inner, 2);
        show(fit(label("jobinfo.ak1.report.initials"), REGULAR, 6.3f, inner), REGULAR, 6.3f, textX, top - 72);
    }

    /** A value of a report box, or a dotted line to write on. */
    private void valueOrBlank(String value, BaseFont font, float size, float x, float baseline, float width, int maxLines) {
        if (value == null || value.isBlank()) {
            canvas.saveState();
            canvas.setLineWidth(0.4f);
            canvas.setLineDash(0.8f, 1.6f, 0);
            canvas.moveTo(x, baseline - 1);
            canvas.lineTo(x + width, baseline - 1);
            canvas.stroke();
            canvas.restoreState();
            return;
        }
        float y = baseline;
        for (Line line : Field.text("", value, font, size, width, maxLines).shown(maxLines)) {
            show(line.text(), font, size, x, y);
            y -= size + 1.3f;
        }
    }

    // ---------------------------------------------------------------- both sides

    private void border(Rectangle side) {
        canvas.setLineWidth(0.8f);
        canvas.rectangle(side.getLeft(), side.getBottom(), side.getWidth(), side.getHeight());
        canvas.stroke();
    }

    /** Two centred header lines, each shrunk to the card's width if need be, and the double rule under them. */
    private void header(Rectangle side, String first, float firstSize, String second, float secondSize) {
        float center = side.getLeft() + side.getWidth() / 2;
        float width = side.getWidth() - 2 * PADDING;
        float size = fitSize(first, BOLD, firstSize, 7, width);
        centered(first, BOLD, size, center, side.getTop() - 17, width);
        float subSize = fitSize(second, BOLD, secondSize, 6, width);
        centered(second, BOLD, subSize, center, side.getTop() - 29, width);
        canvas.setLineWidth(1.2f);
        canvas.moveTo(side.getLeft() + PADDING, side.getTop() - 35);
        canvas.lineTo(side.getRight() - PADDING, side.getTop() - 35);
        canvas.stroke();
        canvas.setLineWidth(0.4f);
        canvas.moveTo(side.getLeft() + PADDING, side.getTop() - 37);
        canvas.lineTo(side.getRight() - PADDING, side.getTop() - 37);
        canvas.stroke();
    }

    /**
     * Labelled rows in a fixed area: every row gets one line, then the lines left over go one at a time to
     * the rows that need more, in turn, so one very long value cannot starve the rows after it.
     */
    private void rows(List<Field> fields, float labelX, float valueX, float top, float height, float leading, float labelWidth) {
        int budget = (int) Math.floor((height - (fields.size() - 1) * ROW_GAP) / leading);
        int[] lines = allot(fields, budget);
        float y = top - leading + 1.5f;
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            if (!field.label().isEmpty()) {
                show(fit(field.label(), REGULAR, field.size(), labelWidth), REGULAR, field.size(), labelX, y);
                if (labelWidth > NOTE_INDENT) {
                    show(":", REGULAR, field.size(), valueX - 5, y);
                }
            }
            for (Line line : field.shown(lines[i])) {
                show(line.text(), field.font(), field.size(), valueX + line.indent(), y);
                y -= leading;
            }
            y -= ROW_GAP;
        }
    }

    /** How many lines each field shows when {@code budget} lines are shared out (at least one each). */
    static int[] allot(List<Field> fields, int budget) {
        int[] lines = new int[fields.size()];
        int left = budget - fields.size();
        Arrays.fill(lines, 1);
        boolean grew = true;
        while (left > 0 && grew) {
            grew = false;
            for (int i = 0; i < fields.size() && left > 0; i++) {
                if (lines[i] < fields.get(i).wanted()) {
                    lines[i]++;
                    left--;
                    grew = true;
                }
            }
        }
        return lines;
    }

    private void cutAndFoldLines() {
        canvas.saveState();
        canvas.setLineWidth(0.5f);
        canvas.setGrayStroke(0.3f);
        canvas.setLineDash(4, 3, 0);
        canvas.rectangle(CARD_LEFT - CUT, BACK_BOTTOM - CUT, CARD_WIDTH + 2 * CUT, 2 * CARD_HEIGHT + 2 * CUT);
        canvas.stroke();
        // the fold runs along the edge both sides share; mark it outside the cut line on both sides
        canvas.setLineDash(6, 2, 1);
        float left = CARD_LEFT - CUT;
        float right = CARD_LEFT + CARD_WIDTH + CUT;
        canvas.moveTo(left - FOLD_MARK - 3, FRONT_BOTTOM);
        canvas.lineTo(left - 3, FRONT_BOTTOM);
        canvas.moveTo(right + 3, FRONT_BOTTOM);
        canvas.lineTo(right + 3 + FOLD_MARK, FRONT_BOTTOM);
        canvas.stroke();
        canvas.restoreState();
        String fold = fit(label("jobinfo.ak1.fold"), REGULAR, 5.5f, FOLD_MARK);
        show(fold, REGULAR, 5.5f, left - FOLD_MARK - 3, FRONT_BOTTOM + 2);
        show(fold, REGULAR, 5.5f, right + 3, FRONT_BOTTOM + 2);
        centered(label("jobinfo.ak1.cut"), REGULAR, 7, PAGE.getWidth() / 2, BACK_BOTTOM - CUT - 14, CARD_WIDTH);
    }

    // ---------------------------------------------------------------- text

    private void show(String text, BaseFont font, float size, float x, float baseline) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.showTextAligned(Element.ALIGN_LEFT, text, x, baseline, 0);
        canvas.endText();
    }

    /** One line centred on {@code center}, cut with "…" to {@code width}. */
    private void centered(String text, BaseFont font, float size, float center, float baseline, float width) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.showTextAligned(Element.ALIGN_CENTER, fit(text, font, size, width), center, baseline, 0);
        canvas.endText();
    }

    private String label(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, INDONESIAN).format(args);
    }

    private static String date(LocalDate date) {
        return date.format(LONG_DATE);
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? NONE : text;
    }

    /** The largest size from {@code max} down to {@code min} at which the text fits on one line. */
    static float fitSize(String text, BaseFont font, float max, float min, float width) {
        float size = max;
        while (size > min && font.getWidthPoint(text, size) > width) {
            size -= 0.25f;
        }
        return size;
    }

    /** The text on one line of {@code width}, cut with "…" if it is wider. */
    static String fit(String text, BaseFont font, float size, float width) {
        String line = clean(text);
        return font.getWidthPoint(line, size) <= width ? line : ellipsize(line, font, size, width);
    }

    /** The line shortened until it and a trailing "…" fit in {@code width}. */
    static String ellipsize(String line, BaseFont font, float size, float width) {
        String cut = line.length() > MAX_CHARS ? line.substring(0, MAX_CHARS) : line;
        cut = stripEnd(cut);
        while (!cut.isEmpty() && font.getWidthPoint(cut + ELLIPSIS, size) > width) {
            cut = stripEnd(cut.substring(0, cut.length() - 1));
        }
        return cut + ELLIPSIS;
    }

    /** Without trailing spaces and list punctuation, which would read oddly before "…". */
    private static String stripEnd(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || ",;:".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }

    /** White space (new lines from a text area included) as single spaces. */
    static String clean(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /**
     * Greedy word wrap with the font's glyph widths; a word wider than the line is broken. Stops after
     * {@code limit} lines; the caller sees from {@code lines.size() > shown} that something was cut.
     */
    static List<String> wrap(String text, BaseFont font, float size, float width, int limit) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            if (lines.size() >= limit) {
                break;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getWidthPoint(candidate, size) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = word;
            while (font.getWidthPoint(line, size) > width && lines.size() < limit) {
                int end = line.length() - 1;
                while (end > 1 && font.getWidthPoint(line.substring(0, end), size) > width) {
                    end--;
                }
                lines.add(line.substring(0, end));
                line = line.substring(end);
            }
        }
        if (!line.isEmpty() && lines.size() < limit) {
            lines.add(line);
        }
        if (lines.isEmpty()) {
            lines.add(NONE);
        }
        return lines;
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One printed line of a value, indented under a bullet when it continues a list item. */
    record Line(String text, float indent) {
    }

    /**
     * A labelled value wrapped into all the lines it would take (up to a cap), of which the layout shows as
     * many as it has room for; the last shown line ends in "…" when lines are left out or the value was cut.
     */
    record Field(String label, BaseFont font, float size, float width, List<Line> lines, boolean cut, int cap) {

        /** A few lines more than any area of the card holds, so an absurdly long value is not wrapped in full. */
        private static final int MAX_LINES = 40;

        static Field text(String label, String value, BaseFont font, float size, float width, int cap) {
            String text = clean(value);
            boolean cut = text.length() > MAX_CHARS;
            if (cut) {
                text = text.substring(0, MAX_CHARS);
            }
            if (text.isEmpty()) {
                text = NONE;
            }
            int limit = Math.min(cap, MAX_LINES);
            List<String> wrapped = wrap(text, font, size, width, limit + 1);
            List<Line> lines = wrapped.stream().map(l -> new Line(l, 0)).collect(Collectors.toList());
            return new Field(label, font, size, width, lines, cut, limit);
        }

        /** List items one under another, behind bullets when there are several. */
        static Field list(String label, List<String> items, BaseFont font, float size, float width) {
            if (items.size() <= 1) {
                return text(label, items.isEmpty() ? null : items.get(0), font, size, width, Integer.MAX_VALUE);
            }
            float indent = font.getWidthPoint(BULLET, size);
            List<Line> lines = new ArrayList<>();
            boolean cut = false;
            for (String item : items) {
                if (lines.size() > MAX_LINES) {
                    cut = true;
                    break;
                }
                String text = clean(item);
                if (text.length() > MAX_CHARS) {
                    text = text.substring(0, MAX_CHARS);
                    cut = true;
                }
                List<String> wrapped = wrap(text.isEmpty() ? NONE : text, font, size, width - indent, MAX_LINES + 1);
                lines.add(new Line(BULLET + wrapped.get(0), 0));
                for (String more : wrapped.subList(1, wrapped.size())) {
                    lines.add(new Line(more, indent));
                }
            }
            return new Field(label, font, size, width, lines, cut, MAX_LINES);
        }

        /** How many lines the whole value takes (no more than the cap). */
        int wanted() {
            return Math.min(lines.size(), cap);
        }

        /** The first {@code count} lines, the last one ending in "…" if anything is left out. */
        List<Line> shown(int count) {
            int n = Math.max(1, Math.min(count, lines.size()));
            List<Line> shown = new ArrayList<>(lines.subList(0, n));
            if (n < lines.size() || cut) {
                Line last = shown.get(n - 1);
                shown.set(n - 1, new Line(ellipsize(last.text(), font, size, width - last.indent()), last.indent()));
            }
            return shown;
        }
    }
}
