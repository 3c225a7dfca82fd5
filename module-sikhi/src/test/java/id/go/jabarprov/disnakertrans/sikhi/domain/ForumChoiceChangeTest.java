package id.go.jabarprov.disnakertrans.sikhi.domain;

import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.CLOCK;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.on;
import static id.go.jabarprov.disnakertrans.sikhi.domain.ForumChoice.ARBITRATION;
import static id.go.jabarprov.disnakertrans.sikhi.domain.ForumChoice.CONCILIATION;
import static id.go.jabarprov.disnakertrans.sikhi.domain.ForumChoice.MEDIATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A party changes its forum answer while the offer is open; the office records an answer from a party's signed
 * written statement; the forum-choice reminder goes only to who has not chosen; the others see who chose, not what.
 */
class ForumChoiceChangeTest {

    private CaseParty worker;
    private CaseParty company;

    /**
     * A dispute offered the forum on Tue 3 Mar 2026; the worker ("budi") has an account, the company has one only
     * when {@code companyAccount} is given (else it answers by letter).
     */
    private DisputeCase offered(DisputeType type, String companyAccount) {
        DisputeCase c = CaseExamples.offered(type, companyAccount);
        worker = CaseExamples.worker(c);
        company = CaseExamples.company(c);
        return c;
    }

    private static BusinessException refused(Executable step) {
        return assertThrows(BusinessException.class, step);
    }

    private static CaseEvent last(DisputeCase c) {
        return c.getEvents().get(c.getEvents().size() - 1);
    }

    // ---------------------------------------------------------------- a party changes its answer

    @Test
    void aChangeReplacesTheAnswerSaysFromWhatToWhatAndDecidesAgain() {
        DisputeCase c = offered(DisputeType.KEPENTINGAN, "pt.maju");
        c.chooseForum(worker.getId(), ARBITRATION, "Arbiter Bandung", "budi", on("2026-03-04"), CLOCK);
        c.changeForum(worker.getId(), CONCILIATION, "Konsiliator Jabar", "budi", on("2026-03-05"), CLOCK);
        assertEquals(CaseStage.FORUM_OFFERED, c.getStage(), "the company has not answered: nothing decided");
        assertEquals(1, c.getForumVotes().size(), "replaced, not added");
        assertEquals(CONCILIATION, c.forumVoteOf(worker.getId()).orElseThrow().getChoice());
        assertEquals("Konsiliator Jabar", c.forumVoteOf(worker.getId()).orElseThrow().getProviderName());
        assertEquals(CaseEvent.FORUM_CHANGED, last(c).getAction());
        assertEquals("Budi Santoso: ARBITRATION -> CONCILIATION", last(c).getNote());
        assertTrue(last(c).isVisibleToParties());

        c.chooseForum(company.getId(), CONCILIATION, null, "pt.maju", on("2026-03-06"), CLOCK);
        assertEquals(CaseStage.TRANSFERRED, c.getStage(), "both chose conciliation after the change");
        assertEquals(CONCILIATION, c.getForumChoice());
        assertEquals("Konsiliator Jabar", c.getForumProvider());
    }

    @Test
    void aChangeToMediationOrToWhatTheOtherChoseDecidesAtOnce() {
        DisputeCase toMediation = offered(DisputeType.KEPENTINGAN, "pt.maju");
        toMediation.chooseForum(worker.getId(), ARBITRATION, null, "budi", on("2026-03-04"), CLOCK);
        toMediation.changeForum(worker.getId(), MEDIATION, "ignored", "budi", on("2026-03-05"), CLOCK);
        assertEquals(CaseStage.AWAITING_MEDIATOR, toMediation.getStage());
        assertEquals(MEDIATION, toMediation.getForumChoice());

        DisputeCase matching = offered(DisputeType.KEPENTINGAN, "pt.maju");
        matching.chooseForum(worker.getId(), ARBITRATION, null, "budi", on("2026-03-04"), CLOCK);
        matching.chooseForum(company.getId(), ARBITRATION, null, "pt.maju", on("2026-03-04"), CLOCK);
        assertEquals(CaseStage.TRANSFERRED, matching.getStage(), "agreed: decided, and then nothing changes");
        assertEquals(ErrorKeys.FORUM_DECIDED,
                refused(() -> matching.changeForum(worker.getId(), CONCILIATION, null, "budi", on("2026-03-05"), CLOCK)).key());
        assertEquals(ErrorKeys.FORUM_DECIDED,
                refused(() -> matching.chooseForum(worker.getId(), CONCILIATION, null, "budi", on("2026-03-05"), CLOCK)).key());
        assertEquals(ARBITRATION, matching.getForumChoice());
    }

