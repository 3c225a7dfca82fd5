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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Parties answering a Klarifikasi online, on the 2026 calendar: a PHK case handed to the mediator on Mon 9 Mar 2026,
 * the Klarifikasi asked on Fri 13 Mar with answers due Wed 25 Mar (Nyepi, Idul Fitri and their cuti bersama close the
 * offices from Wed 18 to Tue 24 Mar).
 */
class KlarifikasiAnswerTest {

    private static final String MEDIATOR = "mediator.siti";
    private static final String QUESTIONS = "Kirim slip upah Januari-Februari 2026 dan daftar hadir.";

    private CaseParty worker;
    private CaseParty company;

    private DisputeCase withMediator() {
        DisputeCase c = CaseExamples.withMediator(DisputeType.PHK, MEDIATOR);
        worker = CaseExamples.worker(c);
        company = CaseExamples.company(c);
        return c;
    }

    private KlarifikasiRequest ask(DisputeCase c, String partyId) {
        return c.startKlarifikasi(partyId, QUESTIONS, d("2026-03-25"), MEDIATOR, on("2026-03-13"), CLOCK);
    }

    private static CaseEvent lastEvent(DisputeCase c) {
        return c.getEvents().get(c.getEvents().size() - 1);
    }

    // ---------------------------------------------------------------- who may answer

    @Test
    void onlyThePartyAskedMayAnswerWhateverIdIsPosted() {
        DisputeCase c = withMediator();
        KlarifikasiRequest request = ask(c, company.getId());
        assertThrows(AccessDeniedException.class,
                () -> c.answerKlarifikasi(request.getId(), worker.getId(), "Saya juga mau menjawab.", List.of(), "budi",
                        on("2026-03-16")), "the worker was not asked");
        assertThrows(AccessDeniedException.class,
                () -> c.answerKlarifikasi(request.getId(), "party-of-another-case", "Jawaban.", List.of(), "x", on("2026-03-16")));
        assertThrows(AccessDeniedException.class,
                () -> c.answerKlarifikasi("klarifikasi-of-another-case", company.getId(), "Jawaban.", List.of(), "pt.maju",
                        on("2026-03-16")));
        assertEquals(List.of(), request.getAnswers(), "a refused answer leaves nothing");
        assertEquals(Optional.empty(), c.klarifikasiToAnswer(worker.getId()));
        assertEquals(Optional.of(request), c.klarifikasiToAnswer(company.getId()));

        KlarifikasiAnswer answer = c.answerKlarifikasi(request.getId(), company.getId(), "Slip upah terlampir.",
                List.of(new AttachedFile("doc-slip", "slip-upah.pdf")), "pt.maju", on("2026-03-16"));
        assertEquals(List.of(answer), request.answersOf(company.getId()));
        assertEquals("doc-slip", answer.getAttachments().get(0).getDocumentId());
        assertTrue(c.findKlarifikasiAttachment("doc-slip").isPresent());
    }

    @Test
    void askedAllEachPartyAnswersForItselfAndMaySendMoreThanOnce() {
        DisputeCase c = withMediator();
        KlarifikasiRequest request = ask(c, null);
        KlarifikasiAnswer first = c.answerKlarifikasi(request.getId(), worker.getId(), "Slip Januari terlampir.", List.of(), "budi",
                at("2026-03-16T10:00"));
        KlarifikasiAnswer second = c.answerKlarifikasi(request.getId(), worker.getId(), "Slip Februari menyusul, ini dia.",
                List.of(), "budi", at("2026-03-17T08:00"));
        assertEquals(List.of(first, second), request.answersOf(worker.getId()), "each answer kept, in order");
        assertEquals(List.of(), request.answersOf(company.getId()), "the worker's answers are not the company's");
        assertTrue(request.hasAnswered(worker.getId()));
        assertFalse(request.hasAnswered(company.getId()));
        assertEquals(List.of(worker.getId(), company.getId()), request.askedPartyIds(List.of(worker.getId(), company.getId())));
    }

