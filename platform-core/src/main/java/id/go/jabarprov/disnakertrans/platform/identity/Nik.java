package id.go.jabarprov.disnakertrans.platform.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The Nomor Induk Kependudukan: 16 digits = province (2), kab/kota (2), kecamatan (2), birth date
 * DDMMYY with 40 added to the day for women, serial (4, from 0001). The region part is where the NIK
 * was first issued, not where the person lives, so nothing here derives a domicile from it.
 */
public final class Nik {

    /** Why a NIK is refused; each reason has its own message key ({@code nik.invalid.<reason>}). */
    public enum Problem { FORMAT, REGION, BIRTH_DATE, SERIAL }

    private Nik() {
    }

    /**
     * Checks the format and the birth date. A two-digit year is read as the latest year not after
     * {@code today}, which is the only reading that makes sense for a living person.
     */
    public static Optional<Problem> check(String nik, LocalDate today) {
        if (nik == null || !nik.matches("\\d{16}")) {
            return Optional.of(Problem.FORMAT);
        }
        int province = Integer.parseInt(nik.substring(0, 2));
        int kabKota = Integer.parseInt(nik.substring(2, 4));
        int kecamatan = Integer.parseInt(nik.substring(4, 6));
        if (province < 11 || kabKota == 0 || kecamatan == 0) {
            return Optional.of(Problem.REGION);
        }
        if (birthDate(nik, today).isEmpty()) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if (nik.endsWith("0000")) {
            return Optional.of(Problem.SERIAL);
        }
        return Optional.empty();
    }

    /** The birth date encoded in a well-formed NIK, if it is a real date not in the future. */
    public static Optional<LocalDate> birthDate(String nik, LocalDate today) {
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        if (day > 40) {
            day -= 40;
        }
        int century = today.getYear() / 100 * 100;
        int year = century + yy;
        if (year > today.getYear()) {
            year -= 100;
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return date.isAfter(today) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the NIK encodes a woman (day of birth plus 40). */
    public static boolean isFemale(String nik) {
        return Integer.parseInt(nik.substring(6, 8)) > 40;
    }

    /** Keeps the first four and the last four digits: {@code 3273********0001}. */
    public static String mask(String nik) {
        if (nik == null || nik.length() < 8) {
            return nik == null ? "" : "****";
        }
        return nik.substring(0, 4) + "*".repeat(nik.length() - 8) + nik.substring(nik.length() - 4);
    }
}
