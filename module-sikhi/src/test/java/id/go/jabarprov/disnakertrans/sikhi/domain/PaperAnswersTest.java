package id.go.jabarprov.disnakertrans.sikhi.domain;

import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.CLOCK;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.at;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.d;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A party acting on paper (PT Maju Jaya without a portal account, unless a test gives it one): the mediator records
 * the day it received the anjuran letter, its signed written answer and its signature on the printed PB. Worked on the
 * 2026 calendar: the anjuran is issued on Thu 7 May; received that day, the 10 HK to answer end Mon 25 May (Ascension
 * on 14 May and its cuti bersama on 15 May do not count); received on Mon 11 May, they end Fri 29 May (Idul Adha on
 * 27 May and its cuti bersama on 28 May do not count).
 */
class PaperAnswersTest {

    private static final String MEDIATOR = "mediator.siti";
    private static final String LETTER = "doc-letter";
    private static final String SIGNED = "doc-signed-pb";

    private CaseParty worker;
    private CaseParty company;

    /** A hak dispute handed to the mediator on Mon 9 Mar, sidang 1 on Wed 25 Mar, the anjuran issued Thu 7 May. */
    private DisputeCase anjuranIssued(String companyAccount) {
        DisputeCase c = CaseExamples.offered(DisputeType.HAK, companyAccount);
        worker = CaseExamples.worker(c);
        company = CaseExamples.company(c);
        c.assignMediator(MEDIATOR, CaseExamples.HEAD, on("2026-03-09"), CLOCK);
        MediationSession sidang = c.scheduleSession(SessionKind.SIDANG, at("2026-03-25T10:00"), "https://meet.jit.si/sikhi-1",
                null, MEDIATOR, on("2026-03-10"));
        c.recordRisalah(sidang.getId(), new Risalah(d("2026-03-25"), "Budi Santoso; HRD PT Maju Jaya", "Upah lembur",
                "Minta dibayar penuh", "Lembur tidak diperintahkan", "Belum sepakat"), MEDIATOR, at("2026-03-25T15:00"), CLOCK);
        c.issueAnjuran("Upah lembur dibayar penuh.", MEDIATOR, on("2026-05-07"), CLOCK);
        return c;
    }

    /** As {@link #anjuranIssued}, both accepted (the worker online, the company by letter): the PB stage, no text yet. */
    private DisputeCase pbStage() {
        DisputeCase c = anjuranIssued(null);
        c.answerAnjuran(worker.getId(), Acceptance.ACCEPTED, CaseExamples.WORKER, on("2026-05-08"), CLOCK);
        c.recordAnjuranAnswer(company.getId(), Acceptance.ACCEPTED, LETTER, MEDIATOR, on("2026-05-12"), CLOCK);
        c.apply(CaseAction.ANSWERS_COMPLETE, "system", on("2026-05-12"), null, CLOCK);
        assertEquals(CaseStage.PB_DRAFTED, c.getStage());
        return c;
    }

    private static Map<String, String> fields(Executable step) {
        return assertThrows(BusinessException.class, step).fieldKeys();
    }

    private static String key(Executable step) {
        return assertThrows(BusinessException.class, step).key();
    }

    private static CaseEvent last(DisputeCase c) {
        return c.getEvents().get(c.getEvents().size() - 1);
    }

    private AnjuranAnswers.PartyAnswer companyAnswer(DisputeCase c) {
        return c.getAnjuran().answers(CLOCK).answers().stream().filter(a -> a.partyId().equals(company.getId())).findFirst()
                .orElseThrow();
    }

    // ---------------------------------------------------------------- the day the letter was received

    @Test
    void aLaterReceiptGivesTheCompanyItsTenWorkingDaysFromThatDay() {
        DisputeCase c = anjuranIssued(null);
        assertEquals(d("2026-05-25"), c.getAnjuran().answers(CLOCK).dueFor(companyAnswer(c)).date(), "from the day of issue");
        c.recordLetterReceipt(company.getId(), d("2026-05-11"), MEDIATOR, on("2026-05-12"));
        assertEquals(d("2026-05-11"), companyAnswer(c).receivedOn());
        assertEquals(d("2026-05-29"), c.getAnjuran().answers(CLOCK).dueFor(companyAnswer(c)).date());
        assertEquals(CaseEvent.ANJURAN_RECEIVED, last(c).getAction());
        assertEquals("PT Maju Jaya 2026-05-11", last(c).getNote());
        assertEquals(MEDIATOR, last(c).getActor());
    }

