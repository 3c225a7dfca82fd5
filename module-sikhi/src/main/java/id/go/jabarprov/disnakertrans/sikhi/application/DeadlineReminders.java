package id.go.jabarprov.disnakertrans.sikhi.application;

import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.schedule.DailyTick;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import id.go.jabarprov.disnakertrans.sikhi.SikhiModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Once a day (the core's {@link DailyTick}, fired once across the cluster), on working days only: in every kab/kota
 * running SIKHI, a reminder to whoever must act on a deadline that falls within two working days, and again each
 * working day it is overdue; and the reminders of open Klarifikasi requests ({@link KlarifikasiReminders}).
 */
@ApplicationScoped
public class DeadlineReminders {

    private static final Logger LOG = Logger.getLogger(DeadlineReminders.class.getName());

    @Inject
    EnablementService enablement;

    @Inject
    TenantContext tenantContext;

    @Inject
    KabKotaReminders kabKotaReminders;

    @Inject
    KlarifikasiReminders klarifikasiReminders;

    @Inject
    CaseClocks clocks;

    @ActivateRequestContext
    public void remind(@Observes DailyTick tick) {
        // offices are closed on weekends, holidays and cuti bersama: what is due or overdue is told on the next working
        // day, when someone can act on it (a deadline never falls on a day off: working days are counted)
        if (!clocks.clock().workingDays().isWorkingDay(tick.day())) {
            LOG.info(() -> "SIKHI deadline reminders of " + tick.day() + ": none, a day off");
            return;
        }
        int sent = 0;
        for (Wilayah office : enablement.tenantsRunning(SikhiModule.ID)) {
            tenantContext.set(office.getCode());
            sent += kabKotaReminders.send(tick.day());
            sent += klarifikasiReminders.send(tick.day());
        }
        int total = sent;
        LOG.info(() -> "SIKHI deadline reminders of " + tick.day() + ": " + total);
    }
}
