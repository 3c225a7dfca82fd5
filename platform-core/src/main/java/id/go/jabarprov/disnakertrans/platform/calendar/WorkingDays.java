package id.go.jabarprov.disnakertrans.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counting in hari kerja: Monday to Friday less national holidays and cuti bersama. An immutable
 * snapshot of the calendar; years for which no administrator entered the decree are counted as if
 * they had no holiday, and every answer that crossed such a year says so.
 */
public final class WorkingDays {

    private final Set<LocalDate> holidays;
    private final Set<Integer> coveredYears;

    /**
     * @param holidays     the national holidays and cuti bersama
     * @param coveredYears the years whose calendar has been entered (a year may have no holiday at all)
     */
    public WorkingDays(Set<LocalDate> holidays, Set<Integer> coveredYears) {
        this.holidays = Set.copyOf(holidays);
        this.coveredYears = Set.copyOf(coveredYears);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /**
     * The deadline {@code days} working days after {@code start}: the start day itself does not count
     * (a 7-HK deadline from an event on Tuesday 17 March 2026 falls on Thursday 2 April 2026, after Nyepi
     * and Idul Fitri).
     */
    public Deadline addWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        Set<Integer> uncovered = new TreeSet<>();
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (!coveredYears.contains(date.getYear())) {
                uncovered.add(date.getYear());
            }
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return new Deadline(date, uncovered);
    }

    /** Working days after {@code fromExclusive} up to and including {@code toInclusive}; 0 if not after. */
    public int between(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
