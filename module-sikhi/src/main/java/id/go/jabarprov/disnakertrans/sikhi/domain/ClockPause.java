package id.go.jabarprov.disnakertrans.sikhi.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period during which the 30-HK mediation clock stood still (klarifikasi), as dates in West Java.
 * Both the first and the last day are paused: a klarifikasi started and ended on the same working day
 * pauses that one day.
 *
 * @param from the first paused day
 * @param to   the last paused day, or null while the pause lasts
 */
public record ClockPause(LocalDate from, LocalDate to) {

    public ClockPause {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("pause ends before it starts: " + from + ".." + to);
        }
    }

    public boolean isOngoing() {
        return to == null;
    }

    /** The last paused day, an ongoing pause counting up to {@code today}. */
    public LocalDate lastDayAsOf(LocalDate today) {
        return to != null ? to : today;
    }
}