    @Test
    void refusedChangesKeepTheAnswerAndTheTrail() {
        DisputeCase c = offered(DisputeType.PHK, "pt.maju");
        assertEquals(ErrorKeys.FORUM_NOT_CHOSEN,
                refused(() -> c.changeForum(worker.getId(), CONCILIATION, null, "budi", on("2026-03-04"), CLOCK)).key());
        c.chooseForum(worker.getId(), CONCILIATION, null, "budi", on("2026-03-04"), CLOCK);
        int trail = c.getEvents().size();
        assertEquals(ErrorKeys.ARBITRATION_NOT_ALLOWED,
                refused(() -> c.changeForum(worker.getId(), ARBITRATION, null, "budi", on("2026-03-05"), CLOCK)).key(),
                "no arbitration for a PHK dispute, on a change as on a first answer");
        assertEquals(ErrorKeys.FORUM_UNCHANGED,
                refused(() -> c.changeForum(worker.getId(), CONCILIATION, " ", "budi", on("2026-03-05"), CLOCK)).key());
        assertEquals(CONCILIATION, c.forumVoteOf(worker.getId()).orElseThrow().getChoice());
        assertEquals(trail, c.getEvents().size());
        // the same forum with another conciliator's name is a change
        c.changeForum(worker.getId(), CONCILIATION, "Konsiliator Jabar", "budi", on("2026-03-05"), CLOCK);
        assertEquals("Konsiliator Jabar", c.forumVoteOf(worker.getId()).orElseThrow().getProviderName());
    }

    // ---------------------------------------------------------------- the office records a written statement

    @Test
    void theOfficeRecordsTheLetterOfACompanyWithoutAccountAndTheSameRuleDecides() {
        DisputeCase c = offered(DisputeType.KEPENTINGAN, null);
        c.chooseForum(worker.getId(), CONCILIATION, null, "budi", on("2026-03-04"), CLOCK);
        int trail = c.getEvents().size();
        BusinessException noStatement = refused(
                () -> c.recordForumChoice(company.getId(), CONCILIATION, null, null, "petugas", on("2026-03-05"), CLOCK));
        assertEquals(Map.of("statement", ErrorKeys.FORUM_STATEMENT_MISSING), noStatement.fieldKeys());
        assertTrue(c.forumVoteOf(company.getId()).isEmpty(), "nothing recorded without the statement");
        assertEquals(trail, c.getEvents().size());
        assertEquals(Map.of("recordParty", ErrorKeys.REQUIRED, "recordChoice", ErrorKeys.REQUIRED, "statement",
                ErrorKeys.FORUM_STATEMENT_MISSING),
                refused(() -> c.recordForumChoice(null, null, null, " ", "petugas", on("2026-03-05"), CLOCK)).fieldKeys(),
                "every problem of the form at once");

        c.recordForumChoice(company.getId(), CONCILIATION, null, "stored-statement", "petugas", on("2026-03-05"), CLOCK);
        ForumVote vote = c.forumVoteOf(company.getId()).orElseThrow();
        assertTrue(vote.isRecordedByOffice());
        assertEquals("petugas", vote.getRecordedBy());
        assertEquals("stored-statement", vote.getStatementDocumentId());
        assertEquals(CaseStage.TRANSFERRED, c.getStage(), "both chose conciliation");
        assertEquals(CONCILIATION, c.getForumChoice());
        assertTrue(c.getEvents().stream().anyMatch(e -> e.getAction().equals(CaseEvent.FORUM_RECORDED)
                && e.getNote().equals("PT Maju Jaya: CONCILIATION") && e.getActor().equals("petugas")));
        assertEquals(ErrorKeys.FORUM_DECIDED, refused(() -> c.recordForumChoice(company.getId(), MEDIATION, null, "another",
                "petugas", on("2026-03-06"), CLOCK)).key(), "a stale page once decided");
    }

    @Test
    void theOfficeNeverOverwritesAnOnlineChoiceButMayRecordAWalkInOrReplaceItsOwnRecord() {
        DisputeCase c = offered(DisputeType.KEPENTINGAN, "pt.maju");
        c.chooseForum(worker.getId(), ARBITRATION, null, "budi", on("2026-03-04"), CLOCK);
        assertEquals(ErrorKeys.FORUM_CHOSEN_ONLINE, refused(() -> c.recordForumChoice(worker.getId(), MEDIATION, null, "letter",
                "petugas", on("2026-03-05"), CLOCK)).key());
        assertEquals(ARBITRATION, c.forumVoteOf(worker.getId()).orElseThrow().getChoice());
        assertEquals(CaseStage.FORUM_OFFERED, c.getStage());

        // the company has an account but came to the office and has not chosen: recorded (walk-in)
        c.recordForumChoice(company.getId(), CONCILIATION, null, "letter-1", "petugas", on("2026-03-05"), CLOCK);
        assertEquals(CaseStage.AWAITING_MEDIATOR, c.getStage(), "different choices: mediation at once");

        DisputeCase again = offered(DisputeType.KEPENTINGAN, null);
        again.recordForumChoice(company.getId(), ARBITRATION, null, "letter-1", "petugas", on("2026-03-04"), CLOCK);
        again.recordForumChoice(company.getId(), CONCILIATION, null, "letter-2", "petugas", on("2026-03-05"), CLOCK);
        assertEquals("PT Maju Jaya: ARBITRATION -> CONCILIATION", last(again).getNote(), "a newer letter replaces the record");
        assertEquals("letter-2", again.forumVoteOf(company.getId()).orElseThrow().getStatementDocumentId());
        assertEquals(CaseStage.FORUM_OFFERED, again.getStage());
    }

