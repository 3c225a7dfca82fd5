package id.go.jabarprov.disnakertrans.sikhi.domain;

import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.CLOCK;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jabarprov.disnakertrans.platform.calendar.Deadline;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Worked examples on the 2026 calendar (see {@link Calendar2026} for the off days). The day of the event
 * does not count; day 1 is the next working day; the deadline day itself is still in time.
 */
class CaseClockTest {

    @Test
    void theCalendarIsTheRealOne() {
        assertEquals(25, Calendar2026.HOLIDAYS.size());
        assertTrue(Calendar2026.HOLIDAYS.containsAll(Set.of(d("2026-03-19"), d("2026-03-20"), d("2026-03-23"),
                d("2026-03-24"), d("2026-05-01"), d("2026-12-24"), d("2026-12-25"))));
    }

    @Test
    void completionOfAFileReturnedTheMondayBeforeNyepi() {
        // Returned Mon 16 Mar. Tue 17 (1); Wed 18 - Tue 24 off (cuti Nyepi, Nyepi, cuti Idul Fitri, Idul Fitri on
        // the weekend, two days of cuti bersama); Wed 25 (2), Thu 26 (3), Fri 27 (4), Mon 30 (5), Tue 31 (6), Wed 1 Apr (7).
        Deadline due = CLOCK.completionDue(d("2026-03-16"));
        assertEquals(d("2026-04-01"), due.date());
        assertTrue(due.isCertain());
    }

    @Test
    void overdueFromTheDayAfterTheDeadline() {
        Deadline due = CLOCK.completionDue(d("2026-03-16")); // Wed 1 Apr
        assertFalse(CLOCK.isOverdue(due, d("2026-04-01")));
        assertTrue(CLOCK.isOverdue(due, d("2026-04-02")));
        assertFalse(CLOCK.isOverdue(due, d("2026-03-20")));
    }

    @Test
    void workingDaysLeftCountOnlyWorkingDaysAndGoNegativeWhenLate() {
        Deadline due = CLOCK.completionDue(d("2026-03-16")); // Wed 1 Apr
        assertEquals(7, CLOCK.workingDaysLeft(due, d("2026-03-16")));
        assertEquals(6, CLOCK.workingDaysLeft(due, d("2026-03-17")));
        assertEquals(6, CLOCK.workingDaysLeft(due, d("2026-03-21")), "over Idul Fitri the count stands still");
        assertEquals(0, CLOCK.workingDaysLeft(due, d("2026-04-01")));
        assertEquals(-1, CLOCK.workingDaysLeft(due, d("2026-04-02")));
        // Thu 2 Apr (1 late), Good Friday 3 Apr and the weekend do not count, Mon 6 Apr (2 late)
        assertEquals(-2, CLOCK.workingDaysLeft(due, d("2026-04-06")));
    }

    @Test
    void forumChoiceOfferedTheFridayBeforeNyepi() {
        // Offered Fri 13 Mar: Mon 16 (1), Tue 17 (2), Wed 25 (3), Thu 26 (4), Fri 27 (5), Mon 30 (6), Tue 31 (7).
        assertEquals(d("2026-03-31"), CLOCK.forumChoiceDue(d("2026-03-13")).date());
    }

    @Test
    void firstSessionWithinSevenHkOfPelimpahan() {
        // Pelimpahan Mon 9 Mar: 10, 11, 12, 13 (4), 16, 17 (6), then Idul Fitri, Wed 25 (7).
        assertEquals(d("2026-03-25"), CLOCK.firstSessionDue(d("2026-03-09")).date());
    }

    @Test
    void thirtyHkOfMediationAcrossIdulFitri() {
        // Pelimpahan Mon 9 Mar: 10-13 (4), 16-17 (6), 18-24 off, 25-27 (9), 30-31 (11), 1-2 Apr (13), Good Friday off,
        // 6-10 Apr (18), 13-17 (23), 20-24 (28), Mon 27 (29), Tue 28 Apr (30).
        Deadline due = CLOCK.mediationDue(d("2026-03-09"), List.of(), d("2026-03-09"));
        assertEquals(d("2026-04-28"), due.date());
        assertTrue(due.isCertain());
    }

