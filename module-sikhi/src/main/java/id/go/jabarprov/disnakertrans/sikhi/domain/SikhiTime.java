package id.go.jabarprov.disnakertrans.sikhi.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Time conventions of the module. Instants are stored as UTC in plain timestamps (like the core);
 * the day an event counts for in hari kerja is its date in West Java (WIB, UTC+7): a filing at
 * 23:30 UTC on Monday is a Tuesday filing.
 */
public final class SikhiTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private SikhiTime() {
    }

    /** The West Java date of an instant: the day deadlines count from. */
    public static LocalDate dateOf(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
