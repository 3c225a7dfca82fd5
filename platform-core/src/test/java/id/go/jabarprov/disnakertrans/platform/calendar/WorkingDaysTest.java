package id.go.jabarprov.disnakertrans.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Worked examples on the real 2026 calendar shipped with the portal (SKB 3 menteri 2025). */
class WorkingDaysTest {

    private static final WorkingDays Y2026 = new WorkingDays(holidays2026(), Set.of(2026));

    private static Set<LocalDate> holidays2026() {
        try (var reader = new BufferedReader(new InputStreamReader(
                WorkingDaysTest.class.getResourceAsStream("/reference-data/hari-libur-2026.csv"), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> LocalDate.parse(line.substring(0, 10))).collect(Collectors.toSet());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void anOrdinaryWeekCountsMondayToFriday() {
        // Mon 9 Feb 2026 + 5 HK = Mon 16 Feb? No: 16 Feb is cuti bersama Imlek, 17 Feb is Imlek.
        // Tue 10, Wed 11, Thu 12, Fri 13 = 4; Mon 16 and Tue 17 are off; Wed 18 = 5.
        Deadline deadline = Y2026.addWorkingDays(d("2026-02-09"), 5);
        assertEquals(d("2026-02-18"), deadline.date());
        assertTrue(deadline.isCertain());
    }

    @Test
    void sevenHkFromTheDayBeforeNyepiRunsPastIdulFitri() {
        // Tue 17 Mar 2026. Off: 18 (cuti Nyepi), 19 (Nyepi), 20 (cuti Idul Fitri), 21-22 (Idul Fitri, weekend),
        // 23-24 (cuti Idul Fitri). Counted: Wed 25 (1), Thu 26 (2), Fri 27 (3), Mon 30 (4), Tue 31 (5),
        // Wed 1 Apr (6), Thu 2 Apr (7). Good Friday is 3 Apr, so it does not matter here.
        assertEquals(d("2026-04-02"), Y2026.addWorkingDays(d("2026-03-17"), 7).date());
    }

    @Test
    void thirtyHkOfMediationFromPelimpahan() {
        // Mon 4 May 2026 + 30 HK. Off in between: Thu 14 May (Kenaikan), Fri 15 May (cuti), Wed 27 May (Idul Adha),
        // Thu 28 May (cuti), Mon 1 Jun (Pancasila); Sun 31 May (Waisak) is a weekend anyway.
        // May 5-29 has 19 weekdays, less 4 off = 15; June 2-12: 1 Jun off, 2-5 = 4 (19), 8-12 = 5 (24),
        // 15 Jun (25), 16 Jun is 1 Muharam, 17 (26), 18 (27), 19 (28), 22 (29), 23 (30).
        assertEquals(d("2026-06-23"), Y2026.addWorkingDays(d("2026-05-04"), 30).date());
    }

    @Test
    void aDeadlineRunningIntoAYearWithoutCalendarIsFlagged() {
        // Wed 23 Dec 2026: 24 (cuti) and 25 (Natal) off, 26-27 weekend; Mon 28 (1), 29 (2), 30 (3), 31 (4),
        // Fri 1 Jan 2027 (5: no 2027 calendar, so counted as a working day), Mon 4 (6), Tue 5 (7).
        Deadline deadline = Y2026.addWorkingDays(d("2026-12-23"), 7);
        assertEquals(d("2027-01-05"), deadline.date());
        assertFalse(deadline.isCertain());
        assertEquals(Set.of(2027), deadline.yearsWithoutCalendar());

        WorkingDays with2027 = new WorkingDays(Set.of(d("2027-01-01")), Set.of(2026, 2027));
        Deadline certain = with2027.addWorkingDays(d("2026-12-30"), 2);
        // Thu 31 Dec (1), Fri 1 Jan 2027 off, Mon 4 Jan (2)
        assertEquals(d("2027-01-04"), certain.date());
        assertTrue(certain.isCertain());
    }

    @Test
    void zeroDaysIsTheStartAndNegativeIsRefused() {
        assertEquals(d("2026-03-19"), Y2026.addWorkingDays(d("2026-03-19"), 0).date());
        assertThrows(IllegalArgumentException.class, () -> Y2026.addWorkingDays(d("2026-03-19"), -1));
    }

    @Test
    void holidaysOnAWeekendDoNotCountTwice() {
        // Sun 5 Apr 2026 (Paskah) is both; Fri 3 Apr (Wafat Yesus Kristus) is a holiday.
        assertFalse(Y2026.isWorkingDay(d("2026-04-03")));
        assertFalse(Y2026.isWorkingDay(d("2026-04-05")));
        assertEquals(d("2026-04-06"), Y2026.addWorkingDays(d("2026-04-02"), 1).date());
    }

    @Test
    void countsWorkingDaysBetweenTwoDates() {
        // after Tue 17 Mar up to Thu 2 Apr: the seven days of the example above
        assertEquals(7, Y2026.between(d("2026-03-17"), d("2026-04-02")));
        assertEquals(0, Y2026.between(d("2026-04-02"), d("2026-03-17")));
        assertEquals(0, Y2026.between(d("2026-03-20"), d("2026-03-24")), "Idul Fitri and its cuti bersama");
    }
}
