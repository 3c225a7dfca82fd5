package id.go.jabarprov.disnakertrans.sikhi.application;

import id.go.jabarprov.disnakertrans.platform.identity.Accounts;
import id.go.jabarprov.disnakertrans.platform.module.Roles;
import id.go.jabarprov.disnakertrans.platform.notification.Notifier;
import id.go.jabarprov.disnakertrans.sikhi.SikhiModule;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseClock;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseDeadline;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseParty;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseStage;
import id.go.jabarprov.disnakertrans.sikhi.domain.DeadlineKind;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The reminders of one kab/kota (the request's), in one transaction. */
@ApplicationScoped
public class KabKotaReminders {

    /** How many working days ahead a deadline is announced. */
    static final int AHEAD = 2;
    /** Deadlines the parties must meet; the others are the office's. */
    private static final Set<DeadlineKind> PARTIES_DEADLINES = EnumSet.of(DeadlineKind.COMPLETION, DeadlineKind.FORUM_CHOICE,
            DeadlineKind.ANSWER);

    @PersistenceContext(unitName = "sikhi")
    EntityManager em;

    @Inject
    CaseClocks clocks;

    @Inject
    Notifier notifier;

    @Inject
    Accounts accounts;

    @Transactional
    public int send(LocalDate day) {
        CaseClock clock = clocks.clock();
        int sent = 0;
        List<DisputeCase> open = em.createQuery("select c from DisputeCase c where c.stage not in :done", DisputeCase.class)
                .setParameter("done", CaseStage.notRunning())
                .getResultList();
        for (DisputeCase dispute : open) {
            for (CaseDeadline deadline : dispute.deadlines(day, clock)) {
                if (deadline.workingDaysLeft() <= AHEAD) {
                    for (String recipient : recipients(dispute, deadline.kind())) {
                        boolean staff = !PARTIES_DEADLINES.contains(deadline.kind());
                        notifier.notify(recipient, SikhiModule.ID,
                                (deadline.overdue() ? "sikhi.notify.overdue." : "sikhi.notify.due.") + deadline.kind().name(),
                                (staff ? "/staff/sikhi/case.xhtml?id=" : "/me/sikhi/case.xhtml?id=") + dispute.getId(),
                                dispute.getTrackingCode(), deadline.deadline().date().toString());
                        sent++;
                    }
                }
            }
        }
        return sent;
    }

    private Set<String> recipients(DisputeCase dispute, DeadlineKind kind) {
        Set<String> recipients = new LinkedHashSet<>();
        if (PARTIES_DEADLINES.contains(kind)) {
            // only who still has to act: a party that chose its forum is not reminded of the forum choice
            dispute.partiesToRemind(kind).stream().map(CaseParty::getUsername).filter(Objects::nonNull).forEach(recipients::add);
        } else if (dispute.getAssignedMediator() != null) {
            recipients.add(dispute.getAssignedMediator());
        } else {
            // no mediator yet: the registration officers of the kab/kota
            accounts.activeStaffWithRole(Roles.SIKHI_MEDIATOR, dispute.getWorkplaceKabKotaCode())
                    .forEach(a -> recipients.add(a.getUsername()));
        }
        return recipients;
    }
}