    @Test
    void anEmptyAnswerIsRefusedBesideItsFieldAndStoresNothing() {
        DisputeCase c = withMediator();
        KlarifikasiRequest request = ask(c, null);
        int events = c.getEvents().size();
        BusinessException refused = assertThrows(BusinessException.class,
                () -> c.answerKlarifikasi(request.getId(), worker.getId(), "   ", List.of(new AttachedFile("doc-1", "a.pdf")),
                        "budi", on("2026-03-16")));
        assertEquals(Map.of("answer", ErrorKeys.REQUIRED), refused.fieldKeys());
        assertEquals(Map.of("answer", ErrorKeys.TOO_LONG), assertThrows(BusinessException.class,
                () -> c.answerKlarifikasi(request.getId(), worker.getId(), "x".repeat(Limits.ANSWER + 1), List.of(), "budi",
                        on("2026-03-16"))).fieldKeys());
        assertEquals(List.of(), request.getAnswers());
        assertEquals(events, c.getEvents().size(), "nothing on the trail");
    }

    @Test
    void noAnswerOnceTheMediatorEndedTheKlarifikasi() {
        DisputeCase c = withMediator();
        KlarifikasiRequest request = ask(c, worker.getId());
        c.endKlarifikasi("Slip upah diterima di kantor.", MEDIATOR, on("2026-03-16"), CLOCK);
        assertEquals(ErrorKeys.KLARIFIKASI_ENDED, assertThrows(BusinessException.class,
                () -> c.answerKlarifikasi(request.getId(), worker.getId(), "Terlambat.", List.of(), "budi", on("2026-03-17"))).key());
        assertEquals(Optional.empty(), c.klarifikasiToAnswer(worker.getId()));
    }

    // ---------------------------------------------------------------- late marking

    @Test
    void anAnswerOnTheDateIsInTimeTheDayAfterItIsLateAndSaysSoOnTheTrail() {
        DisputeCase c = withMediator();
        KlarifikasiRequest request = ask(c, null);
        // the last minutes of Wed 25 Mar in Bandung are still the 25th (17:55 UTC)
        KlarifikasiAnswer onTheDate = c.answerKlarifikasi(request.getId(), worker.getId(), "Jawaban pekerja.", List.of(), "budi",
                at("2026-03-25T23:55"));
        assertFalse(onTheDate.isLate());
        CaseEvent inTime = lastEvent(c);
        assertEquals(CaseEvent.KLARIFIKASI_ANSWERED, inTime.getAction());
        assertEquals("Budi Santoso", inTime.getNote(), "the trail names the party, never the text");
        assertTrue(inTime.isVisibleToParties());

        KlarifikasiAnswer dayAfter = c.answerKlarifikasi(request.getId(), company.getId(), "Jawaban perusahaan.", List.of(),
                "pt.maju", at("2026-03-26T00:05"));
        assertTrue(dayAfter.isLate(), "accepted, but late");
        assertEquals(CaseEvent.KLARIFIKASI_ANSWERED_LATE, lastEvent(c).getAction());
        assertEquals(List.of(dayAfter), request.answersOf(company.getId()));
    }

    // ---------------------------------------------------------------- reminders

