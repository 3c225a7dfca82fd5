package id.go.jabarprov.disnakertrans.sikhi.domain;

import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.CLOCK;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.d;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Conflict-of-interest declarations on a PHK case handed to mediator Siti on Mon 9 Mar 2026.
 */
class MediatorDeclarationsTest {

    private static final String SITI = "mediator.siti";
    private static final String RUDI = "mediator.rudi";

    private DisputeCase assignedToSiti() {
        DisputeCase c = CaseExamples.withMediator(DisputeType.PHK, SITI);
        return c;
    }

    private static CaseEvent last(DisputeCase c) {
        return c.getEvents().get(c.getEvents().size() - 1);
    }

    @Test
    void theAssignedMediatorMustDeclareBeforeAnyWorkAndOthersAreNotConcerned() {
        DisputeCase c = assignedToSiti();
        assertTrue(c.isDeclarationDue());
        BusinessException refused = assertThrows(BusinessException.class, () -> c.requireDeclaredBy(SITI));
        assertEquals(ErrorKeys.DECLARATION_FIRST, refused.key());
        c.requireDeclaredBy("kabid"); // the head of section is not the one who must declare

        c.declareNoConflict(SITI, true, on("2026-03-10"));
        assertFalse(c.isDeclarationDue());
        c.requireDeclaredBy(SITI);
        assertEquals(SITI, c.currentDeclaration().orElseThrow().getMediator());
        CaseEvent declared = last(c);
        assertEquals(CaseEvent.NO_CONFLICT_DECLARED, declared.getAction());
        assertTrue(declared.isVisibleToParties(), "the parties see that the mediator declared no conflict");
        assertEquals(CaseStage.MEDIATOR_ASSIGNED, c.getStage());
    }

    @Test
    void noDeclarationIsDueOutsideMediationAndNoneTwice() {
        assertFalse(MediatorDeclarations.mustDeclare(CaseStage.AWAITING_MEDIATOR, null, java.util.List.of()));
        assertFalse(MediatorDeclarations.mustDeclare(CaseStage.REGISTERED, SITI, java.util.List.of()));
        assertTrue(MediatorDeclarations.mustDeclare(CaseStage.IN_SESSION, SITI, java.util.List.of()), "a hand-over too");
        DisputeCase c = assignedToSiti();
        c.declareNoConflict(SITI, true, on("2026-03-10"));
        assertEquals(ErrorKeys.ALREADY_DECLARED,
                assertThrows(BusinessException.class, () -> c.declareNoConflict(SITI, true, on("2026-03-11"))).key());
        assertEquals(ErrorKeys.NO_MEDIATOR,
                assertThrows(BusinessException.class, () -> c.declareNoConflict(RUDI, true, on("2026-03-10"))).key(),
                "only the mediator holding the case declares");
    }

    @Test
    void theStatementMustBeTickedAndAConflictNeedsItsReasonBesideTheField() {
        DisputeCase c = assignedToSiti();
        assertEquals(Map.of(MediatorDeclarations.NO_CONFLICT, ErrorKeys.REQUIRED),
                assertThrows(BusinessException.class, () -> c.declareNoConflict(SITI, false, on("2026-03-10"))).fieldKeys());
        assertEquals(Map.of(MediatorDeclarations.REASON, ErrorKeys.REQUIRED),
                assertThrows(BusinessException.class, () -> c.declareConflict(SITI, "   ", on("2026-03-10"), CLOCK)).fieldKeys());
        assertEquals(Map.of(MediatorDeclarations.REASON, ErrorKeys.TOO_LONG),
                MediatorDeclarations.problems(true, false, "x".repeat(Limits.SHORT_TEXT + 1)));
        assertTrue(c.isDeclarationDue(), "nothing recorded by a refused declaration");
        assertEquals(SITI, c.getAssignedMediator());
    }

