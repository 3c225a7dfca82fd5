package id.go.jabarprov.disnakertrans.sikhi.application;

import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.sikhi.SikhiModule;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseStage;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What follows one party's forum answer, whoever gave it (the party online, a change, or the office from a
 * written statement): the same notices and, when the answers decide the forum, the same audit of the decision.
 */
@ApplicationScoped
public class ForumOutcome {

    @Inject
    AuditService audit;

    @Inject
    CaseNotices notices;

    /** After an answer taken while the case was in {@code before} (the answer itself is already audited). */
    public void after(DisputeCase dispute, CaseStage before) {
        if (dispute.getStage() == before) {
            // nothing decided: the parties learn that someone answered, not what (DisputeCase#hidesForumChoiceOf)
            notices.everyone(dispute, "sikhi.notify.forumVote");
            return;
        }
        audit.record(SikhiModule.ID, "case.forum", dispute.getId(), dispute.getTrackingCode() + " -> " + dispute.getStage(),
                dispute.getForumChoice() + (dispute.getForumProvider() == null ? "" : ": " + dispute.getForumProvider()));
        notices.everyone(dispute, "sikhi.notify.changed");
        notices.staffOf(dispute, "sikhi.notify.changed");
    }
}
