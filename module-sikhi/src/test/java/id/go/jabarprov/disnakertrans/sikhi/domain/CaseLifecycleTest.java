package id.go.jabarprov.disnakertrans.sikhi.domain;

import static id.go.jabarprov.disnakertrans.sikhi.domain.CaseAction.*;
import static id.go.jabarprov.disnakertrans.sikhi.domain.CaseStage.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CaseLifecycleTest {

    /** Named fact sets for the tables below. */
    private static CaseFacts facts(DisputeType type, String tag) {
        CaseFacts base = CaseFacts.of(type);
        return switch (tag) {
            case "-" -> base;
            case "SESSION" -> base.withSessionHeld(true);
            case "LAPSED" -> base.withForumChoiceLapsed(true).withCompletionLapsed(true);
            case "ACCEPTED" -> base.withSessionHeld(true).withAnjuranIssued(true).withAnjuranOutcome(AnjuranOutcome.ACCEPTED);
            case "REJECTED" -> base.withSessionHeld(true).withAnjuranIssued(true).withAnjuranOutcome(AnjuranOutcome.REJECTED);
            case "PB_ALL" -> base.withSessionHeld(true).withPbAcceptedByAll(true);
            case "ANJURAN" -> base.withSessionHeld(true).withAnjuranIssued(true);
            default -> throw new IllegalArgumentException(tag);
        };
    }

    @ParameterizedTest(name = "{0} --{1}--> {4} ({2}, {3})")
    @CsvSource({
            "DRAFT,                 SUBMIT,                 PHK,          -,        SUBMITTED",
            "SUBMITTED,             RETURN_INCOMPLETE,      PHK,          -,        RETURNED",
            "SUBMITTED,             REGISTER,               PHK,          -,        REGISTERED",
            "SUBMITTED,             WITHDRAW,               PHK,          -,        WITHDRAWN",
            "SUBMITTED,             SEND_BACK_TO_BIPARTITE, PHK,          -,        SENT_BACK_TO_BIPARTITE",
            "RETURNED,              RESUBMIT,               PHK,          -,        SUBMITTED",
            "RETURNED,              RETURN_LAPSED,          PHK,          LAPSED,   WITHDRAWN",
            "RETURNED,              WITHDRAW,               PHK,          -,        WITHDRAWN",
            "REGISTERED,            OFFER_FORUM,            PHK,          -,        FORUM_OFFERED",
            "REGISTERED,            OFFER_FORUM,            KEPENTINGAN,  -,        FORUM_OFFERED",
            "REGISTERED,            OFFER_FORUM,            ANTAR_SERIKAT_PEKERJA, -, FORUM_OFFERED",
            "REGISTERED,            ASSIGN_MEDIATOR,        HAK,          -,        MEDIATOR_ASSIGNED",
            "REGISTERED,            DELEGATE_TO_PROVINCE,   HAK,          -,        DELEGATED_TO_PROVINCE",
            "REGISTERED,            DELEGATE_TO_MINISTRY,   PHK,          -,        TRANSFERRED",
            "REGISTERED,            SEND_BACK_TO_BIPARTITE, HAK,          -,        SENT_BACK_TO_BIPARTITE",
            "DELEGATED_TO_PROVINCE, SEND_BACK_TO_KABKOTA,   PHK,          -,        REGISTERED",
            "DELEGATED_TO_PROVINCE, OFFER_FORUM,            PHK,          -,        FORUM_OFFERED",
            "DELEGATED_TO_PROVINCE, ASSIGN_MEDIATOR,        HAK,          -,        MEDIATOR_ASSIGNED",
            "DELEGATED_TO_PROVINCE, DELEGATE_TO_MINISTRY,   HAK,          -,        TRANSFERRED",
            "FORUM_OFFERED,         CHOOSE_CONCILIATION,    PHK,          -,        TRANSFERRED",
            "FORUM_OFFERED,         CHOOSE_CONCILIATION,    KEPENTINGAN,  -,        TRANSFERRED",
            "FORUM_OFFERED,         CHOOSE_CONCILIATION,    ANTAR_SERIKAT_PEKERJA, -, TRANSFERRED",
            "FORUM_OFFERED,         CHOOSE_ARBITRATION,     KEPENTINGAN,  -,        TRANSFERRED",
            "FORUM_OFFERED,         CHOOSE_ARBITRATION,     ANTAR_SERIKAT_PEKERJA, -, TRANSFERRED",
            "FORUM_OFFERED,         CHOOSE_MEDIATION,       PHK,          -,        AWAITING_MEDIATOR",
            "FORUM_OFFERED,         FORUM_LAPSED,           KEPENTINGAN,  LAPSED,   AWAITING_MEDIATOR",
            "AWAITING_MEDIATOR,     ASSIGN_MEDIATOR,        PHK,          -,        MEDIATOR_ASSIGNED",
            "MEDIATOR_ASSIGNED,     START_KLARIFIKASI,      PHK,          -,        KLARIFIKASI",
            "MEDIATOR_ASSIGNED,     RECORD_SESSION,         PHK,          -,        IN_SESSION",
            "KLARIFIKASI,           END_KLARIFIKASI,        PHK,          -,        MEDIATOR_ASSIGNED",
            "KLARIFIKASI,           END_KLARIFIKASI,        PHK,          SESSION,  IN_SESSION",
            "KLARIFIKASI,           WITHDRAW,               PHK,          -,        WITHDRAWN",
            "IN_SESSION,            RECORD_SESSION,         PHK,          SESSION,  IN_SESSION",
            "IN_SESSION,            START_KLARIFIKASI,      PHK,          SESSION,  KLARIFIKASI",
            "IN_SESSION,            DRAFT_PB,               PHK,          SESSION,  PB_DRAFTED",
            "IN_SESSION,            ISSUE_ANJURAN,          HAK,          SESSION,  ANJURAN_ISSUED",
            "IN_SESSION,            SEND_BACK_TO_BIPARTITE, HAK,          SESSION,  SENT_BACK_TO_BIPARTITE",
            "ANJURAN_ISSUED,        ANSWER_ANJURAN,         HAK,          ANJURAN,  ANJURAN_ISSUED",
            "ANJURAN_ISSUED,        ANSWERS_COMPLETE,       HAK,          ACCEPTED, PB_DRAFTED",
            "ANJURAN_ISSUED,        ANSWERS_COMPLETE,       HAK,          REJECTED, CLOSED_ANJURAN",
            "ANJURAN_ISSUED,        WITHDRAW,               HAK,          ANJURAN,  WITHDRAWN",
            "PB_DRAFTED,            ACCEPT_PB,              PHK,          SESSION,  PB_DRAFTED",
            "PB_DRAFTED,            REGISTER_PB_AT_PHI,     PHK,          PB_ALL,   CLOSED_AGREED",
            "PB_DRAFTED,            ABANDON_PB,             PHK,          SESSION,  IN_SESSION",
            "PB_DRAFTED,            WITHDRAW,               PHK,          SESSION,  WITHDRAWN",
    })
    void legalTransitions(CaseStage from, CaseAction action, DisputeType type, String tag, CaseStage expected) {
        assertEquals(expected, CaseLifecycle.next(from, action, facts(type, tag)));
        assertTrue(CaseLifecycle.isAllowed(from, action, facts(type, tag)));
        assertTrue(CaseLifecycle.allowedActions(from, type).contains(action));
    }

    @ParameterizedTest(name = "{0} --{1}--> refused {4} ({2}, {3})")
    @CsvSource({
            // forums the law does not open to the type, asked in the right stage or any other
            "FORUM_OFFERED,     CHOOSE_ARBITRATION,  PHK,          -,       sikhi.error.arbitrationNotAllowed",
            "REGISTERED,        CHOOSE_ARBITRATION,  HAK,          -,       sikhi.error.arbitrationNotAllowed",
            "FORUM_OFFERED,     CHOOSE_ARBITRATION,  HAK,          -,       sikhi.error.arbitrationNotAllowed",
            "REGISTERED,        CHOOSE_CONCILIATION, HAK,          -,       sikhi.error.conciliationNotAllowed",
            "REGISTERED,        OFFER_FORUM,         HAK,          -,       sikhi.error.forumNotAvailable",
            "DELEGATED_TO_PROVINCE, OFFER_FORUM,     HAK,          -,       sikhi.error.forumNotAvailable",
            // the office must offer the forum before mediating a non-hak dispute
            "REGISTERED,        ASSIGN_MEDIATOR,     PHK,          -,       sikhi.error.forumNotOffered",
            "REGISTERED,        ASSIGN_MEDIATOR,     KEPENTINGAN,  -,       sikhi.error.forumNotOffered",
            "FORUM_OFFERED,     ASSIGN_MEDIATOR,     PHK,          -,       sikhi.error.illegalTransition",
            // before registration
            "SUBMITTED,         ASSIGN_MEDIATOR,     HAK,          -,       sikhi.error.notRegistered",
            "DRAFT,             ASSIGN_MEDIATOR,     HAK,          -,       sikhi.error.notRegistered",
            "RETURNED,          OFFER_FORUM,         PHK,          -,       sikhi.error.notRegistered",
            "SUBMITTED,         DELEGATE_TO_PROVINCE, PHK,         -,       sikhi.error.notRegistered",
            // an anjuran or a PB needs a session held, and nothing happens in session during klarifikasi
            "MEDIATOR_ASSIGNED, ISSUE_ANJURAN,       PHK,          -,       sikhi.error.noSessionHeld",
            "AWAITING_MEDIATOR, ISSUE_ANJURAN,       PHK,          -,       sikhi.error.noSessionHeld",
            "MEDIATOR_ASSIGNED, DRAFT_PB,            PHK,          -,       sikhi.error.noSessionHeld",
            "KLARIFIKASI,       ISSUE_ANJURAN,       PHK,          SESSION, sikhi.error.klarifikasiInProgress",
            "KLARIFIKASI,       RECORD_SESSION,      PHK,          -,       sikhi.error.klarifikasiInProgress",
            // waiting for time or answers
            "FORUM_OFFERED,     FORUM_LAPSED,        PHK,          -,       sikhi.error.forumChoiceOpen",
            "RETURNED,          RETURN_LAPSED,       PHK,          -,       sikhi.error.completionPeriodOpen",
            "ANJURAN_ISSUED,    ANSWERS_COMPLETE,    PHK,          ANJURAN, sikhi.error.answersPending",
            "PB_DRAFTED,        REGISTER_PB_AT_PHI,  PHK,          SESSION, sikhi.error.pbNotAccepted",
            "PB_DRAFTED,        ABANDON_PB,          PHK,          ACCEPTED, sikhi.error.anjuranAlreadyIssued",
            // out of order
            "DRAFT,             REGISTER,            PHK,          -,       sikhi.error.illegalTransition",
            "DRAFT,             WITHDRAW,            PHK,          -,       sikhi.error.illegalTransition",
            "SUBMITTED,         RESUBMIT,            PHK,          -,       sikhi.error.illegalTransition",
            "REGISTERED,        SEND_BACK_TO_KABKOTA, PHK,         -,       sikhi.error.illegalTransition",
            "DELEGATED_TO_PROVINCE, DELEGATE_TO_PROVINCE, PHK,     -,       sikhi.error.illegalTransition",
            "IN_SESSION,        ANSWERS_COMPLETE,    PHK,          SESSION, sikhi.error.illegalTransition",
            "ANJURAN_ISSUED,    ISSUE_ANJURAN,       PHK,          ANJURAN, sikhi.error.illegalTransition",
            "ANJURAN_ISSUED,    SEND_BACK_TO_BIPARTITE, PHK,       ANJURAN, sikhi.error.illegalTransition",
            // closed is closed
            "CLOSED_AGREED,     WITHDRAW,            PHK,          -,       sikhi.error.caseClosed",
            "TRANSFERRED,       CHOOSE_ARBITRATION,  HAK,          -,       sikhi.error.caseClosed",
            "CLOSED_ANJURAN,    ISSUE_ANJURAN,       PHK,          -,       sikhi.error.caseClosed",
    })
    void refusedTransitions(CaseStage from, CaseAction action, DisputeType type, String tag, String key) {
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> CaseLifecycle.next(from, action, facts(type, tag)));
        assertEquals(key, e.key());
        assertEquals(from, e.stage());
        assertEquals(action, e.action());
        assertFalse(CaseLifecycle.isAllowed(from, action, facts(type, tag)));
    }

    static Stream<Arguments> closedStagesAndActions() {
        return EnumSet.allOf(CaseStage.class).stream().filter(CaseStage::isClosed)
                .flatMap(stage -> Stream.of(CaseAction.values()).map(action -> Arguments.of(stage, action)));
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("closedStagesAndActions")
    void aClosedCaseAcceptsNothing(CaseStage stage, CaseAction action) {
        for (DisputeType type : DisputeType.values()) {
            CaseFacts anything = facts(type, "ACCEPTED").withForumChoiceLapsed(true).withCompletionLapsed(true)
                    .withPbAcceptedByAll(true);
            IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                    () -> CaseLifecycle.next(stage, action, anything));
            assertEquals(ErrorKeys.CASE_CLOSED, e.key());
            assertTrue(CaseLifecycle.allowedActions(stage, type).isEmpty());
        }
    }

    @Test
    void closedStages() {
        assertEquals(EnumSet.of(TRANSFERRED, CLOSED_AGREED, CLOSED_ANJURAN, WITHDRAWN, SENT_BACK_TO_BIPARTITE),
                EnumSet.copyOf(Stream.of(CaseStage.values()).filter(CaseStage::isClosed).toList()));
        assertEquals(EnumSet.of(MEDIATOR_ASSIGNED, KLARIFIKASI, IN_SESSION, ANJURAN_ISSUED, PB_DRAFTED),
                EnumSet.copyOf(Stream.of(CaseStage.values()).filter(CaseStage::isInMediation).toList()));
    }

    @Test
    void buttonsAfterRegistrationDependOnTheType() {
        assertEquals(Set.of(ASSIGN_MEDIATOR, DELEGATE_TO_PROVINCE, DELEGATE_TO_MINISTRY, WITHDRAW, SEND_BACK_TO_BIPARTITE),
                CaseLifecycle.allowedActions(REGISTERED, DisputeType.HAK));
        assertEquals(Set.of(OFFER_FORUM, DELEGATE_TO_PROVINCE, DELEGATE_TO_MINISTRY, WITHDRAW, SEND_BACK_TO_BIPARTITE),
                CaseLifecycle.allowedActions(REGISTERED, DisputeType.PHK));
        assertEquals(Set.of(CHOOSE_CONCILIATION, CHOOSE_MEDIATION, FORUM_LAPSED, WITHDRAW, SEND_BACK_TO_BIPARTITE),
                CaseLifecycle.allowedActions(FORUM_OFFERED, DisputeType.PHK));
        assertEquals(Set.of(CHOOSE_CONCILIATION, CHOOSE_ARBITRATION, CHOOSE_MEDIATION, FORUM_LAPSED, WITHDRAW,
                SEND_BACK_TO_BIPARTITE), CaseLifecycle.allowedActions(FORUM_OFFERED, DisputeType.KEPENTINGAN));
        assertEquals(Set.of(SUBMIT), CaseLifecycle.allowedActions(DRAFT, DisputeType.HAK));
    }

    @Test
    void buttonsNowAlsoWaitForTimeAndAnswers() {
        CaseFacts open = CaseFacts.of(DisputeType.PHK);
        assertEquals(Set.of(CHOOSE_CONCILIATION, CHOOSE_MEDIATION, WITHDRAW, SEND_BACK_TO_BIPARTITE),
                CaseLifecycle.allowedActions(FORUM_OFFERED, open));
        assertTrue(CaseLifecycle.allowedActions(FORUM_OFFERED, open.withForumChoiceLapsed(true)).contains(FORUM_LAPSED));
        assertEquals(Set.of(ANSWER_ANJURAN, WITHDRAW), CaseLifecycle.allowedActions(ANJURAN_ISSUED, facts(DisputeType.PHK, "ANJURAN")));
        assertEquals(Set.of(ACCEPT_PB, WITHDRAW), CaseLifecycle.allowedActions(PB_DRAFTED, facts(DisputeType.PHK, "ACCEPTED")));
    }

    /** Facts under which every readiness condition holds, for a given stage. */
    private static CaseFacts ready(DisputeType type, CaseStage stage) {
        return new CaseFacts(type, true, stage == ANJURAN_ISSUED, true, true, AnjuranOutcome.ACCEPTED, true);
    }

    @ParameterizedTest
    @EnumSource(DisputeType.class)
    void allowedActionsAreExactlyTheActionsNextAccepts(DisputeType type) {
        for (CaseStage stage : CaseStage.values()) {
            Set<CaseAction> allowed = CaseLifecycle.allowedActions(stage, type);
            for (CaseAction action : CaseAction.values()) {
                boolean accepted;
                try {
                    CaseLifecycle.next(stage, action, ready(type, stage));
                    accepted = true;
                } catch (IllegalTransitionException e) {
                    accepted = false;
                }
                assertEquals(allowed.contains(action), accepted, stage + " " + action + " " + type);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DisputeType.class)
    void everyStageOnAPathFromDraftToAClosedStage(DisputeType type) {
        // breadth-first over the diagram: what a case of this type can reach, and that none gets stuck
        Set<CaseStage> reached = EnumSet.of(DRAFT);
        ArrayDeque<CaseStage> queue = new ArrayDeque<>(List.of(DRAFT));
        while (!queue.isEmpty()) {
            CaseStage stage = queue.poll();
            if (!stage.isClosed() && CaseLifecycle.allowedActions(stage, type).isEmpty()) {
                fail(stage + " is a dead end for " + type);
            }
            for (CaseAction action : CaseLifecycle.allowedActions(stage, type)) {
                for (CaseFacts facts : List.of(ready(type, stage), ready(type, stage).withSessionHeld(false),
                        ready(type, stage).withAnjuranOutcome(AnjuranOutcome.REJECTED))) {
                    if (CaseLifecycle.isAllowed(stage, action, facts)) {
                        CaseStage next = CaseLifecycle.next(stage, action, facts);
                        if (reached.add(next)) {
                            queue.add(next);
                        }
                    }
                }
            }
        }
        Set<CaseStage> expected = EnumSet.allOf(CaseStage.class);
        if (!type.hasForumChoice()) {
            // a hak dispute is never offered a forum; it waits for a mediator only when one declared a conflict
            expected.remove(FORUM_OFFERED);
        }
        assertEquals(expected, reached);
    }

    @Test
    void forumsPerDisputeType() {
        assertFalse(DisputeType.HAK.allowsConciliation());
        assertFalse(DisputeType.HAK.allowsArbitration());
        assertFalse(DisputeType.HAK.hasForumChoice());
        assertTrue(DisputeType.KEPENTINGAN.allowsConciliation());
        assertTrue(DisputeType.KEPENTINGAN.allowsArbitration());
        assertTrue(DisputeType.PHK.allowsConciliation());
        assertFalse(DisputeType.PHK.allowsArbitration());
        assertTrue(DisputeType.ANTAR_SERIKAT_PEKERJA.allowsConciliation());
        assertTrue(DisputeType.ANTAR_SERIKAT_PEKERJA.allowsArbitration());
    }

    @Test
    void everyKeyIsAModuleKey() throws IllegalAccessException {
        for (var field : ErrorKeys.class.getFields()) {
            assertTrue(((String) field.get(null)).startsWith("sikhi."), field.getName());
        }
        assertEquals("sikhi.stage.KLARIFIKASI", KLARIFIKASI.key());
        assertEquals("sikhi.action.ISSUE_ANJURAN", ISSUE_ANJURAN.key());
    }
}
