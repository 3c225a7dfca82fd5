package id.go.jabarprov.disnakertrans.sikhi.domain;

import static id.go.jabarprov.disnakertrans.sikhi.domain.Acceptance.ACCEPTED;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Acceptance.REJECTED;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.CLOCK;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jabarprov.disnakertrans.sikhi.domain.AnjuranAnswers.PartyAnswer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Anjuran received Thu 7 May 2026: each party may answer up to Mon 25 May (10 HK over Ascension). */
class AnjuranAnswersTest {

    private static final String RECEIVED = "2026-05-07";

    private static AnjuranAnswers answers(Acceptance worker, Acceptance company) {
        return new AnjuranAnswers(List.of(new PartyAnswer("worker", d(RECEIVED), worker),
                new PartyAnswer("company", d(RECEIVED), company)), CLOCK);
    }

    @Test
    void acceptedByBothGivesAPerjanjianBersama() {
        assertEquals(AnjuranOutcome.ACCEPTED, answers(ACCEPTED, ACCEPTED).outcomeOn(d("2026-05-08")));
    }

    @Test
    void oneRejectionSettlesItAtOnce() {
        assertEquals(AnjuranOutcome.REJECTED, answers(REJECTED, null).outcomeOn(d("2026-05-08")));
        assertEquals(AnjuranOutcome.REJECTED, answers(ACCEPTED, REJECTED).outcomeOn(d("2026-05-08")));
    }

    @Test
    void silenceIsPendingUpToTheLastDayAndRejectionAfter() {
        AnjuranAnswers answers = answers(ACCEPTED, null);
        assertEquals(AnjuranOutcome.PENDING, answers.outcomeOn(d("2026-05-25")));
        assertEquals(AnjuranOutcome.REJECTED, answers.outcomeOn(d("2026-05-26")));
        PartyAnswer silent = answers.answers().get(1);
        assertNull(answers.effectiveAnswer(silent, d("2026-05-25")));
        assertEquals(REJECTED, answers.effectiveAnswer(silent, d("2026-05-26")));
        assertEquals(d("2026-05-25"), answers.dueFor(silent).date());
    }

    @Test
    void aLaterReceiptGivesThatPartyLater() {
        // the company got the letter on Mon 11 May: 12, 13, 18-22, 25, 26, Wed 27 is Idul Adha, 28 cuti, Fri 29 May (10)
        AnjuranAnswers answers = new AnjuranAnswers(List.of(new PartyAnswer("worker", d(RECEIVED), ACCEPTED),
                new PartyAnswer("company", d("2026-05-11"), null)), CLOCK);
        assertEquals(AnjuranOutcome.PENDING, answers.outcomeOn(d("2026-05-29")));
        assertEquals(AnjuranOutcome.REJECTED, answers.outcomeOn(d("2026-06-01")));
        assertTrue(answers.mayAnswer("company", d("2026-05-29")));
        assertFalse(answers.mayAnswer("company", d("2026-06-02")));
    }

    @Test
    void onlyASilentPartyInTimeMayAnswer() {
        AnjuranAnswers answers = answers(ACCEPTED, null);
        assertFalse(answers.mayAnswer("worker", d("2026-05-08")), "already answered");
        assertTrue(answers.mayAnswer("company", d("2026-05-08")));
        assertFalse(answers.mayAnswer("stranger", d("2026-05-08")));
    }

    @Test
    void moreThanTwoPartiesMustAllAccept() {
        AnjuranAnswers three = new AnjuranAnswers(List.of(new PartyAnswer("union-a", d(RECEIVED), ACCEPTED),
                new PartyAnswer("union-b", d(RECEIVED), ACCEPTED), new PartyAnswer("company", d(RECEIVED), null)), CLOCK);
        assertEquals(AnjuranOutcome.PENDING, three.outcomeOn(d("2026-05-08")));
    }

    @Test
    void anAnjuranWithoutPartiesIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new AnjuranAnswers(List.of(), CLOCK));
    }
}
