package id.go.jabarprov.disnakertrans.sikhi.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.CLOCK;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.d;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.on;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DelegationRulesTest {

    @ParameterizedTest
    @EnumSource(CaseAction.class)
    void theKabKotaDecidesNothingWhileTheProvinceHoldsTheCase(CaseAction action) {
        assertFalse(DelegationRules.sideMayTake(true, false, false, action), action.name());
    }

    @ParameterizedTest
    @EnumSource(CaseAction.class)
    void theProvinceDecidesNothingOnACaseNotDelegatedToIt(CaseAction action) {
        assertFalse(DelegationRules.sideMayTake(false, true, false, action), action.name());
        assertFalse(DelegationRules.sideMayTake(false, true, true, action), "not even as a mediator: " + action);
    }

    @Test
    void theProvinceSendsBackTakesOverOrOffersTheForumButDoesNotRegisterOrDelegateAgain() {
        for (CaseAction action : new CaseAction[] {CaseAction.SEND_BACK_TO_KABKOTA, CaseAction.ASSIGN_MEDIATOR,
                CaseAction.OFFER_FORUM, CaseAction.FORUM_LAPSED}) {
            assertTrue(DelegationRules.sideMayTake(true, true, false, action), action.name());
        }
        for (CaseAction action : new CaseAction[] {CaseAction.REGISTER, CaseAction.RETURN_INCOMPLETE,
                CaseAction.DELEGATE_TO_PROVINCE, CaseAction.RECORD_SESSION}) {
            assertFalse(DelegationRules.sideMayTake(true, true, false, action), action.name());
        }
    }

    @Test
    void theMediatorHoldingADelegatedCaseRunsIt() {
        assertTrue(DelegationRules.sideMayTake(true, true, true, CaseAction.RECORD_SESSION));
        assertTrue(DelegationRules.sideMayTake(true, true, true, CaseAction.ISSUE_ANJURAN));
    }

    @Test
    void theKabKotaSendsNothingBackToItselfButKeepsItsOwnSteps() {
        assertFalse(DelegationRules.sideMayTake(false, false, false, CaseAction.SEND_BACK_TO_KABKOTA));
        assertTrue(DelegationRules.sideMayTake(false, false, false, CaseAction.DELEGATE_TO_PROVINCE));
        assertTrue(DelegationRules.sideMayTake(false, false, false, CaseAction.ASSIGN_MEDIATOR));
        assertTrue(DelegationRules.sideMayTake(false, false, true, CaseAction.RECORD_SESSION));
    }

    @Test
    void theProvinceSeesOnlyDelegatedCasesItsHeadOrAssignedMediatorMayOpen() {
        assertTrue(DelegationRules.provinceMaySee(true, CaseStage.DELEGATED_TO_PROVINCE, true, false));
        assertTrue(DelegationRules.provinceMaySee(true, CaseStage.IN_SESSION, false, true));
        assertFalse(DelegationRules.provinceMaySee(true, CaseStage.MEDIATOR_ASSIGNED, false, false), "another mediator's case");
        assertFalse(DelegationRules.provinceMaySee(false, CaseStage.REGISTERED, true, false), "not delegated");
        assertFalse(DelegationRules.provinceMaySee(false, CaseStage.IN_SESSION, false, true), "not delegated, even if assigned");
    }

    @Test
    void daysWaitingCountWorkingDaysFromTheDayOfDelegationInJakarta() {
        // 18:00 UTC on Sunday 1 March is already Monday 2 March in Jakarta: the day of delegation does not count
        Instant delegated = Instant.parse("2026-03-01T18:00:00Z");
        assertEquals(0, DelegationRules.daysWaiting(delegated, d("2026-03-02"), CLOCK));
        // Tue 3 to Fri 6, then Mon 9: five working days, the weekend of 7-8 March not counted
        assertEquals(5, DelegationRules.daysWaiting(delegated, d("2026-03-09"), CLOCK));
        // delegated on Tue 17 March: Wed 18 to Tue 24 March are Nyepi, Idul Fitri and their cuti bersama, so on
        // Wed 25 March the case has waited 1 working day, not 8 calendar days
        assertEquals(1, DelegationRules.daysWaiting(on("2026-03-17"), d("2026-03-25"), CLOCK));
        assertEquals(0, DelegationRules.daysWaiting(null, d("2026-03-09"), CLOCK));
    }
}
