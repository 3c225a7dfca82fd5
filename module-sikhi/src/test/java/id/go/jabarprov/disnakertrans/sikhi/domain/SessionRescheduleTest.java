package id.go.jabarprov.disnakertrans.sikhi.domain;

import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.CLOCK;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.at;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.d;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Moving a mediation session that has not been held, on the 2026 calendar: a hak dispute registered Tue 3 Mar,
 * pelimpahan Mon 9 Mar, sidang 1 planned on Tue 10 Mar for Thu 12 Mar 10:00 online.
 */
class SessionRescheduleTest {

    private static final String WORKER = "budi";
    private static final String MEDIATOR = "mediator.siti";

    private DisputeCase c;
    private CaseParty worker;
    private CaseParty company;
    private MediationSession sidang;

    private void pelimpahanAndSidangPlanned() {
        c = new DisputeCase(new TrackingCode("SK-7KX4-Q9M2"), CaseSecret.hash("7KX4-Q9M2-HT3W"), "32.73", WORKER,
                new CaseParticulars(DisputeType.HAK, "PT Maju Jaya", "1234567890123", "Jl. Soekarno-Hatta 1, Bandung",
                        "Budi Santoso", false, "Upah lembur tidak dibayar sejak Januari.", "Bayar upah lembur."),
                on("2026-03-02"));
        worker = c.addParty(PartyRole.WORKER, "Budi Santoso", WORKER, "Jl. Cibaduyut 2, Bandung", "0812");
        company = c.addParty(PartyRole.COMPANY, "PT Maju Jaya", "pt.maju", "Jl. Soekarno-Hatta 1, Bandung", null);
        c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-02"), null, CLOCK);
        c.register(RegistrationNumber.after(6, "32.73", 2026), "petugas", on("2026-03-03"), CLOCK);
        c.assignMediator(MEDIATOR, "kabid", on("2026-03-09"), CLOCK);
        sidang = c.scheduleSession(SessionKind.SIDANG, at("2026-03-12T10:00"), "https://meet.jit.si/sikhi-1", null, MEDIATOR,
                on("2026-03-10"));
    }

    private static Map<String, String> refusal(Runnable action) {
        BusinessException e = assertThrows(BusinessException.class, action::run);
        return e.key() != null ? Map.of("", e.key()) : e.fieldKeys();
    }

    @Test
    void aMoveSetsTheNewTimeAndPlaceAndTheTrailSaysFromWhenToWhenAndWhy() {
        pelimpahanAndSidangPlanned();
        SessionMove move = c.rescheduleSession(sidang.getId(), at("2026-03-16T13:30"), null, "Ruang Mediasi Disnaker",
                "Mediator bertugas di luar kota", MEDIATOR, at("2026-03-11T08:00"));
        assertEquals(at("2026-03-12T10:00"), move.from());
        assertEquals(at("2026-03-16T13:30"), move.to());
        assertEquals(at("2026-03-16T13:30"), sidang.getScheduledAt());
        assertEquals("Ruang Mediasi Disnaker", sidang.getMeetingPlace());
        assertEquals(null, sidang.getMeetingLink());
        CaseEvent last = c.getEvents().get(c.getEvents().size() - 1);
        assertEquals(CaseEvent.SESSION_RESCHEDULED, last.getAction());
        assertEquals("SIDANG 1: 2026-03-12 10:00 -> 2026-03-16 13:30 (Mediator bertugas di luar kota)", last.getNote());
        assertTrue(last.isVisibleToParties());
        assertEquals(CaseStage.MEDIATOR_ASSIGNED, c.getStage(), "a move changes no stage");
    }