    @Test
    void aKlarifikasiOfThreeWorkingDaysMovesTheDeadlineByExactlyThree() {
        // Klarifikasi Wed 11 - Fri 13 Mar: 3 paused working days. 28 Apr + 3 HK: Wed 29 (1), Thu 30 (2),
        // Fri 1 May is Hari Buruh, Mon 4 May (3).
        List<ClockPause> pauses = List.of(new ClockPause(d("2026-03-11"), d("2026-03-13")));
        assertEquals(3, CLOCK.pausedWorkingDays(d("2026-03-09"), d("2026-04-28"), pauses, d("2026-04-01")));
        assertEquals(d("2026-05-04"), CLOCK.mediationDue(d("2026-03-09"), pauses, d("2026-04-01")).date());
    }

    @Test
    void aPauseOverIdulFitriCountsOnlyItsWorkingDays() {
        // Tue 17 - Wed 25 Mar is nine calendar days but two working days (17 and 25): 28 Apr + 2 = Thu 30 Apr.
        List<ClockPause> pauses = List.of(new ClockPause(d("2026-03-17"), d("2026-03-25")));
        assertEquals(d("2026-04-30"), CLOCK.mediationDue(d("2026-03-09"), pauses, d("2026-04-01")).date());
    }

    @Test
    void overlappingPausesCountOnce() {
        // 11-13 Mar and 12-16 Mar merge into 11, 12, 13, 16: four days; 28 Apr + 4 = Tue 5 May.
        List<ClockPause> pauses = List.of(new ClockPause(d("2026-03-12"), d("2026-03-16")),
                new ClockPause(d("2026-03-11"), d("2026-03-13")));
        assertEquals(d("2026-05-05"), CLOCK.mediationDue(d("2026-03-09"), pauses, d("2026-04-01")).date());
    }

    @Test
    void anOngoingPauseKeepsPushingTheDeadline() {
        List<ClockPause> ongoing = List.of(new ClockPause(d("2026-03-11"), null));
        // on Fri 13 Mar three days are paused (11, 12, 13): Mon 4 May
        assertEquals(d("2026-05-04"), CLOCK.mediationDue(d("2026-03-09"), ongoing, d("2026-03-13")).date());
        // on Mon 16 Mar, four: Tue 5 May; over Idul Fitri (Mon 23 Mar) still five (11-13, 16, 17): Wed 6 May
        assertEquals(d("2026-05-05"), CLOCK.mediationDue(d("2026-03-09"), ongoing, d("2026-03-16")).date());
        assertEquals(d("2026-05-06"), CLOCK.mediationDue(d("2026-03-09"), ongoing, d("2026-03-23")).date());
    }

    @Test
    void pausesBeforePelimpahanOrAfterTheDeadlineChangeNothing() {
        List<ClockPause> pauses = List.of(new ClockPause(d("2026-03-02"), d("2026-03-06")),
                new ClockPause(d("2026-05-04"), d("2026-05-08")));
        assertEquals(d("2026-04-28"), CLOCK.mediationDue(d("2026-03-09"), pauses, d("2026-05-08")).date());
    }

    @Test
    void aPauseStartingOnTheDeadlinePushesItPastThePause() {
        // 28 and 29 Apr paused: the 29th working day is Mon 27 Apr, the 30th Thu 30 Apr.
        List<ClockPause> pauses = List.of(new ClockPause(d("2026-04-28"), d("2026-04-29")));
        assertEquals(d("2026-04-30"), CLOCK.mediationDue(d("2026-03-09"), pauses, d("2026-04-29")).date());
    }

