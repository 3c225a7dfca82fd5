package id.go.jabarprov.disnakertrans.sikhi.domain;

import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.CLOCK;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.on;
import static id.go.jabarprov.disnakertrans.sikhi.domain.ForumChoice.ARBITRATION;
import static id.go.jabarprov.disnakertrans.sikhi.domain.ForumChoice.CONCILIATION;
import static id.go.jabarprov.disnakertrans.sikhi.domain.ForumChoice.MEDIATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Conciliation and arbitration need every party's agreement (UU 2/2004); mediation needs nobody's. */
class ForumAgreementTest {

    private static final List<String> TWO = List.of("worker", "company");

    @Test
    void theRuleAlone() {
        assertEquals(Optional.empty(), ForumAgreement.decide(TWO, Map.of()));
        assertEquals(Optional.empty(), ForumAgreement.decide(TWO, Map.of("worker", CONCILIATION)), "the company has yet to choose");
        assertEquals(Optional.of(CONCILIATION), ForumAgreement.decide(TWO, Map.of("worker", CONCILIATION, "company", CONCILIATION)));
        assertEquals(Optional.of(MEDIATION), ForumAgreement.decide(TWO, Map.of("company", MEDIATION)), "one side's mediation decides");
        assertEquals(Optional.of(MEDIATION), ForumAgreement.decide(TWO, Map.of("worker", CONCILIATION, "company", ARBITRATION)));
        List<String> threeUnions = List.of("sp-a", "sp-b", "sp-c");
        assertEquals(Optional.empty(), ForumAgreement.decide(threeUnions, Map.of("sp-a", ARBITRATION, "sp-b", ARBITRATION)));
        assertEquals(Optional.of(ARBITRATION),
                ForumAgreement.decide(threeUnions, Map.of("sp-a", ARBITRATION, "sp-b", ARBITRATION, "sp-c", ARBITRATION)));
    }

    private CaseParty worker;
    private CaseParty company;

    /** A dispute offered the forum on Tue 3 Mar 2026. */
    private DisputeCase offered(DisputeType type) {
        DisputeCase c = CaseExamples.offered(type, CaseExamples.COMPANY);
        worker = CaseExamples.worker(c);
        company = CaseExamples.company(c);
        return c;
    }

    @Test
    void arbitrationIsTakenOnlyOnceBothPartiesChoseIt() {
        DisputeCase c = offered(DisputeType.KEPENTINGAN);
        c.chooseForum(worker.getId(), ARBITRATION, "Arbiter Bandung", "budi", on("2026-03-04"), CLOCK);
        assertEquals(CaseStage.FORUM_OFFERED, c.getStage(), "the company has not agreed yet");
        assertNull(c.getForumChoice());
        assertEquals(ARBITRATION, c.forumVoteOf(worker.getId()).orElseThrow().getChoice());
        assertEquals("FORUM_CHOSEN", c.getEvents().get(c.getEvents().size() - 1).getAction());
        c.chooseForum(company.getId(), ARBITRATION, "Arbiter Bandung", "pt.maju", on("2026-03-06"), CLOCK);
        assertEquals(CaseStage.TRANSFERRED, c.getStage());
        assertEquals(ARBITRATION, c.getForumChoice());
        assertEquals("Arbiter Bandung", c.getForumProvider(), "the same name once");
    }

    @Test
    void differentChoicesGoToMediationAtOnce() {
        DisputeCase c = offered(DisputeType.KEPENTINGAN);
        c.chooseForum(worker.getId(), CONCILIATION, null, "budi", on("2026-03-04"), CLOCK);
        c.chooseForum(company.getId(), ARBITRATION, "Arbiter X", "pt.maju", on("2026-03-05"), CLOCK);
        assertEquals(CaseStage.AWAITING_MEDIATOR, c.getStage());
        assertEquals(MEDIATION, c.getForumChoice());
    }

    @Test
    void oneSidesMediationNeedsNoWaiting() {
        DisputeCase c = offered(DisputeType.PHK);
        c.chooseForum(company.getId(), MEDIATION, "ignored", "pt.maju", on("2026-03-04"), CLOCK);
        assertEquals(CaseStage.AWAITING_MEDIATOR, c.getStage());
        assertNull(c.forumVoteOf(company.getId()).orElseThrow().getProviderName(), "mediation names no outside provider");
    }

    @Test
    void refusedChoicesKeepTheLawsMessageAndRecordNothing() {
        DisputeCase c = offered(DisputeType.PHK);
        BusinessException e = assertThrows(BusinessException.class,
                () -> c.chooseForum(worker.getId(), ARBITRATION, "Arbiter", "budi", on("2026-03-04"), CLOCK));
        assertEquals(ErrorKeys.ARBITRATION_NOT_ALLOWED, e.key());
        assertEquals(List.of(), c.getForumVotes());
        c.chooseForum(worker.getId(), CONCILIATION, null, "budi", on("2026-03-04"), CLOCK);
        BusinessException twice = assertThrows(BusinessException.class,
                () -> c.chooseForum(worker.getId(), MEDIATION, null, "budi", on("2026-03-05"), CLOCK));
        assertEquals(ErrorKeys.FORUM_ALREADY_CHOSEN, twice.key());
        assertEquals(CaseStage.FORUM_OFFERED, c.getStage());
    }

    @Test
    void withoutAgreementIn7HkTheLapseStillLeadsToMediation() {
        DisputeCase c = offered(DisputeType.KEPENTINGAN);
        c.chooseForum(worker.getId(), CONCILIATION, null, "budi", on("2026-03-04"), CLOCK);
        // 7 HK from Tue 3 Mar end Thu 12 Mar: the lapse is refused until then, taken after
        assertEquals(ErrorKeys.FORUM_CHOICE_OPEN, assertThrows(BusinessException.class,
                () -> c.apply(CaseAction.FORUM_LAPSED, "petugas", on("2026-03-12"), null, CLOCK)).key());
        c.apply(CaseAction.FORUM_LAPSED, "petugas", on("2026-03-13"), null, CLOCK);
        assertEquals(CaseStage.AWAITING_MEDIATOR, c.getStage());
        assertEquals(ForumChoice.NONE_IN_TIME, c.getForumChoice());
    }
}
