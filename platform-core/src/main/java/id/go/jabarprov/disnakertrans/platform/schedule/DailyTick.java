package id.go.jabarprov.disnakertrans.platform.schedule;

import java.time.LocalDate;

/**
 * A CDI event fired once a day across the whole cluster (see {@link DailyJobs}): modules observe it for
 * work that runs by the calendar, such as reminders before a deadline. Observers run outside any HTTP
 * request: activate a request context ({@code @ActivateRequestContext}) and set the kab/kota yourself.
 */
public record DailyTick(LocalDate day) {
}