    @Test
    void anjuranWithinTenHkOfTheFirstSession() {
        // First session Wed 25 Mar: 26, 27, 30, 31, 1 Apr, 2 Apr (6), Good Friday off, 6, 7, 8, Thu 9 Apr (10).
        assertEquals(d("2026-04-09"), CLOCK.anjuranDue(d("2026-03-25")).date());
    }

    @Test
    void answerWithinTenHkOfReceivingTheAnjuran() {
        // Received Thu 7 May: Fri 8 (1), 11, 12, 13 (4), Ascension 14 and cuti 15 off, 18-22 (9), Mon 25 May (10).
        assertEquals(d("2026-05-25"), CLOCK.answerDue(d("2026-05-07")).date());
    }

    @Test
    void perjanjianBersamaWithinThreeHkOfAcceptance() {
        // Accepted Tue 26 May: Idul Adha 27 and cuti 28 off, Fri 29 (1), Waisak Sunday and Pancasila Mon 1 Jun off,
        // Tue 2 Jun (2), Wed 3 Jun (3).
        assertEquals(d("2026-06-03"), CLOCK.pbDue(d("2026-05-26")).date());
    }

    @Test
    void aDecemberOfferRunsIntoTwentyTwentySevenWhichHasNoCalendar() {
        // Offered Mon 21 Dec: 22 (1), 23 (2), Christmas 24-25 off, 28-31 (6), Fri 1 Jan 2027 (7: New Year's Day,
        // but 2027 has no calendar yet, so it counts as a working day and the date may move).
        Deadline due = CLOCK.forumChoiceDue(d("2026-12-21"));
        assertEquals(d("2027-01-01"), due.date());
        assertFalse(due.isCertain());
        assertEquals(Set.of(2027), due.yearsWithoutCalendar());
    }

    @Test
    void aDeadlineEndingOnNewYearsEveIsStillCertain() {
        // Returned Fri 18 Dec: 21, 22, 23 (3), Christmas off, 28, 29, 30 (6), Thu 31 Dec (7).
        Deadline due = CLOCK.completionDue(d("2026-12-18"));
        assertEquals(d("2026-12-31"), due.date());
        assertTrue(due.isCertain());
    }

    @Test
    void mediationFromMidDecemberIsUncertain() {
        // Pelimpahan Mon 14 Dec: 15-18 (4), 21-23 (7), 28-31 (11), 1 Jan 2027 (12), then 5 a week: Wed 27 Jan 2027.
        Deadline due = CLOCK.mediationDue(d("2026-12-14"), List.of(), d("2026-12-14"));
        assertEquals(d("2027-01-27"), due.date());
        assertFalse(due.isCertain());
    }

    @Test
    void statusBundlesTheDeadlineForPages() {
        CaseDeadline status = CLOCK.status(DeadlineKind.COMPLETION, CLOCK.completionDue(d("2026-03-16")), d("2026-04-02"));
        assertEquals(DeadlineKind.COMPLETION, status.kind());
        assertTrue(status.overdue());
        assertEquals(-1, status.workingDaysLeft());
        assertTrue(status.isCertain());
    }

    @Test
    void statutoryPeriods() {
        assertEquals(List.of(7, 7, 7, 30, 10, 10, 3),
                java.util.Arrays.stream(DeadlineKind.values()).map(DeadlineKind::workingDays).toList());
    }

    @Test
    void aPauseCannotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new ClockPause(d("2026-03-13"), d("2026-03-12")));
    }

    @Test
    void westJavaDateOfAnInstant() {
        // 17:30 UTC on Monday 16 March is 00:30 WIB on Tuesday 17 March
        assertEquals(d("2026-03-17"), SikhiTime.dateOf(java.time.Instant.parse("2026-03-16T17:30:00Z")));
        assertEquals(d("2026-03-16"), SikhiTime.dateOf(java.time.Instant.parse("2026-03-16T16:59:59Z")));
    }
}