    @Test
    void aReceiptInTheFutureOrBeforeTheAnjuranIsRefusedBesideTheDate() {
        DisputeCase c = anjuranIssued(null);
        assertEquals(Map.of("receivedOn", ErrorKeys.DATE_OUT_OF_RANGE),
                fields(() -> c.recordLetterReceipt(company.getId(), d("2026-05-13"), MEDIATOR, on("2026-05-12"))));
        assertEquals(Map.of("receivedOn", ErrorKeys.DATE_OUT_OF_RANGE),
                fields(() -> c.recordLetterReceipt(company.getId(), d("2026-05-06"), MEDIATOR, on("2026-05-12"))));
        assertEquals(Map.of("receivedOn", ErrorKeys.REQUIRED),
                fields(() -> c.recordLetterReceipt(company.getId(), null, MEDIATOR, on("2026-05-12"))));
        assertEquals(d("2026-05-07"), companyAnswer(c).receivedOn(), "nothing recorded");
    }

    @Test
    void aReceiptIsRecordedOnlyForAPartyWithoutAnAccount() {
        DisputeCase c = anjuranIssued(null);
        assertEquals(Map.of("receiptParty", ErrorKeys.PARTY_HAS_ACCOUNT),
                fields(() -> c.recordLetterReceipt(worker.getId(), d("2026-05-11"), MEDIATOR, on("2026-05-12"))));
        assertEquals(Map.of("receiptParty", ErrorKeys.REQUIRED, "receivedOn", ErrorKeys.REQUIRED),
                fields(() -> c.recordLetterReceipt(null, null, MEDIATOR, on("2026-05-12"))));
    }

    // ---------------------------------------------------------------- the written answer

    @Test
    void theCompanysWrittenAcceptanceWithTheWorkersOnlineOneLeadsToThePb() {
        DisputeCase c = anjuranIssued(null);
        c.answerAnjuran(worker.getId(), Acceptance.ACCEPTED, CaseExamples.WORKER, on("2026-05-08"), CLOCK);
        c.recordAnjuranAnswer(company.getId(), Acceptance.ACCEPTED, LETTER, MEDIATOR, on("2026-05-12"), CLOCK);

        AnjuranAnswer answer = c.getAnjuran().findAnswer(company.getId()).orElseThrow();
        assertEquals(Acceptance.ACCEPTED, answer.getAnswer());
        assertEquals(MEDIATOR, answer.getRecordedBy());
        assertEquals(LETTER, answer.getLetterDocumentId());
        assertTrue(answer.isRecordedByOffice());
        assertFalse(c.getAnjuran().findAnswer(worker.getId()).orElseThrow().isRecordedByOffice(), "the worker answered online");
        assertEquals(CaseEvent.ANJURAN_ANSWER_RECORDED, last(c).getAction());
        assertEquals("PT Maju Jaya: ACCEPTED", last(c).getNote());
        assertTrue(last(c).isVisibleToParties());

        assertEquals(AnjuranOutcome.ACCEPTED, c.getAnjuran().outcomeOn(d("2026-05-12"), CLOCK));
        assertEquals(d("2026-05-12"), c.getAnjuran().acceptedByAllOn().orElseThrow(), "the PB's 3 HK run from the letter's record");
        c.apply(CaseAction.ANSWERS_COMPLETE, "system", on("2026-05-12"), null, CLOCK);
        assertEquals(CaseStage.PB_DRAFTED, c.getStage());
    }

    @Test
    void aWrittenRejectionDecidesAtOnceLikeOneOnline() {
        DisputeCase c = anjuranIssued(null);
        c.recordAnjuranAnswer(company.getId(), Acceptance.REJECTED, LETTER, MEDIATOR, on("2026-05-11"), CLOCK);
        assertEquals(AnjuranOutcome.REJECTED, c.getAnjuran().outcomeOn(d("2026-05-11"), CLOCK), "the worker need not answer");
        c.apply(CaseAction.ANSWERS_COMPLETE, "system", on("2026-05-11"), null, CLOCK);
        assertEquals(CaseStage.CLOSED_ANJURAN, c.getStage());
    }