    @Test
    void aConflictOnAFirstPelimpahanSendsTheCaseBackToTheHeadWithTheClockRunningFromTheFirstPelimpahan() {
        DisputeCase c = assignedToSiti();
        java.time.LocalDate due = c.mediationDeadline(d("2026-03-10"), CLOCK).orElseThrow().deadline().date();
        c.declareConflict(SITI, "Direktur PT Maju Jaya adalah kakak ipar saya.", on("2026-03-10"), CLOCK);
        assertEquals(CaseStage.AWAITING_MEDIATOR, c.getStage());
        assertNull(c.getAssignedMediator());
        assertEquals(Set.of(SITI), c.conflictedMediators());
        // the reason is on the staff trail only; the stage change the parties see carries none
        CaseEvent reason = c.getEvents().get(c.getEvents().size() - 2);
        assertEquals(CaseEvent.CONFLICT_DECLARED, reason.getAction());
        assertFalse(reason.isVisibleToParties());
        assertEquals("Direktur PT Maju Jaya adalah kakak ipar saya.", reason.getNote());
        assertEquals(CaseAction.RELEASE_MEDIATOR.name(), last(c).getAction());
        assertTrue(last(c).isVisibleToParties());
        assertNull(last(c).getNote());
        assertTrue(c.eventsVisibleToParties().stream().noneMatch(e -> e.getNote() != null && e.getNote().contains("ipar")));
        // the 30 HK still run from Mon 9 Mar and show while the case waits
        assertEquals(due, c.deadlines(d("2026-03-11"), CLOCK).stream()
                .filter(x -> x.kind() == DeadlineKind.MEDIATION).findFirst().orElseThrow().deadline().date());

        // Siti may not be given the case again; Rudi takes it, the clock does not restart
        assertEquals(Map.of("mediator", ErrorKeys.MEDIATOR_CONFLICTED),
                assertThrows(BusinessException.class, () -> c.assignMediator(SITI, "kabid", on("2026-03-12"), CLOCK)).fieldKeys());
        c.assignMediator(RUDI, "kabid", on("2026-03-12"), CLOCK);
        assertEquals(d("2026-03-09"), c.getAssignedOn());
        assertTrue(c.isDeclarationDue(), "the new mediator declares too");
        assertEquals(Map.of("newMediator", ErrorKeys.MEDIATOR_CONFLICTED),
                assertThrows(BusinessException.class, () -> c.reassignMediator(SITI, "kabid", on("2026-03-13"), null)).fieldKeys(),
                "nor handed back to her");
    }

    @Test
    void aConflictInARunningMediationKeepsItsStageForTheHeadsHandOver() {
        DisputeCase c = assignedToSiti();
        c.declareNoConflict(SITI, true, on("2026-03-10"));
        MediationSession sidang = c.scheduleSession(SessionKind.SIDANG, on("2026-03-11"), "https://meet.example/x", null, SITI,
                on("2026-03-10"));
        c.recordRisalah(sidang.getId(), new Risalah(d("2026-03-11"), "Budi; HRD", "PHK", "Pesangon penuh", "Setengah", "Belum sepakat"),
                SITI, on("2026-03-11"), CLOCK);
        c.reassignMediator(RUDI, "kabid", on("2026-03-12"), "cuti");
        c.declareConflict(RUDI, "Pernah menjadi kuasa hukum PT Maju Jaya.", on("2026-03-12"), CLOCK);
        assertEquals(CaseStage.IN_SESSION, c.getStage(), "the session held is not lost");
        assertNull(c.getAssignedMediator());
        assertEquals(CaseEvent.MEDIATOR_RELEASED, last(c).getAction());
        assertFalse(c.isDeclarationDue());
        c.reassignMediator(SITI, "kabid", on("2026-03-13"), null);
        assertFalse(c.isDeclarationDue(), "Siti declared on this case already");
        assertTrue(MediatorDeclarations.mayBeAssigned(SITI, c.getConflictDeclarations()));
        assertFalse(MediatorDeclarations.mayBeAssigned(RUDI, c.getConflictDeclarations()));
    }

    @Test
    void aConflictFoundAfterDeclaringNoneReleasesTheCaseAndKeepsTheFirstStatementsDay() {
        DisputeCase c = assignedToSiti();
        c.declareNoConflict(SITI, true, on("2026-03-10"));
        MediationSession sidang = c.scheduleSession(SessionKind.SIDANG, on("2026-03-12"), "https://meet.example/x", null, SITI,
                on("2026-03-10"));
        // a reason is required, shown beside the later form's field; nothing changes on a refusal
        assertEquals(Map.of(MediatorDeclarations.LATER_REASON, ErrorKeys.REQUIRED),
                assertThrows(BusinessException.class, () -> c.declareConflict(SITI, " ", on("2026-03-11"), CLOCK)).fieldKeys());
        assertEquals(SITI, c.getAssignedMediator());
        assertFalse(c.currentDeclaration().orElseThrow().isConflict());

        ConflictDeclaration found = c.declareConflict(SITI, "Kuasa perusahaan ternyata suami saya.", on("2026-03-11"), CLOCK);
        assertTrue(found.isConflict() && found.isFoundLater());
        assertEquals(on("2026-03-10"), found.getDeclaredAt(), "the day of the first statement stays");
        assertEquals(on("2026-03-11"), found.getConflictFoundAt());
        assertEquals(1, c.getConflictDeclarations().size(), "one declaration per mediator and case");
        assertNull(c.getAssignedMediator());
        assertEquals(CaseStage.MEDIATOR_ASSIGNED, c.getStage(), "a session is planned: it waits for the head's hand-over");
        assertEquals(CaseEvent.MEDIATOR_RELEASED, last(c).getAction());
        assertEquals(Set.of(SITI), c.conflictedMediators());
        assertEquals(Map.of("newMediator", ErrorKeys.MEDIATOR_CONFLICTED),
                assertThrows(BusinessException.class, () -> c.reassignMediator(SITI, "kabid", on("2026-03-12"), null)).fieldKeys());
        c.reassignMediator(RUDI, "kabid", on("2026-03-12"), null);
        assertTrue(c.isDeclarationDue(), "the next mediator declares in turn");
        assertEquals(sidang.getId(), c.getSessions().get(0).getId(), "the planned session stays with the case");
    }
}
