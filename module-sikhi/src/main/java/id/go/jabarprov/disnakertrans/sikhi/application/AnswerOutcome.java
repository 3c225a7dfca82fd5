package id.go.jabarprov.disnakertrans.sikhi.application;

import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.sikhi.SikhiModule;
import id.go.jabarprov.disnakertrans.sikhi.domain.AnjuranOutcome;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseAction;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseParty;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * What follows a party's answer to the anjuran or its acceptance of the PB, whoever gave it (the party online, or the
 * mediator from the party's letter or signed paper): the case moves on, the letters are issued and everyone is told
 * the same way. The answer itself is already audited by its caller.
 */
@ApplicationScoped
public class AnswerOutcome {

    @Inject
    AuditService audit;

    @Inject
    CaseNotices notices;

    @Inject
    CaseLetters letters;

    @Inject
    CaseClocks clocks;

    /** After an answer to the anjuran recorded at {@code now}. */
    public void afterAnjuranAnswer(DisputeCase dispute, Instant now) {
        if (dispute.allowedActions(clocks.today(), clocks.clock()).contains(CaseAction.ANSWERS_COMPLETE)) {
            // the answers decide it: the case moves on by itself (PB if all accept, else risalah penyelesaian)
            if (dispute.getAnjuran().outcomeOn(clocks.today(), clocks.clock()) != AnjuranOutcome.ACCEPTED) {
                letters.penyelesaian(dispute, AuditService.SYSTEM_ACTOR);
            }
            dispute.apply(CaseAction.ANSWERS_COMPLETE, AuditService.SYSTEM_ACTOR, now, null, clocks.clock());
            audit.record(SikhiModule.ID, "case.anjuran.complete", dispute.getId(), "answers complete: " + dispute.getStage(), null);
        }
        notices.everyone(dispute, "sikhi.notify.changed");
    }

    /** After a party accepted the PB: once every party accepted the current text, the signed PB is issued. */
    public void afterPbAcceptance(DisputeCase dispute) {
        if (dispute.getPerjanjianBersama().isAcceptedByAll(dispute.getParties().stream().map(CaseParty::getId).toList())) {
            letters.perjanjianBersama(dispute, AuditService.SYSTEM_ACTOR);
        }
        notices.everyone(dispute, "sikhi.notify.changed");
    }
}
