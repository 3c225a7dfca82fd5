package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.calendar.Deadline;
import id.go.jabarprov.disnakertrans.platform.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The time limits of a dispute case counted in hari kerja on a {@link WorkingDays} snapshot (services
 * take it from {@code WorkingDayCalendar.workingDays()}; tests build one from the 2026 decree).
 *
 * <p>Counting, as {@link WorkingDays#addWorkingDays} does it: the day of the event itself does not count,
 * day 1 is the first working day after it, and the deadline is the last day on which the act is still in
 * time. Returned on Tuesday 17 March 2026, a file must be completed by Thursday 2 April 2026 (Nyepi, Idul
 * Fitri and their cuti bersama in between). It is overdue from the day after the deadline.
 *
 * <p>Every answer is a {@link Deadline}: when the count runs into a year whose holidays nobody entered yet
 * it is not {@link Deadline#isCertain() certain}, and pages must say the date may move.
 */
public final class CaseClock {

    private final WorkingDays workingDays;

    public CaseClock(WorkingDays workingDays) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    }

    public WorkingDays workingDays() {
        return workingDays;
    }

    /** Last day to complete a file returned on {@code returnedOn} (7 HK). */
    public Deadline completionDue(LocalDate returnedOn) {
        return after(returnedOn, DeadlineKind.COMPLETION);
    }

    /** Last day to choose conciliation or arbitration after the offer (7 HK). */
    public Deadline forumChoiceDue(LocalDate offeredOn) {
        return after(offeredOn, DeadlineKind.FORUM_CHOICE);
    }

    /** Last day for the first session after pelimpahan (7 HK). */
    public Deadline firstSessionDue(LocalDate pelimpahanOn) {
        return after(pelimpahanOn, DeadlineKind.FIRST_SESSION);
    }

    /** Last day to issue the anjuran (10 HK after the first session). */
    public Deadline anjuranDue(LocalDate firstSessionOn) {
        return after(firstSessionOn, DeadlineKind.ANJURAN);
    }

    /** Last day for a party to answer an anjuran it received on {@code receivedOn} (10 HK). */
    public Deadline answerDue(LocalDate receivedOn) {
        return after(receivedOn, DeadlineKind.ANSWER);
    }

    /** Last day to make the PB once every party accepted the anjuran (3 HK). */
    public Deadline pbDue(LocalDate acceptedByAllOn) {
        return after(acceptedByAllOn, DeadlineKind.PERJANJIAN_BERSAMA);
    }

    /**
     * Last day of mediation: 30 working days after pelimpahan that were not paused by klarifikasi. Each
     * paused working day (after pelimpahan and before the deadline it would push) moves the deadline by one
     * working day; overlapping pauses count once. An ongoing pause counts up to {@code today}, so the
     * deadline moves one working day for every working day klarifikasi lasts.
     */
    public Deadline mediationDue(LocalDate pelimpahanOn, Collection<ClockPause> pauses, LocalDate today) {
        Objects.requireNonNull(pelimpahanOn, "pelimpahanOn");
        List<ClockPause> merged = merge(pauses, today);
        int paused = 0;
        Deadline due = workingDays.addWorkingDays(pelimpahanOn, DeadlineKind.MEDIATION.workingDays());
        // a pause after the deadline would not have delayed it: extend until the count is stable
        while (true) {
            int pausedBefore = pausedWorkingDays(pelimpahanOn, due.date(), merged, today);
            if (pausedBefore == paused) {
                return due;
            }
            paused = pausedBefore;
            due = workingDays.addWorkingDays(pelimpahanOn, DeadlineKind.MEDIATION.workingDays() + paused);
        }
    }

    /** Working days paused after {@code fromExclusive} up to {@code toInclusive}, overlaps counted once. */
    public int pausedWorkingDays(LocalDate fromExclusive, LocalDate toInclusive, Collection<ClockPause> pauses, LocalDate today) {
        int count = 0;
        for (ClockPause pause : merge(pauses, today)) {
            LocalDate start = pause.from().isAfter(fromExclusive) ? pause.from() : fromExclusive.plusDays(1);
            LocalDate end = pause.lastDayAsOf(today).isBefore(toInclusive) ? pause.lastDayAsOf(today) : toInclusive;
            if (!end.isBefore(start)) {
                count += workingDays.between(start.minusDays(1), end);
            }
        }
        return count;
    }

    /**
     * The last day a {@code kind} clock (without pauses) may have started for it to be overdue on {@code day}:
     * every such clock started on or before that day is overdue, none started later is, because adding working
     * days never moves a deadline earlier. Queries use it to pick the cases that can be late from their dates alone.
     */
    public LocalDate lastStartOverdueOn(DeadlineKind kind, LocalDate day) {
        LocalDate start = day;
        while (!isOverdue(after(start, kind), day)) {
            start = start.minusDays(1);
        }
        return start;
    }

    /** Whether on {@code day} the deadline has passed (the deadline day itself is still in time). */
    public boolean isOverdue(Deadline deadline, LocalDate day) {
        return day.isAfter(deadline.date());
    }

    /**
     * Working days after {@code day} up to the deadline: 0 on the last day, negative as many working days
     * as it is late (1 late on the first working day after the deadline).
     */
    public int workingDaysLeft(Deadline deadline, LocalDate day) {
        if (day.isAfter(deadline.date())) {
            return -workingDays.between(deadline.date(), day);
        }
        return workingDays.between(day, deadline.date());
    }

    /** The deadline with its state on {@code day}, as pages show it. */
    public CaseDeadline status(DeadlineKind kind, Deadline deadline, LocalDate day) {
        return new CaseDeadline(kind, deadline, isOverdue(deadline, day), workingDaysLeft(deadline, day));
    }

    private Deadline after(LocalDate start, DeadlineKind kind) {
        return workingDays.addWorkingDays(Objects.requireNonNull(start, "start"), kind.workingDays());
    }

    private static List<ClockPause> merge(Collection<ClockPause> pauses, LocalDate today) {
        List<ClockPause> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(ClockPause::from));
        List<ClockPause> merged = new ArrayList<>();
        for (ClockPause pause : sorted) {
            LocalDate last = pause.lastDayAsOf(today);
            if (last.isBefore(pause.from())) {
                continue; // an ongoing pause asked about before it began
            }
            if (!merged.isEmpty()) {
                ClockPause previous = merged.get(merged.size() - 1);
                if (!pause.from().isAfter(previous.to().plusDays(1))) {
                    LocalDate end = last.isAfter(previous.to()) ? last : previous.to();
                    merged.set(merged.size() - 1, new ClockPause(previous.from(), end));
                    continue;
                }
            }
            merged.add(new ClockPause(pause.from(), last));
        }
        return merged;
    }
}