    /** Who gets which reminder on each day from the request (Fri 13 Mar) to a week after the date (Wed 25 Mar). */
    @Test
    void remindersFollowTheWorkingDaysBeforeTheDateAndTellTheMediatorOnceAfterIt() {
        DisputeCase c = withMediator();
        KlarifikasiRequest request = ask(c, null);
        List<String> parties = List.of(worker.getId(), company.getId());
        List<KlarifikasiReminder> bothDue = List.of(new KlarifikasiReminder(worker.getId(), KlarifikasiReminder.Kind.ANSWER_DUE),
                new KlarifikasiReminder(company.getId(), KlarifikasiReminder.Kind.ANSWER_DUE));
        // Fri 13: the day of the request (its notice is enough), 3 HK before anyway; Sat 14, Sun 15: no working day
        assertEquals(List.of(), request.remindersOn(d("2026-03-13"), parties, CLOCK.workingDays()));
        assertEquals(List.of(), request.remindersOn(d("2026-03-14"), parties, CLOCK.workingDays()));
        assertEquals(List.of(), request.remindersOn(d("2026-03-15"), parties, CLOCK.workingDays()));
        // Mon 16 is 2 HK before Wed 25 (Tue 17, then the holidays up to Tue 24): the calendar, not 9 calendar days, decides
        assertEquals(bothDue, request.remindersOn(d("2026-03-16"), parties, CLOCK.workingDays()));

        // the worker answers on Mon 16: from then on only the company is reminded
        c.answerKlarifikasi(request.getId(), worker.getId(), "Slip upah terlampir.", List.of(), "budi", on("2026-03-16"));
        List<KlarifikasiReminder> companyDue = List.of(new KlarifikasiReminder(company.getId(), KlarifikasiReminder.Kind.ANSWER_DUE));
        assertEquals(companyDue, request.remindersOn(d("2026-03-17"), parties, CLOCK.workingDays()));
        for (String holiday : List.of("2026-03-18", "2026-03-19", "2026-03-20", "2026-03-23", "2026-03-24")) {
            assertEquals(List.of(), request.remindersOn(d(holiday), parties, CLOCK.workingDays()), holiday + " is no working day");
        }
        assertEquals(companyDue, request.remindersOn(d("2026-03-25"), parties, CLOCK.workingDays()), "on the date itself");
        // Thu 26: the date passed without the company's answer: the mediator is told, once
        assertEquals(List.of(new KlarifikasiReminder(company.getId(), KlarifikasiReminder.Kind.UNANSWERED)),
                request.remindersOn(d("2026-03-26"), parties, CLOCK.workingDays()));
        assertEquals(List.of(), request.remindersOn(d("2026-03-27"), parties, CLOCK.workingDays()));
        assertEquals(List.of(), request.remindersOn(d("2026-03-30"), parties, CLOCK.workingDays()));
    }

    @Test
    void aDateBeforeAWeekendTellsTheMediatorOnMondayAndAnEndedKlarifikasiRemindsNobody() {
        DisputeCase c = withMediator();
        // asked Tue 10 Mar of the worker only, due Fri 13 Mar: Wed 11 and Thu 12 are the 2 HK before it
        KlarifikasiRequest request = c.startKlarifikasi(worker.getId(), QUESTIONS, d("2026-03-13"), MEDIATOR, on("2026-03-10"), CLOCK);
        List<String> parties = List.of(worker.getId(), company.getId());
        List<KlarifikasiReminder> workerDue = List.of(new KlarifikasiReminder(worker.getId(), KlarifikasiReminder.Kind.ANSWER_DUE));
        assertEquals(workerDue, request.remindersOn(d("2026-03-11"), parties, CLOCK.workingDays()), "the company was not asked");
        assertEquals(workerDue, request.remindersOn(d("2026-03-12"), parties, CLOCK.workingDays()));
        assertEquals(workerDue, request.remindersOn(d("2026-03-13"), parties, CLOCK.workingDays()));
        assertEquals(List.of(), request.remindersOn(d("2026-03-14"), parties, CLOCK.workingDays()), "Saturday");
        assertEquals(List.of(new KlarifikasiReminder(worker.getId(), KlarifikasiReminder.Kind.UNANSWERED)),
                request.remindersOn(d("2026-03-16"), parties, CLOCK.workingDays()), "the first working day after Fri 13");
        c.endKlarifikasi("Tidak ada jawaban; pekerja akan membawa slip ke sidang.", MEDIATOR, on("2026-03-16"), CLOCK);
        assertEquals(List.of(), request.remindersOn(d("2026-03-16"), parties, CLOCK.workingDays()));
    }
}
