package id.go.jabarprov.disnakertrans.sikhi.domain;

import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.CLOCK;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.at;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.d;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The screen in front of the figures' overdue count: it must let through every case that is late on a day
 * (checked against {@link DisputeCase#deadlines} for every day from March to August 2026, holidays included)
 * and should stop the cases whose clocks still run.
 */
class OverdueScreenTest {

    private static final String WORKER = "budi";
    private static final String STAFF = "petugas";
    private static final String MEDIATOR = "mediator.siti";

    @Test
    void theLastStartOverdueSkipsHolidays() {
        // 7 HK from Mon 9 Mar ends Wed 18 Mar? No: 18-24 Mar are off, so Tue 17 is the 6th and Wed 25 the 7th HK.
        // On Thu 26 Mar a first session due after a pelimpahan of 9 Mar is late; one of 10 Mar is due Thu 26 itself.
        assertEquals(d("2026-03-09"), CLOCK.lastStartOverdueOn(DeadlineKind.FIRST_SESSION, d("2026-03-26")));
        assertTrue(CLOCK.isOverdue(CLOCK.firstSessionDue(d("2026-03-09")), d("2026-03-26")));
        assertFalse(CLOCK.isOverdue(CLOCK.firstSessionDue(d("2026-03-10")), d("2026-03-26")));
        // on Wed 13 May: 7 HK after Sun 3 May are 4-8 and 11-12 May, so late; 7 HK after Mon 4 May end on Wed 13 itself
        assertEquals(d("2026-05-03"), CLOCK.lastStartOverdueOn(DeadlineKind.COMPLETION, d("2026-05-13")));
    }

    @Test
    void everyLateCasePassesTheScreenAndEveryCertainOneIsLateOnEveryDay() {
        Map<String, Supplier<DisputeCase>> cases = Map.of(
                "returned", this::returned,
                "forum offered", this::forumOffered,
                "mediator assigned, no session", this::withMediator,
                "in session", this::inSession,
                "klarifikasi still open", this::inKlarifikasi,
                "session after a klarifikasi", this::sessionAfterKlarifikasi,
                "anjuran issued, one receipt late", this::anjuranIssued,
                "anjuran accepted, PB to draft", this::pbToDraft);
        int late = 0;
        int stopped = 0;
        int certain = 0;
        for (var entry : cases.entrySet()) {
            DisputeCase c = entry.getValue().get();
            for (LocalDate day = d("2026-03-01"); day.isBefore(d("2026-09-01")); day = day.plusDays(1)) {
                OverdueScreen screen = OverdueScreen.on(day, CLOCK);
                boolean overdue = c.deadlines(day, CLOCK).stream().anyMatch(CaseDeadline::overdue);
                if (screen.certainlyOverdue(c)) {
                    certain++;
                    assertTrue(overdue, entry.getKey() + " is counted as certainly late on " + day + " but is not late");
                }
                if (overdue) {
                    late++;
                    assertTrue(screen.mayBeOverdue(c), entry.getKey() + " is late on " + day + " but was screened out");
                } else if (!screen.mayBeOverdue(c)) {
                    stopped++;
                }
            }
        }
        assertTrue(late > 500, "the examples are late on many days: " + late);
        assertTrue(stopped > 100, "and the screen stops cases whose clocks still run: " + stopped);
        assertTrue(certain > 200 && certain < late, "many late cases are known from their row, not all: " + certain + " of " + late);
    }

    @Test
    void casesWhoseClocksStillRunAreStopped() {
        DisputeCase assigned = withMediator(); // pelimpahan Mon 9 Mar: first session due Wed 25 Mar
        assertFalse(OverdueScreen.on(d("2026-03-25"), CLOCK).mayBeOverdue(assigned));
        assertTrue(OverdueScreen.on(d("2026-03-26"), CLOCK).mayBeOverdue(assigned));
        DisputeCase draft = draft(DisputeType.PHK);
        assertFalse(OverdueScreen.on(d("2026-12-31"), CLOCK).mayBeOverdue(draft), "a draft runs no clock");
        DisputeCase withdrawn = returned();
        withdrawn.apply(CaseAction.WITHDRAW, WORKER, on("2026-03-17"), null, CLOCK);
        assertFalse(OverdueScreen.on(d("2026-12-31"), CLOCK).mayBeOverdue(withdrawn), "a closed case runs no clock");
    }

    @Test
    void eachQueryIsGivenExactlyTheParametersItNames() {
        OverdueScreen screen = OverdueScreen.on(d("2026-05-13"), CLOCK);
        assertEquals(java.util.Set.of("returned", "returnedBy", "offered", "offeredBy", "mediation", "assignedWithoutSessionBy",
                "firstSessionBy", "assignedBy", "alwaysRead"), screen.parametersOf(OverdueScreen.JPQL).keySet());
        assertEquals(java.util.Set.of("returned", "returnedBy", "offered", "offeredBy", "mediation", "assignedWithoutSessionBy",
                "anjuranDue", "firstSessionBy"), screen.parametersOf(OverdueScreen.CERTAIN_JPQL).keySet());
    }

    // ------------------------------------------------------------------ cases in each stage

    private DisputeCase draft(DisputeType type) {
        return CaseExamples.draft(type, null);
    }

    /** Returned on Mon 16 Mar, just before the Nyepi and Idul Fitri holidays. */
    private DisputeCase returned() {
        DisputeCase c = draft(DisputeType.PHK);
        c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-13"), null, CLOCK);
        c.returnIncomplete(List.of("risalah-bipartit"), STAFF, on("2026-03-16"), "Lampirkan risalah", CLOCK);
        return c;
    }

    /** A PHK dispute offered conciliation or arbitration on Tue 3 Mar. */
    private DisputeCase forumOffered() {
        DisputeCase c = draft(DisputeType.PHK);
        c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-02"), null, CLOCK);
        c.register(RegistrationNumber.after(6, "32.73", 2026), STAFF, on("2026-03-03"), CLOCK);
        c.apply(CaseAction.OFFER_FORUM, STAFF, on("2026-03-03"), null, CLOCK);
        return c;
    }

    /** A hak dispute registered Tue 3 Mar, pelimpahan Mon 9 Mar. */
    private DisputeCase withMediator() {
        DisputeCase c = draft(DisputeType.HAK);
        c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-02"), null, CLOCK);
        c.register(RegistrationNumber.after(6, "32.73", 2026), STAFF, on("2026-03-03"), CLOCK);
        c.assignMediator(MEDIATOR, STAFF, on("2026-03-09"), CLOCK);
        return c;
    }

    /** Sidang 1 held on Wed 25 Mar. */
    private DisputeCase inSession() {
        DisputeCase c = withMediator();
        MediationSession sidang = c.scheduleSession(SessionKind.SIDANG, at("2026-03-25T10:00"), "https://meet.jit.si/sikhi-1",
                null, MEDIATOR, on("2026-03-10"));
        c.recordRisalah(sidang.getId(), risalah("2026-03-25"), MEDIATOR, at("2026-03-25T15:00"), CLOCK);
        return c;
    }

    /** Klarifikasi from Thu 12 Mar, never ended: the 30 HK stand still, the first session is still due. */
    private DisputeCase inKlarifikasi() {
        DisputeCase c = withMediator();
        c.startKlarifikasi(null, "Berapa upah lembur per jam?", d("2026-03-16"), MEDIATOR, on("2026-03-12"), CLOCK);
        return c;
    }

    /** Klarifikasi Thu 26 Mar to Mon 6 Apr after sidang 1: the 30 HK move by the days paused. */
    private DisputeCase sessionAfterKlarifikasi() {
        DisputeCase c = inSession();
        c.startKlarifikasi(null, "Slip gaji Januari?", d("2026-03-30"), MEDIATOR, on("2026-03-26"), CLOCK);
        c.endKlarifikasi("Slip gaji diterima", MEDIATOR, on("2026-04-06"), CLOCK);
        return c;
    }

    /** Anjuran issued Wed 1 Apr; the company, without an account, received the letter on Wed 8 Apr. */
    private DisputeCase anjuranIssued() {
        DisputeCase c = inSession();
        c.issueAnjuran("Pengusaha membayar upah lembur.", MEDIATOR, on("2026-04-01"), CLOCK);
        CaseParty company = c.getParties().get(1);
        c.recordAnjuranReceipt(company.getId(), d("2026-04-08"), STAFF, on("2026-04-08"));
        return c;
    }

    /** Both parties accept the anjuran on Mon 13 Apr: the PB is due 3 HK later. */
    private DisputeCase pbToDraft() {
        DisputeCase c = inSession();
        c.issueAnjuran("Pengusaha membayar upah lembur.", MEDIATOR, on("2026-04-01"), CLOCK);
        for (CaseParty party : c.getParties()) {
            c.answerAnjuran(party.getId(), Acceptance.ACCEPTED, WORKER, on("2026-04-13"), CLOCK);
        }
        return c;
    }

    private static Risalah risalah(String heldOn) {
        return new Risalah(d(heldOn), "Budi Santoso; HRD PT Maju Jaya", "Upah lembur", "Minta dibayar penuh",
                "Lembur tidak diperintahkan", "Belum sepakat");
    }
}
