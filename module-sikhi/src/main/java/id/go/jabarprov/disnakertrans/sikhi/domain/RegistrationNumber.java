package id.go.jabarprov.disnakertrans.sikhi.domain;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registration number (nomor pencatatan) a Disnaker gives a dispute case when it registers it:
 * {@code SSSS/PHI/KODE/YYYY}, e.g. {@code 0007/PHI/32.73/2026}, where
 * <ul>
 * <li>{@code SSSS} is the sequence of the case among the cases the office registered that year, from 1,
 * zero-padded to at least four digits (a 10 000th case simply has five);</li>
 * <li>{@code PHI} marks an industrial-relations dispute (perselisihan hubungan industrial);</li>
 * <li>{@code KODE} is the Kemendagri code of the registering office: the kab/kota ({@code 32.73}) or the
 * province ({@code 32}) for the disputes it registers itself;</li>
 * <li>{@code YYYY} is the year of registration; the sequence starts again at 1 each year.</li>
 * </ul>
 * Services allocate the sequence (the highest of the office and year plus one, protected by the unique
 * index on tenant, year and sequence); this class only formats and parses.
 */
public record RegistrationNumber(int sequence, String officeCode, int year) {

    private static final Pattern OFFICE = Pattern.compile("\\d{2}(\\.\\d{2})?");
    private static final Pattern FORMAT = Pattern.compile("(\\d{4,})/PHI/(\\d{2}(?:\\.\\d{2})?)/(\\d{4})");

    public RegistrationNumber {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
        Objects.requireNonNull(officeCode, "officeCode");
        if (!OFFICE.matcher(officeCode).matches()) {
            throw new IllegalArgumentException("not a province or kab/kota code: " + officeCode);
        }
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    /** The number that follows {@code lastSequence} (0 when the office registered nothing yet that year). */
    public static RegistrationNumber after(int lastSequence, String officeCode, int year) {
        return new RegistrationNumber(lastSequence + 1, officeCode, year);
    }

    /** Reads a number written as {@link #format()} writes it. */
    public static RegistrationNumber parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a registration number: " + text);
        }
        return new RegistrationNumber(Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(3)));
    }

    public String format() {
        return String.format("%04d/PHI/%s/%d", sequence, officeCode, year);
    }

    @Override
    public String toString() {
        return format();
    }
}