    @Test
    void theOfficeIsRefusedForbiddenForumsAsThePartiesAre() {
        DisputeCase c = offered(DisputeType.PHK, null);
        assertEquals(ErrorKeys.ARBITRATION_NOT_ALLOWED, refused(() -> c.recordForumChoice(company.getId(), ARBITRATION, null,
                "letter", "petugas", on("2026-03-04"), CLOCK)).key());
        assertTrue(c.getForumVotes().isEmpty());
        assertEquals(List.of(MEDIATION, CONCILIATION), c.forumOptions());
    }

    @Test
    void aPartyWithAnAccountMayChangeWhatTheOfficeRecordedForIt() {
        DisputeCase c = offered(DisputeType.KEPENTINGAN, "pt.maju");
        c.recordForumChoice(company.getId(), ARBITRATION, null, "letter", "petugas", on("2026-03-04"), CLOCK);
        c.changeForum(company.getId(), CONCILIATION, null, "pt.maju", on("2026-03-05"), CLOCK);
        ForumVote vote = c.forumVoteOf(company.getId()).orElseThrow();
        assertFalse(vote.isRecordedByOffice(), "now the party's own online answer");
        assertNull(vote.getStatementDocumentId());
        assertEquals(ErrorKeys.FORUM_CHOSEN_ONLINE, refused(() -> c.recordForumChoice(company.getId(), ARBITRATION, null,
                "letter-2", "petugas", on("2026-03-05"), CLOCK)).key());
    }

    // ---------------------------------------------------------------- reminders and what the parties see

    @Test
    void theForumReminderGoesOnlyToWhoHasNotChosen() {
        DisputeCase c = offered(DisputeType.KEPENTINGAN, "pt.maju");
        assertEquals(List.of(worker, company), c.partiesToRemind(DeadlineKind.FORUM_CHOICE));
        c.chooseForum(worker.getId(), ARBITRATION, null, "budi", on("2026-03-04"), CLOCK);
        assertEquals(List.of(company), c.partiesToRemind(DeadlineKind.FORUM_CHOICE));
        c.changeForum(worker.getId(), CONCILIATION, null, "budi", on("2026-03-05"), CLOCK);
        assertEquals(List.of(company), c.partiesToRemind(DeadlineKind.FORUM_CHOICE), "a change is still a choice");
        assertEquals(List.of(worker, company), c.partiesToRemind(DeadlineKind.COMPLETION), "other deadlines: every party");
    }

    @Test
    void whileTheOfferIsOpenAPartySeesThatTheOtherChoseNotWhat() {
        DisputeCase c = offered(DisputeType.KEPENTINGAN, "pt.maju");
        c.chooseForum(worker.getId(), ARBITRATION, null, "budi", on("2026-03-04"), CLOCK);
        CaseEvent chosen = last(c);
        assertTrue(c.hidesForumChoiceOf(worker.getId(), "pt.maju"));
        assertFalse(c.hidesForumChoiceOf(worker.getId(), "budi"), "one's own choice shows");
        assertTrue(c.hidesFromParty(chosen, "pt.maju"));
        assertFalse(c.hidesFromParty(chosen, "budi"));
        assertFalse(c.hidesFromParty(c.getEvents().get(0), "pt.maju"), "other lines show as ever");

        c.recordForumChoice(company.getId(), ARBITRATION, null, "letter", "petugas", on("2026-03-05"), CLOCK);
        assertEquals(CaseStage.TRANSFERRED, c.getStage());
        assertFalse(c.hidesForumChoiceOf(worker.getId(), "pt.maju"), "decided: every choice shows");
        assertFalse(c.hidesFromParty(chosen, "pt.maju"));
    }

    @Test
    void anotherPartysWrittenStatementIsNotTheirsToReadUntilDecided() {
        DisputeCase c = offered(DisputeType.KEPENTINGAN, "pt.maju");
        c.addDocument(DocumentKind.SURAT_PILIHAN_FORUM, "letter", "surat.pdf", company.getId(), "petugas", on("2026-03-04"));
        c.recordForumChoice(company.getId(), CONCILIATION, null, "letter", "petugas", on("2026-03-04"), CLOCK);
        assertEquals(1, c.documentsVisibleToParty("budi").size(), "the worker sees the risalah, not the company's letter");
        assertEquals(2, c.documentsVisibleToParty("pt.maju").size(), "the company sees its own");
        c.chooseForum(worker.getId(), CONCILIATION, null, "budi", on("2026-03-05"), CLOCK);
        assertEquals(2, c.documentsVisibleToParty("budi").size());
    }
}
