package id.go.jabarprov.disnakertrans.sikhi.application;

import id.go.jabarprov.disnakertrans.platform.calendar.WorkingDayCalendar;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseClock;
import id.go.jabarprov.disnakertrans.sikhi.domain.SikhiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** The case clock on the core's holiday calendar as administrators keep it today. */
@ApplicationScoped
public class CaseClocks {

    @Inject
    WorkingDayCalendar calendar;

    public CaseClock clock() {
        return new CaseClock(calendar.workingDays());
    }

    /** Today in Jakarta, the day deadlines are counted against. */
    public LocalDate today() {
        return SikhiTime.dateOf(java.time.Instant.now());
    }
}