    @Test
    void withoutTheLetterNothingIsRecordedAndTheRefusalStandsBesideTheUpload() {
        DisputeCase c = anjuranIssued(null);
        int events = c.getEvents().size();
        assertEquals(Map.of("answerLetter", ErrorKeys.ANSWER_LETTER_MISSING),
                fields(() -> c.recordAnjuranAnswer(company.getId(), Acceptance.ACCEPTED, null, MEDIATOR, on("2026-05-12"), CLOCK)));
        assertEquals(Map.of("paperParty", ErrorKeys.REQUIRED, "paperAnswer", ErrorKeys.REQUIRED, "answerLetter",
                ErrorKeys.ANSWER_LETTER_MISSING), fields(() -> c.recordAnjuranAnswer(null, null, " ", MEDIATOR, on("2026-05-12"), CLOCK)));
        assertNull(c.getAnjuran().findAnswer(company.getId()).orElseThrow().getAnswer());
        assertEquals(events, c.getEvents().size());
    }

    @Test
    void afterItsTenWorkingDaysTheCompanysSilenceAlreadyCountedUnlessTheLetterCameLater() {
        DisputeCase silent = anjuranIssued(null);
        // received on the day of issue: its 10 HK ended Mon 25 May
        assertEquals(ErrorKeys.ANSWER_LAPSED, key(() -> silent.recordAnjuranAnswer(company.getId(), Acceptance.ACCEPTED, LETTER,
                MEDIATOR, on("2026-05-26"), CLOCK)));
        assertEquals(AnjuranOutcome.REJECTED, silent.getAnjuran().outcomeOn(d("2026-05-26"), CLOCK));

        DisputeCase late = anjuranIssued(null);
        late.recordLetterReceipt(company.getId(), d("2026-05-11"), MEDIATOR, on("2026-05-12"));
        late.recordAnjuranAnswer(company.getId(), Acceptance.ACCEPTED, LETTER, MEDIATOR, on("2026-05-29"), CLOCK);
        assertEquals(Acceptance.ACCEPTED, late.getAnjuran().findAnswer(company.getId()).orElseThrow().getAnswer(),
                "its last day, counted from the later receipt");
    }

    @Test
    void neverOverAnAnswerGivenOnlineNorTwice() {
        DisputeCase c = anjuranIssued(null);
        c.answerAnjuran(worker.getId(), Acceptance.REJECTED, CaseExamples.WORKER, on("2026-05-08"), CLOCK);
        assertEquals(ErrorKeys.ANJURAN_ANSWERED_ONLINE, key(() -> c.recordAnjuranAnswer(worker.getId(), Acceptance.ACCEPTED,
                LETTER, MEDIATOR, on("2026-05-11"), CLOCK)), "refused first, even without the letter");
        assertEquals(ErrorKeys.ANJURAN_ANSWERED_ONLINE, key(() -> c.recordAnjuranAnswer(worker.getId(), Acceptance.ACCEPTED,
                null, MEDIATOR, on("2026-05-11"), CLOCK)));

        DisputeCase twice = anjuranIssued(null);
        twice.recordAnjuranAnswer(company.getId(), Acceptance.ACCEPTED, LETTER, MEDIATOR, on("2026-05-11"), CLOCK);
        assertEquals(ErrorKeys.ANJURAN_ANSWER_RECORDED, key(() -> twice.recordAnjuranAnswer(company.getId(), Acceptance.REJECTED,
                "doc-2", MEDIATOR, on("2026-05-12"), CLOCK)));
        assertEquals(ErrorKeys.ANJURAN_ANSWER_RECORDED, key(() -> twice.recordLetterReceipt(company.getId(), d("2026-05-11"), MEDIATOR,
                on("2026-05-12"))), "its 10 HK no longer matter");
    }

    @Test
    void aPartyWithAnAccountThatHasNotAnsweredMayBringItsLetter() {
        DisputeCase c = anjuranIssued(CaseExamples.COMPANY);
        c.recordAnjuranAnswer(company.getId(), Acceptance.ACCEPTED, LETTER, MEDIATOR, on("2026-05-11"), CLOCK);
        AnjuranAnswer answer = c.getAnjuran().findAnswer(company.getId()).orElseThrow();
        assertEquals(MEDIATOR, answer.getAnsweredBy());
        assertTrue(answer.isRecordedByOffice());
        assertEquals(ErrorKeys.ALREADY_ANSWERED, key(() -> c.answerAnjuran(company.getId(), Acceptance.REJECTED,
                CaseExamples.COMPANY, on("2026-05-12"), CLOCK)), "nor may it answer online over its letter");
    }

    @Test
    void aWrittenAnswerOnlyWhileTheAnjuranAwaitsAnswers() {
        DisputeCase c = pbStage();
        assertThrows(IllegalTransitionException.class, () -> c.recordAnjuranAnswer(worker.getId(), Acceptance.ACCEPTED, LETTER,
                MEDIATOR, on("2026-05-13"), CLOCK));
    }

    // ---------------------------------------------------------------- the PB signed on paper

