package id.go.jabarprov.disnakertrans.platform.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * A date counted in working days, and the years it ran through whose holidays nobody has entered
 * yet: staff must be warned that such a deadline may move.
 */
public record Deadline(LocalDate date, Set<Integer> yearsWithoutCalendar) {

    public Deadline {
        yearsWithoutCalendar = Set.copyOf(yearsWithoutCalendar);
    }

    /** Whether every day counted lay in a year whose calendar was entered. */
    public boolean isCertain() {
        return yearsWithoutCalendar.isEmpty();
    }
}
