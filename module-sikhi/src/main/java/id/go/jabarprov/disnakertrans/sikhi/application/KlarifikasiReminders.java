package id.go.jabarprov.disnakertrans.sikhi.application;

import id.go.jabarprov.disnakertrans.platform.notification.Notifier;
import id.go.jabarprov.disnakertrans.sikhi.SikhiModule;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseParty;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseStage;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeCase;
import id.go.jabarprov.disnakertrans.sikhi.domain.KlarifikasiReminder;
import id.go.jabarprov.disnakertrans.sikhi.domain.KlarifikasiRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * The Klarifikasi reminders of one kab/kota (the request's) on a day, in one transaction: to each asked party that has
 * not answered, and to the mediator about a party whose answer date passed ({@link KlarifikasiReminder} says who and
 * when). Sent from the daily job, which runs once per day across the cluster, so each goes out once per day.
 */
@ApplicationScoped
public class KlarifikasiReminders {

    @PersistenceContext(unitName = "sikhi")
    EntityManager em;

    @Inject
    CaseClocks clocks;

    @Inject
    Notifier notifier;

    @Transactional
    public int send(LocalDate day) {
        var workingDays = clocks.clock().workingDays();
        int sent = 0;
        List<DisputeCase> inKlarifikasi = em.createQuery("select c from DisputeCase c where c.stage = :stage", DisputeCase.class)
                .setParameter("stage", CaseStage.KLARIFIKASI).getResultList();
        for (DisputeCase dispute : inKlarifikasi) {
            KlarifikasiRequest request = dispute.openKlarifikasi().orElse(null);
            if (request == null) {
                continue; // started before requests were recorded: nothing to remind of
            }
            List<String> partyIds = dispute.getParties().stream().map(CaseParty::getId).toList();
            for (KlarifikasiReminder reminder : request.remindersOn(day, partyIds, workingDays)) {
                CaseParty party = dispute.findParty(reminder.partyId()).orElseThrow();
                String due = request.getAnswerDue().toString();
                if (reminder.kind() == KlarifikasiReminder.Kind.ANSWER_DUE && party.getUsername() != null) {
                    notifier.notify(party.getUsername(), SikhiModule.ID, "sikhi.notify.klarifikasiDue",
                            "/me/sikhi/case.xhtml?id=" + dispute.getId(), dispute.getTrackingCode(), due);
                    sent++;
                } else if (reminder.kind() == KlarifikasiReminder.Kind.UNANSWERED && dispute.getAssignedMediator() != null) {
                    notifier.notify(dispute.getAssignedMediator(), SikhiModule.ID, "sikhi.notify.klarifikasiUnanswered",
                            "/staff/sikhi/case.xhtml?id=" + dispute.getId(), dispute.getTrackingCode(), party.getName(), due);
                    sent++;
                }
            }
        }
        return sent;
    }
}
