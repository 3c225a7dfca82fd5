package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.calendar.WorkingDays;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The real 2026 calendar (SKB 3 menteri, shipped in platform-core as /reference-data/hari-libur-2026.csv)
 * with only 2026 covered, as the portal has it today. Off days used by the worked examples:
 * Mon 16 + Tue 17 Feb (Imlek); Wed 18 - Tue 24 Mar (Nyepi, Idul Fitri, their cuti bersama and a weekend);
 * Fri 3 Apr (Good Friday); Fri 1 May; Thu 14 + Fri 15 May (Ascension); Wed 27 + Thu 28 May (Idul Adha);
 * Mon 1 Jun (Pancasila); Tue 16 Jun (1 Muharam); Thu 24 + Fri 25 Dec (Christmas).
 */
final class Calendar2026 {

    static final Set<LocalDate> HOLIDAYS = load();
    static final WorkingDays WORKING_DAYS = new WorkingDays(HOLIDAYS, Set.of(2026));
    static final CaseClock CLOCK = new CaseClock(WORKING_DAYS);

    private Calendar2026() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** An instant given as West Java local time, e.g. {@code 2026-03-16T09:00}. */
    static Instant at(String wib) {
        return LocalDateTime.parse(wib).atZone(SikhiTime.ZONE).toInstant();
    }

    /** 09:00 WIB on the day. */
    static Instant on(String isoDate) {
        return at(isoDate + "T09:00");
    }

    private static Set<LocalDate> load() {
        var stream = Objects.requireNonNull(Calendar2026.class.getResourceAsStream("/reference-data/hari-libur-2026.csv"),
                "platform-core's 2026 calendar");
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> LocalDate.parse(line.substring(0, 10))).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