    @Test
    void earlierAttendanceConfirmationsLapseWithTheMoveAndThePartiesConfirmAgain() {
        pelimpahanAndSidangPlanned();
        c.confirmAttendance(sidang.getId(), worker.getId(), WORKER, at("2026-03-10T12:00"));
        c.confirmAttendance(sidang.getId(), company.getId(), "pt.maju", at("2026-03-10T14:00"));
        assertTrue(sidang.isAttendanceConfirmedBy(worker.getId()) && sidang.isAttendanceConfirmedBy(company.getId()));
        assertEquals(Map.of("", ErrorKeys.ALREADY_CONFIRMED),
                refusal(() -> c.confirmAttendance(sidang.getId(), worker.getId(), WORKER, at("2026-03-10T15:00"))));

        c.rescheduleSession(sidang.getId(), at("2026-03-13T09:00"), "https://meet.jit.si/sikhi-1", null, "Pihak perusahaan berhalangan",
                MEDIATOR, at("2026-03-11T08:00"));
        assertFalse(sidang.isAttendanceConfirmedBy(worker.getId()), "confirmed for Thursday, not for Friday");
        assertFalse(sidang.isAttendanceConfirmedBy(company.getId()));
        c.confirmAttendance(sidang.getId(), worker.getId(), WORKER, at("2026-03-11T09:00"));
        assertTrue(sidang.isAttendanceConfirmedBy(worker.getId()));
        assertEquals(3, c.getEvents().stream().filter(e -> e.getAction().equals(CaseEvent.ATTENDANCE_CONFIRMED)).count(),
                "the trail keeps the confirmations of the old time");
    }

    @Test
    void aTimeNotAfterNowIsRefusedBesideTheDateAndTheReasonIsRequiredAtTheSameTime() {
        pelimpahanAndSidangPlanned();
        // Wed 11 Mar 08:00: 07:59 that morning is past, 08:00 is not after now either
        assertEquals(Map.of(SessionMove.AT, ErrorKeys.SESSION_IN_PAST, SessionMove.REASON, ErrorKeys.REQUIRED),
                refusal(() -> c.rescheduleSession(sidang.getId(), at("2026-03-11T07:59"), "https://meet.jit.si/sikhi-1", null, " ",
                        MEDIATOR, at("2026-03-11T08:00"))));
        assertEquals(Map.of(SessionMove.AT, ErrorKeys.SESSION_IN_PAST),
                refusal(() -> c.rescheduleSession(sidang.getId(), at("2026-03-11T08:00"), "https://meet.jit.si/sikhi-1", null, "Banjir",
                        MEDIATOR, at("2026-03-11T08:00"))));
        assertEquals(Map.of(SessionMove.AT, ErrorKeys.REQUIRED),
                refusal(() -> c.rescheduleSession(sidang.getId(), null, "https://meet.jit.si/sikhi-1", null, "Banjir",
                        MEDIATOR, at("2026-03-11T08:00"))));
        assertEquals(at("2026-03-12T10:00"), sidang.getScheduledAt(), "nothing moved");
        assertEquals(1, c.getEvents().stream().filter(e -> e.getAction().equals(CaseEvent.SESSION_SCHEDULED)).count());
        assertTrue(c.getEvents().stream().noneMatch(e -> e.getAction().equals(CaseEvent.SESSION_RESCHEDULED)));
    }

    @Test
    void aMoveThatChangesNothingOrLeavesNoRoomNorPlaceIsRefused() {
        pelimpahanAndSidangPlanned();
        assertEquals(Map.of(SessionMove.AT, ErrorKeys.SESSION_UNCHANGED),
                refusal(() -> c.rescheduleSession(sidang.getId(), at("2026-03-12T10:00"), "https://meet.jit.si/sikhi-1", null, "Banjir",
                        MEDIATOR, at("2026-03-11T08:00"))));
        assertEquals(Map.of(SessionMove.PLACE, ErrorKeys.REQUIRED),
                refusal(() -> c.rescheduleSession(sidang.getId(), at("2026-03-13T10:00"), null, " ", "Banjir", MEDIATOR,
                        at("2026-03-11T08:00"))));
        // the same time in another place is a move
        c.rescheduleSession(sidang.getId(), at("2026-03-12T10:00"), null, "Aula Disnaker", "Daring tidak stabil", MEDIATOR,
                at("2026-03-11T08:00"));
        assertEquals("Aula Disnaker", sidang.getMeetingPlace());
    }