    @Test
    void theCompanysSignatureOnThePrintedPbCompletesItWithTheWorkersOnlineAcceptance() {
        DisputeCase c = pbStage();
        c.revisePb("Versi 1", PerjanjianBersama.sha256("Versi 1"), MEDIATOR, on("2026-05-12"));
        c.acceptPb(worker.getId(), CaseExamples.WORKER, PerjanjianBersama.sha256("Versi 1"), on("2026-05-13"), CLOCK);
        c.recordPbSignedOnPaper(company.getId(), SIGNED, MEDIATOR, on("2026-05-13"), CLOCK);

        PbAcceptance paper = c.getPerjanjianBersama().acceptanceOf(company.getId()).orElseThrow();
        assertEquals(PerjanjianBersama.sha256("Versi 1"), paper.getAcceptedHash(), "the text the paper was printed from");
        assertEquals(MEDIATOR, paper.getRecordedBy());
        assertEquals(SIGNED, paper.getSignedDocumentId());
        assertTrue(paper.isRecordedByOffice());
        assertFalse(c.getPerjanjianBersama().acceptanceOf(worker.getId()).orElseThrow().isRecordedByOffice());
        assertEquals(CaseEvent.PB_SIGNED_ON_PAPER, last(c).getAction());
        assertEquals("PT Maju Jaya " + PerjanjianBersama.sha256("Versi 1"), last(c).getNote());

        c.addDocument(DocumentKind.BUKTI_PENDAFTARAN_PHI, "doc-phi", "akta.pdf", null, MEDIATOR, on("2026-05-18"));
        c.registerPbAtPhi("12/PB/2026/PHI.Bdg", MEDIATOR, on("2026-05-18"), CLOCK);
        assertEquals(CaseStage.CLOSED_AGREED, c.getStage());
    }

    @Test
    void aRevisedPbDropsThePaperSignatureToo() {
        DisputeCase c = pbStage();
        c.revisePb("Versi 1", PerjanjianBersama.sha256("Versi 1"), MEDIATOR, on("2026-05-12"));
        c.recordPbSignedOnPaper(company.getId(), SIGNED, MEDIATOR, on("2026-05-13"), CLOCK);
        c.revisePb("Versi 2", PerjanjianBersama.sha256("Versi 2"), MEDIATOR, on("2026-05-13"));
        assertFalse(c.getPerjanjianBersama().isAcceptedBy(company.getId()));
        c.recordPbSignedOnPaper(company.getId(), "doc-signed-2", MEDIATOR, on("2026-05-18"), CLOCK);
        assertEquals(PerjanjianBersama.sha256("Versi 2"),
                c.getPerjanjianBersama().acceptanceOf(company.getId()).orElseThrow().getAcceptedHash());
    }

    @Test
    void aPaperSignatureIsRefusedWithoutTheSignedPbForAPartyWithAnAccountTwiceOrBeforeThereIsAText() {
        DisputeCase c = pbStage();
        assertEquals(ErrorKeys.PB_MISSING, key(() -> c.recordPbSignedOnPaper(company.getId(), SIGNED, MEDIATOR, on("2026-05-12"),
                CLOCK)), "no text written yet");
        c.revisePb("Versi 1", PerjanjianBersama.sha256("Versi 1"), MEDIATOR, on("2026-05-12"));
        assertEquals(Map.of("signedPb", ErrorKeys.SIGNED_PB_MISSING),
                fields(() -> c.recordPbSignedOnPaper(company.getId(), null, MEDIATOR, on("2026-05-13"), CLOCK)));
        assertEquals(Map.of("signedParty", ErrorKeys.PARTY_HAS_ACCOUNT),
                fields(() -> c.recordPbSignedOnPaper(worker.getId(), SIGNED, MEDIATOR, on("2026-05-13"), CLOCK)));
        assertEquals(Map.of("signedParty", ErrorKeys.REQUIRED, "signedPb", ErrorKeys.SIGNED_PB_MISSING),
                fields(() -> c.recordPbSignedOnPaper(null, null, MEDIATOR, on("2026-05-13"), CLOCK)));
        assertTrue(c.getPerjanjianBersama().getAcceptances().isEmpty());
        c.recordPbSignedOnPaper(company.getId(), SIGNED, MEDIATOR, on("2026-05-13"), CLOCK);
        assertEquals(ErrorKeys.PB_ALREADY_SIGNED, key(() -> c.recordPbSignedOnPaper(company.getId(), "doc-2", MEDIATOR,
                on("2026-05-14"), CLOCK)));
    }
}
