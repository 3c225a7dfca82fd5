package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.calendar.Deadline;

/**
 * One running time limit of a case as a page shows it.
 *
 * @param kind             which limit
 * @param deadline         the last day (and whether a year without calendar was crossed)
 * @param overdue          the day asked about is after the last day
 * @param workingDaysLeft  working days after the day asked about up to the last day; negative when late
 */
public record CaseDeadline(DeadlineKind kind, Deadline deadline, boolean overdue, int workingDaysLeft) {

    /** Whether the date may still move because a year's holidays have not been entered. */
    public boolean isCertain() {
        return deadline.isCertain();
    }
}