    @Test
    void aHeldSessionStaysWhereItWasHeld() {
        pelimpahanAndSidangPlanned();
        c.recordRisalah(sidang.getId(), new Risalah(d("2026-03-12"), "Budi; HRD PT Maju Jaya", "Upah lembur", "Minta dibayar",
                "Tidak diperintahkan", "Belum sepakat"), MEDIATOR, at("2026-03-12T15:00"), CLOCK);
        assertEquals(Map.of(SessionMove.SESSION, ErrorKeys.SESSION_HELD),
                refusal(() -> c.rescheduleSession(sidang.getId(), at("2026-03-17T10:00"), null, "Kantor", "Lanjutan", MEDIATOR,
                        at("2026-03-12T16:00"))));
        assertEquals(Map.of("", ErrorKeys.SESSION_HELD),
                refusal(() -> c.confirmAttendance(sidang.getId(), worker.getId(), WORKER, at("2026-03-12T16:00"))));
    }

    @Test
    void onlyACaseInMediationBeforeAnOutcomeHasSessionsToMove() {
        pelimpahanAndSidangPlanned();
        c.recordRisalah(sidang.getId(), new Risalah(d("2026-03-12"), "Budi; HRD PT Maju Jaya", "Upah lembur", "Minta dibayar",
                "Tidak diperintahkan", "Belum sepakat"), MEDIATOR, at("2026-03-12T15:00"), CLOCK);
        MediationSession sidang2 = c.scheduleSession(SessionKind.SIDANG, at("2026-03-17T10:00"), null, "Kantor", MEDIATOR,
                at("2026-03-12T16:00"));
        c.issueAnjuran("Menganjurkan pembayaran upah lembur.", MEDIATOR, at("2026-03-13T09:00"), CLOCK);
        assertEquals(Map.of("", ErrorKeys.NOT_IN_MEDIATION),
                refusal(() -> c.rescheduleSession(sidang2.getId(), at("2026-03-18T10:00"), null, "Kantor", "Libur", MEDIATOR,
                        at("2026-03-13T10:00"))));
        c.apply(CaseAction.WITHDRAW, WORKER, at("2026-03-13T11:00"), null, CLOCK);
        assertEquals(Map.of("", ErrorKeys.CASE_CLOSED),
                refusal(() -> c.rescheduleSession(sidang2.getId(), at("2026-03-18T10:00"), null, "Kantor", "Libur", MEDIATOR,
                        at("2026-03-13T12:00"))));
    }

    @Test
    void anotherCasesSessionIsNotFound() {
        pelimpahanAndSidangPlanned();
        assertThrows(AccessDeniedException.class, () -> c.rescheduleSession("not-a-session", at("2026-03-13T10:00"), null, "Kantor",
                "Banjir", MEDIATOR, at("2026-03-11T08:00")));
    }

    @Test
    void theFirstSessionDeadlineFollowsTheSidangActuallyHeldNotThePlannedDates() {
        pelimpahanAndSidangPlanned();
        // pelimpahan Mon 9 Mar: 7 HK are 10-13, 16, 17 Mar and, after Nyepi and Idul Fitri (18-24 Mar), Wed 25 Mar
        c.rescheduleSession(sidang.getId(), at("2026-03-30T10:00"), "https://meet.jit.si/sikhi-1", null, "Mediator sakit", MEDIATOR,
                at("2026-03-11T08:00"));
        CaseDeadline first = c.deadlines(d("2026-03-27"), CLOCK).stream().filter(x -> x.kind() == DeadlineKind.FIRST_SESSION)
                .findFirst().orElseThrow();
        assertEquals(d("2026-03-25"), first.deadline().date(), "a move does not stretch the 7 HK");
        assertTrue(first.overdue(), first.toString());
        c.recordRisalah(sidang.getId(), new Risalah(d("2026-03-30"), "Budi; HRD PT Maju Jaya", "Upah lembur", "Minta dibayar",
                "Tidak diperintahkan", "Belum sepakat"), MEDIATOR, at("2026-03-30T15:00"), CLOCK);
        assertEquals(d("2026-03-30"), c.getFirstSessionOn(), "the day it was held, whatever was planned");
        assertTrue(c.deadlines(d("2026-03-30"), CLOCK).stream().noneMatch(x -> x.kind() == DeadlineKind.FIRST_SESSION));
    }
}
