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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Klarifikasi form's rules on the 2026 calendar: a PHK case handed to the mediator on Mon 9 Mar 2026;
 * Nyepi and Idul Fitri close the offices from Wed 18 to Tue 24 Mar.
 */
class KlarifikasiRequestTest {

    private static final String MEDIATOR = "mediator.siti";

    private CaseParty worker;
    private CaseParty company;

    private DisputeCase withMediator() {
        DisputeCase c = CaseExamples.withMediator(DisputeType.PHK, MEDIATOR);
        worker = CaseExamples.worker(c);
        company = CaseExamples.company(c);
        return c;
    }

    private static Map<String, String> problems(Runnable step) {
        return assertThrows(BusinessException.class, step::run).fieldKeys();
    }

    @Test
    void theCompanyIsAskedByFridayAndOnlyItSeesTheQuestions() {
        DisputeCase c = withMediator();
        KlarifikasiRequest request = c.startKlarifikasi(company.getId(), "Kirim daftar hadir lembur Januari-Februari.",
                d("2026-03-13"), MEDIATOR, on("2026-03-11"), CLOCK);
        assertEquals(CaseStage.KLARIFIKASI, c.getStage());
        assertEquals(d("2026-03-13"), request.getAnswerDue());
        assertEquals(List.of(request), c.klarifikasiFor(company.getId()));
        assertEquals(List.of(), c.klarifikasiFor(worker.getId()), "a question to the company is not the worker's");
        CaseEvent started = c.getEvents().get(c.getEvents().size() - 1);
        assertEquals("START_KLARIFIKASI", started.getAction());
        assertEquals("PT Maju Jaya / 2026-03-13", started.getNote());
        assertTrue(started.isVisibleToParties());
    }

    @Test
    void aQuestionToEveryPartyIsAddressedToEach() {
        DisputeCase c = withMediator();
        KlarifikasiRequest request = c.startKlarifikasi(null, "Sebutkan masa kerja.", d("2026-03-11"), MEDIATOR,
                on("2026-03-11"), CLOCK);
        assertNull(request.getAskedPartyId());
        assertEquals(List.of(request), c.klarifikasiFor(worker.getId()));
        assertEquals(List.of(request), c.klarifikasiFor(company.getId()), "today itself is a valid due day");
    }

    @Test
    void everyProblemOfTheFormIsNamedBesideItsField() {
        DisputeCase c = withMediator();
        assertEquals(Map.of("questions", ErrorKeys.REQUIRED, "answerDue", ErrorKeys.REQUIRED),
                problems(() -> c.startKlarifikasi(null, "  ", null, MEDIATOR, on("2026-03-11"), CLOCK)));
        assertEquals(Map.of("answerDue", ErrorKeys.ANSWER_DUE_IN_PAST),
                problems(() -> c.startKlarifikasi(null, "Masa kerja?", d("2026-03-10"), MEDIATOR, on("2026-03-11"), CLOCK)));
        // Thu 19 Mar is Nyepi, Sat 14 Mar a weekend: the calendar's holidays count, not only weekends
        assertEquals(Map.of("answerDue", ErrorKeys.ANSWER_DUE_NOT_WORKING_DAY),
                problems(() -> c.startKlarifikasi(null, "Masa kerja?", d("2026-03-19"), MEDIATOR, on("2026-03-11"), CLOCK)));
        assertEquals(Map.of("answerDue", ErrorKeys.ANSWER_DUE_NOT_WORKING_DAY),
                problems(() -> c.startKlarifikasi(null, "Masa kerja?", d("2026-03-14"), MEDIATOR, on("2026-03-11"), CLOCK)));
        assertEquals(Map.of("askedParty", ErrorKeys.NOT_A_PARTY, "questions", ErrorKeys.TOO_LONG),
                problems(() -> c.startKlarifikasi("someone-else", "x".repeat(Limits.RISALAH_FIELD + 1), d("2026-03-12"),
                        MEDIATOR, on("2026-03-11"), CLOCK)));
        assertEquals(CaseStage.MEDIATOR_ASSIGNED, c.getStage(), "a refused form changes nothing");
        assertEquals(List.of(), c.getKlarifikasiRequests());
    }

    @Test
    void endingRequiresWhatWasReceivedAndClosesTheRequest() {
        DisputeCase c = withMediator();
        KlarifikasiRequest request = c.startKlarifikasi(worker.getId(), "Slip gaji terakhir?", d("2026-03-13"), MEDIATOR,
                on("2026-03-11"), CLOCK);
        assertEquals(Map.of("received", ErrorKeys.REQUIRED),
                problems(() -> c.endKlarifikasi(" ", MEDIATOR, on("2026-03-13"), CLOCK)));
        assertTrue(request.isOpen());
        c.endKlarifikasi("Slip gaji Februari 2026 diterima.", MEDIATOR, on("2026-03-13"), CLOCK);
        assertFalse(request.isOpen());
        assertEquals("Slip gaji Februari 2026 diterima.", request.getReceived());
        assertEquals(CaseStage.MEDIATOR_ASSIGNED, c.getStage());
        assertTrue(c.openKlarifikasi().isEmpty());
        // paused Wed 11 to Fri 13 Mar: three working days added to the 30 HK (28 Apr -> 4 May, 1 May being Hari Buruh)
        assertEquals(d("2026-05-04"), c.mediationDeadline(d("2026-04-01"), CLOCK).orElseThrow().deadline().date());
    }

    @Test
    void theGenericStepCannotSkipTheForm() {
        DisputeCase c = withMediator();
        assertThrows(IllegalArgumentException.class,
                () -> c.apply(CaseAction.START_KLARIFIKASI, MEDIATOR, on("2026-03-11"), null, CLOCK));
        assertThrows(IllegalArgumentException.class,
                () -> c.apply(CaseAction.END_KLARIFIKASI, MEDIATOR, on("2026-03-11"), null, CLOCK));
    }

    @Test
    void oneKlarifikasiAtATime() {
        DisputeCase c = withMediator();
        c.startKlarifikasi(null, "Masa kerja?", d("2026-03-12"), MEDIATOR, on("2026-03-11"), CLOCK);
        BusinessException again = assertThrows(BusinessException.class,
                () -> c.startKlarifikasi(null, "Lagi?", d("2026-03-12"), MEDIATOR, on("2026-03-11"), CLOCK));
        assertEquals(ErrorKeys.ILLEGAL_TRANSITION, again.key(), "one Klarifikasi at a time");
    }
}
