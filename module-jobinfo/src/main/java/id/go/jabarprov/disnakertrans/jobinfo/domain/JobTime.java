package id.go.jabarprov.disnakertrans.jobinfo.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Instants are stored as UTC timestamps; "today" is the day in West Java. */
public final class JobTime {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private JobTime() {
    }

    public static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    public static LocalDate today() {
        return LocalDate.now(WIB);
    }
}
