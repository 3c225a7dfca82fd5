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

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The aggregate's behaviour on the 2026 calendar; no database (the mappings are checked against the migration elsewhere). */
class DisputeCaseTest {

    private static final String WORKER = "budi";
    private static final String STAFF = "petugas";
    private static final String HEAD = "kabid";
    private static final String MEDIATOR = "mediator.siti";

    private CaseParty worker;
    private CaseParty company;

    private DisputeCase draft(DisputeType type) {
        DisputeCase c = new DisputeCase(new TrackingCode("SK-7KX4-Q9M2"), CaseSecret.hash("7KX4-Q9M2-HT3W"), "32.73", WORKER,
                new CaseParticulars(type, "PT Maju Jaya", "1234567890123", "Jl. Soekarno-Hatta 1, Bandung",
                        "Budi Santoso", false, "Upah lembur tidak dibayar sejak Januari.", "Bayar upah lembur."),
                on("2026-03-02"));
        worker = c.addParty(PartyRole.WORKER, "Budi Santoso", WORKER, "Jl. Cibaduyut 2, Bandung", "0812");
        company = c.addParty(PartyRole.COMPANY, "PT Maju Jaya", null, "Jl. Soekarno-Hatta 1, Bandung", null);
        return c;
    }

    /** Filed Mon 2 Mar, registered Tue 3 Mar; a hak dispute goes straight to a mediator on Mon 9 Mar. */
    private DisputeCase withMediator(DisputeType type) {
        DisputeCase c = draft(type);
        c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-02"), null, CLOCK);
        c.register(RegistrationNumber.after(6, "32.73", 2026), STAFF, on("2026-03-03"), CLOCK);
        if (type.hasForumChoice()) {
            c.apply(CaseAction.OFFER_FORUM, STAFF, on("2026-03-03"), null, CLOCK);
            c.apply(CaseAction.CHOOSE_MEDIATION, STAFF, on("2026-03-04"), null, CLOCK);
        }
        c.assignMediator(MEDIATOR, HEAD, on("2026-03-09"), CLOCK);
        return c;
    }

    /** As {@link #withMediator} plus sidang 1 held on Wed 25 Mar. */
    private DisputeCase inSession(DisputeType type) {
        DisputeCase c = withMediator(type);
        MediationSession sidang = c.scheduleSession(SessionKind.SIDANG, at("2026-03-25T10:00"), "https://meet.jit.si/sikhi-1",
                null, MEDIATOR, on("2026-03-10"));
        c.recordRisalah(sidang.getId(), risalah("2026-03-25"), MEDIATOR, at("2026-03-25T15:00"), CLOCK);
        return c;
    }

    private static Risalah risalah(String heldOn) {
        return new Risalah(d(heldOn), "Budi Santoso; HRD PT Maju Jaya", "Upah lembur", "Minta dibayar penuh",
                "Lembur tidak diperintahkan", "Belum sepakat");
    }

    private static String key(Runnable action) {
        BusinessException e = assertThrows(BusinessException.class, action::run);
        return e.key() != null ? e.key() : e.fieldKeys().toString();
    }

    @Test
    void aNewCaseIsADraftWithItsSecretHashed() {
        DisputeCase c = draft(DisputeType.HAK);
        assertEquals(CaseStage.DRAFT, c.getStage());
        assertEquals("SK-7KX4-Q9M2", c.getTrackingCode());
        assertTrue(c.secretMatches("7kx4q9m2ht3w"));
        assertFalse(c.secretMatches("7KX4-Q9M2-HT3X"));
        assertTrue(c.getEvents().isEmpty());
        assertEquals(List.of(worker, company), c.getParties());
        assertTrue(c.isFiledBy(WORKER));
        assertEquals(worker, c.partyOf(WORKER).orElseThrow());
    }

    @Test
    void aDraftNeedsATypeAndAKabKotaCode() {
        CaseParticulars noType = new CaseParticulars(null, null, null, null, null, false, null, null);
        BusinessException e = assertThrows(BusinessException.class, () -> new DisputeCase(new TrackingCode("SK-7KX4-Q9M2"),
                "h", "Bandung", WORKER, noType, on("2026-03-02")));
        assertEquals(Map.of("type", ErrorKeys.REQUIRED, "workplaceKabKota", ErrorKeys.KABKOTA_FORMAT), e.fieldKeys());
    }

    @Test
    void filingNeedsTheParticularsAndBothSides() {
        CaseParticulars badNib = new CaseParticulars(DisputeType.PHK, "PT Maju Jaya", "12345", null, "Budi", false, " ", null);
        assertEquals(Map.of("companyNib", ErrorKeys.NIB_FORMAT), badNib.draftProblems());
        assertEquals(Map.of("companyNib", ErrorKeys.NIB_FORMAT).toString(), key(() -> new DisputeCase(
                new TrackingCode("SK-7KX4-Q9M2"), "h", "32.73", WORKER, badNib, on("2026-03-02"))));
        DisputeCase c = new DisputeCase(new TrackingCode("SK-7KX4-Q9M2"), "h", "32.73", WORKER,
                new CaseParticulars(DisputeType.PHK, "PT Maju Jaya", null, null, "Budi", false, " ", null), on("2026-03-02"));
        c.addParty(PartyRole.WORKER, "Budi", WORKER, "Jl. A", null);
        BusinessException e = assertThrows(BusinessException.class,
                () -> c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-02"), null, CLOCK));
        assertEquals(Map.of("companyAddress", ErrorKeys.REQUIRED, "chronology", ErrorKeys.REQUIRED,
                "demands", ErrorKeys.REQUIRED, "parties", ErrorKeys.PARTIES_MISSING), e.fieldKeys());
        assertEquals(CaseStage.DRAFT, c.getStage());
        assertTrue(c.getEvents().isEmpty());
    }

    @Test
    void anInterUnionDisputeNeedsTwoUnions() {
        DisputeCase c = draft(DisputeType.ANTAR_SERIKAT_PEKERJA);
        c.removeParty(worker.getId());
        c.addParty(PartyRole.UNION, "SP Maju", "sp.maju", "Jl. A", null);
        assertEquals(Map.of("parties", ErrorKeys.PARTIES_MISSING), assertThrows(BusinessException.class,
                () -> c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-02"), null, CLOCK)).fieldKeys());
        c.addParty(PartyRole.UNION, "SP Jaya", null, null, null);
        assertEquals(Map.of("parties", ErrorKeys.PARTY_ADDRESS_MISSING), assertThrows(BusinessException.class,
                () -> c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-02"), null, CLOCK)).fieldKeys());
    }

    @Test
    void returnedOnTheMondayBeforeNyepiAndCompletedInTime() {
        DisputeCase c = draft(DisputeType.PHK);
        c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-13"), null, CLOCK);
        c.returnIncomplete(List.of("risalah-bipartit", "pk-pp-pkb"), STAFF, on("2026-03-16"), "Lampirkan risalah", CLOCK);
        assertEquals(CaseStage.RETURNED, c.getStage());
        assertEquals(d("2026-03-16"), c.getReturnedOn());
        assertEquals(List.of("risalah-bipartit", "pk-pp-pkb"), c.getReturnReasons());
        // 7 HK over Nyepi and Idul Fitri: Wed 1 Apr
        CaseDeadline completion = c.deadlines(d("2026-03-23"), CLOCK).get(0);
        assertEquals(DeadlineKind.COMPLETION, completion.kind());
        assertEquals(d("2026-04-01"), completion.deadline().date());
        assertEquals(6, completion.workingDaysLeft());
        // the party may edit its file now, and files it again
        c.editParticulars(new CaseParticulars(DisputeType.PHK, "PT Maju Jaya", null, "Jl. Soekarno-Hatta 1", "Budi",
                true, "Kronologi lengkap", "Pesangon"));
        // now acting as a representative: the surat kuasa khusus goes with the file
        c.addDocument(DocumentKind.SURAT_KUASA, "doc-sk", "surat-kuasa.pdf", null, WORKER, on("2026-03-31"));
        c.apply(CaseAction.RESUBMIT, WORKER, on("2026-03-31"), null, CLOCK);
        assertEquals(CaseStage.SUBMITTED, c.getStage());
        assertEquals(on("2026-03-13"), c.getFiledAt(), "the first filing date stays");
        assertTrue(c.isRepresented());
    }

    @Test
    void aReturnedFileNotCompletedInSevenHkIsDeemedWithdrawn() {
        DisputeCase c = draft(DisputeType.PHK);
        c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-13"), null, CLOCK);
        c.returnIncomplete(List.of("kronologi"), STAFF, on("2026-03-16"), null, CLOCK);
        assertEquals(ErrorKeys.COMPLETION_PERIOD_OPEN,
                key(() -> c.apply(CaseAction.RETURN_LAPSED, STAFF, at("2026-04-01T16:00"), null, CLOCK)));
        c.apply(CaseAction.RETURN_LAPSED, STAFF, on("2026-04-02"), "Tidak dilengkapi", CLOCK);
        assertEquals(CaseStage.WITHDRAWN, c.getStage());
        assertEquals(d("2026-04-02"), c.getClosedOn());
        assertEquals("Tidak dilengkapi", c.getOutcome());
    }

    @Test
    void aReturnNeedsTheMissingItems() {
        DisputeCase c = draft(DisputeType.PHK);
        c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-13"), null, CLOCK);
        BusinessException e = assertThrows(BusinessException.class,
                () -> c.returnIncomplete(List.of(" "), STAFF, on("2026-03-16"), null, CLOCK));
        assertEquals(Map.of("missingItems", ErrorKeys.REQUIRED), e.fieldKeys());
    }

    @Test
    void theDayCountsInWestJavaTime() {
        DisputeCase c = draft(DisputeType.PHK);
        c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-13"), null, CLOCK);
        // 00:30 WIB on Tuesday 17 March is still Monday in UTC
        c.returnIncomplete(List.of("kronologi"), STAFF, java.time.Instant.parse("2026-03-16T17:30:00Z"), null, CLOCK);
        assertEquals(d("2026-03-17"), c.getReturnedOn());
    }

    @Test
    void aHakDisputeGoesFromRegistrationStraightToAMediator() {
        DisputeCase c = draft(DisputeType.HAK);
        c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-02"), null, CLOCK);
        c.register(RegistrationNumber.after(6, "32.73", 2026), STAFF, on("2026-03-03"), CLOCK);
        assertEquals("0007/PHI/32.73/2026", c.getRegistrationNumber());
        assertEquals(7, c.getRegistrationSeq());
        assertEquals(2026, c.getRegistrationYear());
        assertEquals(d("2026-03-03"), c.getRegisteredOn());
        assertEquals(ErrorKeys.FORUM_NOT_AVAILABLE, key(() -> c.apply(CaseAction.OFFER_FORUM, STAFF, on("2026-03-03"), null, CLOCK)));
        assertEquals(ErrorKeys.ARBITRATION_NOT_ALLOWED, key(() -> c.chooseArbitration("Arbiter", STAFF, on("2026-03-03"), CLOCK)));
        assertEquals(ErrorKeys.CONCILIATION_NOT_ALLOWED, key(() -> c.chooseConciliation(null, STAFF, on("2026-03-03"), CLOCK)));
        assertEquals(CaseStage.REGISTERED, c.getStage());
        assertEquals(2, c.getEvents().size(), "refusals leave no trace on the trail");
        c.assignMediator(MEDIATOR, HEAD, on("2026-03-09"), CLOCK);
        assertEquals(CaseStage.MEDIATOR_ASSIGNED, c.getStage());
        assertNull(c.getForumChoice());
    }

    @Test
    void aCaseIsRegisteredOnce() {
        DisputeCase c = draft(DisputeType.HAK);
        c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-02"), null, CLOCK);
        assertEquals(ErrorKeys.NOT_REGISTERED, key(() -> c.assignMediator(MEDIATOR, HEAD, on("2026-03-02"), CLOCK)));
        c.register(RegistrationNumber.after(0, "32.73", 2026), STAFF, on("2026-03-03"), CLOCK);
        assertEquals(ErrorKeys.ILLEGAL_TRANSITION,
                key(() -> c.register(RegistrationNumber.after(1, "32.73", 2026), STAFF, on("2026-03-03"), CLOCK)));
    }

    @Test
    void aPhkDisputeCannotGoToArbitrationButMayGoToConciliation() {
        DisputeCase c = draft(DisputeType.PHK);
        c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-02"), null, CLOCK);
        c.register(RegistrationNumber.after(0, "32.73", 2026), STAFF, on("2026-03-03"), CLOCK);
        assertEquals(ErrorKeys.FORUM_NOT_OFFERED, key(() -> c.assignMediator(MEDIATOR, HEAD, on("2026-03-03"), CLOCK)));
        c.apply(CaseAction.OFFER_FORUM, STAFF, on("2026-03-03"), null, CLOCK);
        assertEquals(ErrorKeys.ARBITRATION_NOT_ALLOWED, key(() -> c.chooseArbitration("X", STAFF, on("2026-03-04"), CLOCK)));
        c.chooseConciliation("Konsiliator Ahmad", STAFF, on("2026-03-04"), CLOCK);
        assertEquals(CaseStage.TRANSFERRED, c.getStage());
        assertEquals(ForumChoice.CONCILIATION, c.getForumChoice());
        assertEquals("Konsiliator Ahmad", c.getForumProvider());
        assertEquals(d("2026-03-04"), c.getClosedOn());
    }

    @Test
    void noForumChosenInSevenHkMeansMediation() {
        DisputeCase c = draft(DisputeType.KEPENTINGAN);
        c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-02"), null, CLOCK);
        c.register(RegistrationNumber.after(0, "32.73", 2026), STAFF, on("2026-03-12"), CLOCK);
        c.apply(CaseAction.OFFER_FORUM, STAFF, on("2026-03-13"), null, CLOCK);
        // offered Fri 13 Mar: the parties may choose up to Tue 31 Mar
        assertEquals(d("2026-03-31"), c.deadlines(d("2026-03-20"), CLOCK).get(0).deadline().date());
        assertFalse(c.allowedActions(d("2026-03-31"), CLOCK).contains(CaseAction.FORUM_LAPSED));
        assertEquals(ErrorKeys.FORUM_CHOICE_OPEN, key(() -> c.apply(CaseAction.FORUM_LAPSED, STAFF, on("2026-03-31"), null, CLOCK)));
        assertTrue(c.allowedActions(d("2026-04-01"), CLOCK).contains(CaseAction.FORUM_LAPSED));
        c.apply(CaseAction.FORUM_LAPSED, STAFF, on("2026-04-01"), null, CLOCK);
        assertEquals(CaseStage.AWAITING_MEDIATOR, c.getStage());
        assertEquals(ForumChoice.NONE_IN_TIME, c.getForumChoice());
    }

    @Test
    void delegationToTheProvinceAndBack() {
        DisputeCase c = draft(DisputeType.HAK);
        c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-02"), null, CLOCK);
        c.register(RegistrationNumber.after(0, "32.73", 2026), STAFF, on("2026-03-03"), CLOCK);
        assertEquals(Map.of("reason", ErrorKeys.REQUIRED).toString(),
                key(() -> c.delegateToProvince(" ", STAFF, on("2026-03-04"), CLOCK)));
        c.delegateToProvince("Tidak ada mediator", STAFF, on("2026-03-04"), CLOCK);
        assertTrue(c.isDelegated());
        assertEquals(CaseStage.DELEGATED_TO_PROVINCE, c.getStage());
        c.apply(CaseAction.SEND_BACK_TO_KABKOTA, "provinsi", on("2026-03-05"), "Mediator sudah ada", CLOCK);
        assertFalse(c.isDelegated());
        assertEquals(CaseStage.REGISTERED, c.getStage());
        c.delegateToMinistry("Perusahaan di dua provinsi", STAFF, on("2026-03-06"), CLOCK);
        assertEquals(CaseStage.TRANSFERRED, c.getStage());
    }

    @Test
    void theProvinceSendsACaseBackOnlyWithAReasonAndTheTrailKeepsBothSidesReasons() {
        DisputeCase c = draft(DisputeType.PHK);
        c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-02"), null, CLOCK);
        c.register(RegistrationNumber.after(0, "32.73", 2026), STAFF, on("2026-03-03"), CLOCK);
        // not delegated: the refusal names the stage's rule before any missing reason
        assertEquals(ErrorKeys.ILLEGAL_TRANSITION, key(() -> c.sendBackToKabKota(" ", "provinsi", on("2026-03-04"), CLOCK)));
        c.delegateToProvince("Perusahaan di tiga kabupaten/kota", STAFF, on("2026-03-04"), CLOCK);
        assertEquals(Map.of("reason", ErrorKeys.REQUIRED).toString(),
                key(() -> c.sendBackToKabKota("  ", "provinsi", on("2026-03-05"), CLOCK)));
        assertEquals(CaseStage.DELEGATED_TO_PROVINCE, c.getStage(), "nothing changed");
        c.sendBackToKabKota(" Pekerja hanya di Kota Bandung ", "provinsi", on("2026-03-05"), CLOCK);
        assertEquals(CaseStage.REGISTERED, c.getStage());
        assertFalse(c.isDelegated());
        CaseEvent delegated = c.getEvents().get(c.getEvents().size() - 2);
        CaseEvent sentBack = c.getEvents().get(c.getEvents().size() - 1);
        assertEquals("DELEGATE_TO_PROVINCE", delegated.getAction());
        assertEquals("Perusahaan di tiga kabupaten/kota", delegated.getNote());
        assertEquals("SEND_BACK_TO_KABKOTA", sentBack.getAction());
        assertEquals("provinsi", sentBack.getActor());
        assertEquals("Pekerja hanya di Kota Bandung", sentBack.getNote());
        assertTrue(sentBack.isVisibleToParties());
    }

    @Test
    void aKlarifikasiFromTheTrailMovesTheMediationDeadlineByItsWorkingDays() {
        DisputeCase c = withMediator(DisputeType.PHK);
        // pelimpahan Mon 9 Mar: 30 HK end Tue 28 Apr (Idul Fitri in between)
        assertEquals(d("2026-04-28"), c.mediationDeadline(d("2026-03-10"), CLOCK).orElseThrow().deadline().date());
        c.startKlarifikasi(null, "Berapa upah terakhir?", d("2026-03-13"), MEDIATOR, on("2026-03-11"), CLOCK);
        assertEquals(CaseStage.KLARIFIKASI, c.getStage());
        // still paused on Thu 12 Mar: 11 and 12 paused, 28 Apr + 2 = Thu 30 Apr
        assertEquals(d("2026-04-30"), c.mediationDeadline(d("2026-03-12"), CLOCK).orElseThrow().deadline().date());
        c.endKlarifikasi("Slip gaji Februari", MEDIATOR, at("2026-03-13T16:00"), CLOCK);
        assertEquals(CaseStage.MEDIATOR_ASSIGNED, c.getStage(), "no session yet: back to waiting for the first one");
        assertEquals(List.of(new ClockPause(d("2026-03-11"), d("2026-03-13"))), c.klarifikasiPauses());
        // three paused working days: Wed 29, Thu 30 Apr, (Fri 1 May Hari Buruh), Mon 4 May
        assertEquals(d("2026-05-04"), c.mediationDeadline(d("2026-04-01"), CLOCK).orElseThrow().deadline().date());
    }

    @Test
    void aLateFirstSessionShowsAsOverdue() {
        DisputeCase c = withMediator(DisputeType.HAK);
        List<CaseDeadline> onTime = c.deadlines(d("2026-03-25"), CLOCK);
        assertEquals(List.of(DeadlineKind.FIRST_SESSION, DeadlineKind.MEDIATION), onTime.stream().map(CaseDeadline::kind).toList());
        assertEquals(d("2026-03-25"), onTime.get(0).deadline().date());
        assertFalse(onTime.get(0).overdue());
        CaseDeadline late = c.deadlines(d("2026-03-27"), CLOCK).get(0);
        assertTrue(late.overdue());
        assertEquals(-2, late.workingDaysLeft());
    }

    @Test
    void anAnjuranNeedsASessionAndNotDuringKlarifikasi() {
        DisputeCase c = withMediator(DisputeType.PHK);
        assertEquals(ErrorKeys.NO_SESSION_HELD, key(() -> c.issueAnjuran("Anjuran", MEDIATOR, on("2026-03-10"), CLOCK)));
        MediationSession sidang = c.scheduleSession(SessionKind.SIDANG, at("2026-03-12T10:00"), null, "Kantor Disnaker",
                MEDIATOR, on("2026-03-10"));
        c.startKlarifikasi(company.getId(), "Daftar hadir lembur", d("2026-03-12"), MEDIATOR, on("2026-03-11"), CLOCK);
        assertEquals(ErrorKeys.KLARIFIKASI_IN_PROGRESS,
                key(() -> c.recordRisalah(sidang.getId(), risalah("2026-03-12"), MEDIATOR, on("2026-03-12"), CLOCK)));
        c.endKlarifikasi("Daftar hadir diterima", MEDIATOR, on("2026-03-12"), CLOCK);
        c.recordRisalah(sidang.getId(), risalah("2026-03-12"), MEDIATOR, at("2026-03-12T15:00"), CLOCK);
        assertEquals(CaseStage.IN_SESSION, c.getStage());
        assertEquals(d("2026-03-12"), c.getFirstSessionOn());
    }

    @Test
    void aRisalahCannotBeDatedInTheFutureOrBeforePelimpahan() {
        DisputeCase c = withMediator(DisputeType.HAK);
        MediationSession sidang = c.scheduleSession(SessionKind.SIDANG, at("2026-03-12T10:00"), null, "Kantor", MEDIATOR,
                on("2026-03-10"));
        assertEquals(Map.of("heldOn", ErrorKeys.DATE_OUT_OF_RANGE).toString(),
                key(() -> c.recordRisalah(sidang.getId(), risalah("2026-03-13"), MEDIATOR, on("2026-03-12"), CLOCK)));
        assertEquals(Map.of("heldOn", ErrorKeys.DATE_OUT_OF_RANGE).toString(),
                key(() -> c.recordRisalah(sidang.getId(), risalah("2026-03-06"), MEDIATOR, on("2026-03-12"), CLOCK)));
        assertThrows(AccessDeniedException.class,
                () -> c.recordRisalah("not-a-session", risalah("2026-03-12"), MEDIATOR, on("2026-03-12"), CLOCK));
    }

    @Test
    void aConfirmedRisalahIsFixed() {
        DisputeCase c = inSession(DisputeType.HAK);
        MediationSession sidang = c.getSessions().get(0);
        c.confirmRisalah(sidang.getId(), worker.getId(), WORKER, on("2026-03-26"));
        assertTrue(sidang.isConfirmedBy(worker.getId()));
        assertFalse(sidang.isConfirmedBy(company.getId()));
        assertEquals(ErrorKeys.ALREADY_CONFIRMED, key(() -> c.confirmRisalah(sidang.getId(), worker.getId(), WORKER, on("2026-03-26"))));
        assertEquals(ErrorKeys.RISALAH_CONFIRMED,
                key(() -> c.recordRisalah(sidang.getId(), risalah("2026-03-25"), MEDIATOR, on("2026-03-26"), CLOCK)));
        // nor can the meeting it minutes be moved any more
        assertEquals(Map.of(SessionMove.SESSION, ErrorKeys.SESSION_HELD).toString(), key(() -> c.rescheduleSession(sidang.getId(),
                on("2026-03-30"), null, "Kantor", "Ruang dipakai", MEDIATOR, on("2026-03-26"))));
    }

    @Test
    void anjuranWithinTenHkOfTheFirstSession() {
        DisputeCase c = inSession(DisputeType.HAK);
        // first session Wed 25 Mar: anjuran due Thu 9 Apr (Good Friday in between)
        List<CaseDeadline> deadlines = c.deadlines(d("2026-03-26"), CLOCK);
        assertEquals(List.of(DeadlineKind.ANJURAN, DeadlineKind.MEDIATION), deadlines.stream().map(CaseDeadline::kind).toList());
        assertEquals(d("2026-04-09"), deadlines.get(0).deadline().date());
    }

    @Test
    void anjuranRejectedBySilenceClosesWithRisalahPenyelesaian() {
        DisputeCase c = inSession(DisputeType.PHK);
        c.issueAnjuran("Perusahaan membayar pesangon 1x ketentuan.", MEDIATOR, on("2026-05-07"), CLOCK);
        assertEquals(CaseStage.ANJURAN_ISSUED, c.getStage());
        assertEquals(d("2026-05-07"), c.getAnjuranIssuedOn());
        assertEquals(2, c.getAnjuran().getAnswers().size());
        c.answerAnjuran(worker.getId(), Acceptance.ACCEPTED, WORKER, on("2026-05-08"), CLOCK);
        assertEquals(ErrorKeys.ALREADY_ANSWERED,
                key(() -> c.answerAnjuran(worker.getId(), Acceptance.REJECTED, WORKER, on("2026-05-11"), CLOCK)));
        // received Thu 7 May: answers due Mon 25 May
        CaseDeadline answer = c.deadlines(d("2026-05-20"), CLOCK).get(0);
        assertEquals(DeadlineKind.ANSWER, answer.kind());
        assertEquals(d("2026-05-25"), answer.deadline().date());
        assertEquals(ErrorKeys.ANSWERS_PENDING, key(() -> c.apply(CaseAction.ANSWERS_COMPLETE, MEDIATOR, on("2026-05-25"), null, CLOCK)));
        assertEquals(ErrorKeys.ANSWER_LAPSED,
                key(() -> c.answerAnjuran(company.getId(), Acceptance.ACCEPTED, "hrd", on("2026-05-26"), CLOCK)));
        c.apply(CaseAction.ANSWERS_COMPLETE, MEDIATOR, on("2026-05-26"), "Risalah penyelesaian", CLOCK);
        assertEquals(CaseStage.CLOSED_ANJURAN, c.getStage());
        assertEquals("Risalah penyelesaian", c.getOutcome());
    }

    @Test
    void anjuranAcceptedByBothLeadsToAPbWithinThreeHkAndClosesOnPhiRegistration() {
        DisputeCase c = inSession(DisputeType.PHK);
        // issued Fri 8 May: 11-13 (3), Ascension 14-15 off, 18-22 (8), 25 (9), Tue 26 May (10) is the last day to answer
        c.issueAnjuran("Anjuran", MEDIATOR, on("2026-05-08"), CLOCK);
        c.answerAnjuran(worker.getId(), Acceptance.ACCEPTED, WORKER, on("2026-05-20"), CLOCK);
        c.answerAnjuran(company.getId(), Acceptance.ACCEPTED, "hrd", at("2026-05-26T16:00"), CLOCK);
        c.apply(CaseAction.ANSWERS_COMPLETE, MEDIATOR, on("2026-05-26"), null, CLOCK);
        assertEquals(CaseStage.PB_DRAFTED, c.getStage());
        assertNull(c.getPerjanjianBersama(), "the mediator writes it next");
        // accepted Tue 26 May: PB due Wed 3 Jun (Idul Adha, Waisak and Pancasila in between)
        CaseDeadline pb = c.deadlines(d("2026-05-29"), CLOCK).get(0);
        assertEquals(DeadlineKind.PERJANJIAN_BERSAMA, pb.kind());
        assertEquals(d("2026-06-03"), pb.deadline().date());
        assertEquals(ErrorKeys.PB_MISSING, key(() -> c.acceptPb(worker.getId(), WORKER, "x", on("2026-05-29"), CLOCK)));
        assertEquals(ErrorKeys.ANJURAN_ALREADY_ISSUED, key(() -> c.apply(CaseAction.ABANDON_PB, MEDIATOR, on("2026-05-29"), null, CLOCK)));

        String text = "Perjanjian Bersama: pesangon dibayar 1x ketentuan.";
        c.revisePb(text, PerjanjianBersama.sha256(text), MEDIATOR, on("2026-05-29"));
        assertEquals(MEDIATOR, c.getPerjanjianBersama().getWitnessMediator());
        c.acceptPb(worker.getId(), WORKER, PerjanjianBersama.sha256(text), on("2026-05-29"), CLOCK);
        assertEquals(ErrorKeys.PB_NOT_ACCEPTED, key(() -> c.registerPbAtPhi("12/PB/2026", MEDIATOR, on("2026-06-02"), CLOCK)));
        assertEquals(ErrorKeys.PB_CHANGED,
                key(() -> c.acceptPb(company.getId(), "hrd", PerjanjianBersama.sha256("other text"), on("2026-06-02"), CLOCK)));
        c.acceptPb(company.getId(), "hrd", PerjanjianBersama.sha256(text), on("2026-06-02"), CLOCK);
        assertEquals(ErrorKeys.PHI_PROOF_MISSING, key(() -> c.registerPbAtPhi("12/PB/2026", MEDIATOR, on("2026-06-05"), CLOCK)));
        c.addDocument(DocumentKind.BUKTI_PENDAFTARAN_PHI, "doc-1", "Akta", worker.getId(), WORKER, on("2026-06-05"));
        c.registerPbAtPhi("12/PB/2026/PHI.Bdg", MEDIATOR, on("2026-06-05"), CLOCK);
        assertEquals(CaseStage.CLOSED_AGREED, c.getStage());
        assertEquals("12/PB/2026/PHI.Bdg", c.getPhiRegistrationNumber());
        assertTrue(c.deadlines(d("2026-06-05"), CLOCK).isEmpty(), "a closed case has no running deadline");
    }

    @Test
    void revisingThePbDropsEveryAcceptance() {
        DisputeCase c = inSession(DisputeType.HAK);
        c.draftPb("Versi 1", PerjanjianBersama.sha256("Versi 1"), MEDIATOR, on("2026-03-26"), CLOCK);
        c.acceptPb(worker.getId(), WORKER, PerjanjianBersama.sha256("Versi 1"), on("2026-03-26"), CLOCK);
        assertEquals(ErrorKeys.ALREADY_ACCEPTED,
                key(() -> c.acceptPb(worker.getId(), WORKER, PerjanjianBersama.sha256("Versi 1"), on("2026-03-26"), CLOCK)));
        c.revisePb("Versi 2", PerjanjianBersama.sha256("Versi 2"), MEDIATOR, on("2026-03-27"));
        assertFalse(c.getPerjanjianBersama().isAcceptedBy(worker.getId()));
        assertTrue(c.getPerjanjianBersama().getAcceptances().isEmpty());
        assertEquals(Map.of("documentHash", ErrorKeys.REQUIRED).toString(),
                key(() -> c.revisePb("Versi 3", "not-a-hash", MEDIATOR, on("2026-03-27"))));
    }

    @Test
    void anAgreementThatFallsApartBeforeAnjuranReturnsToSessions() {
        DisputeCase c = inSession(DisputeType.HAK);
        c.draftPb("Versi 1", PerjanjianBersama.sha256("Versi 1"), MEDIATOR, on("2026-03-26"), CLOCK);
        c.apply(CaseAction.ABANDON_PB, MEDIATOR, on("2026-03-27"), "Perusahaan menarik diri", CLOCK);
        assertEquals(CaseStage.IN_SESSION, c.getStage());
        assertNull(c.getPerjanjianBersama());
        c.issueAnjuran("Anjuran", MEDIATOR, on("2026-03-30"), CLOCK);
        assertEquals(CaseStage.ANJURAN_ISSUED, c.getStage());
    }

    @Test
    void aPartyWhoReceivedTheAnjuranLaterHasLonger() {
        DisputeCase c = inSession(DisputeType.HAK);
        c.issueAnjuran("Anjuran", MEDIATOR, on("2026-05-07"), CLOCK);
        // the company got the letter on Mon 11 May: its 10 HK end Fri 29 May
        c.recordAnjuranReceipt(company.getId(), d("2026-05-11"), MEDIATOR, on("2026-05-12"));
        c.answerAnjuran(worker.getId(), Acceptance.ACCEPTED, WORKER, on("2026-05-08"), CLOCK);
        c.answerAnjuran(company.getId(), Acceptance.ACCEPTED, "hrd", on("2026-05-29"), CLOCK);
        assertEquals(AnjuranOutcome.ACCEPTED, c.getAnjuran().outcomeOn(d("2026-05-29"), CLOCK));
        assertEquals(d("2026-05-29"), c.getAnjuran().acceptedByAllOn().orElseThrow());
    }

    @Test
    void theTrailRecordsEveryStepInOrder() {
        DisputeCase c = inSession(DisputeType.PHK);
        List<String> actions = c.getEvents().stream().map(CaseEvent::getAction).toList();
        assertEquals(List.of("SUBMIT", "REGISTER", "OFFER_FORUM", "CHOOSE_MEDIATION", "ASSIGN_MEDIATOR", "SESSION_SCHEDULED",
                "RECORD_SESSION"), actions);
        CaseEvent assign = c.getEvents().get(4);
        assertEquals(5, assign.getSeq());
        assertEquals(CaseStage.AWAITING_MEDIATOR, assign.getFromStage());
        assertEquals(CaseStage.MEDIATOR_ASSIGNED, assign.getToStage());
        assertEquals(HEAD, assign.getActor());
        assertEquals(on("2026-03-09"), assign.getOccurredAt());
        assertEquals("sikhi.action.ASSIGN_MEDIATOR", assign.key());
        assertEquals("sikhi.event.SESSION_SCHEDULED", c.getEvents().get(5).key());
        assertEquals(at("2026-03-25T15:00"), c.getUpdatedAt());
        c.addNote("Mediator cuti sakit", false, HEAD, on("2026-03-26"));
        assertEquals(7, c.eventsVisibleToParties().size());
        assertEquals(8, c.getEvents().size());
    }

    @Test
    void aClosedCaseRefusesEverything() {
        DisputeCase c = inSession(DisputeType.HAK);
        c.apply(CaseAction.WITHDRAW, WORKER, on("2026-03-26"), "Sudah damai di luar", CLOCK);
        assertEquals(CaseStage.WITHDRAWN, c.getStage());
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> c.apply(CaseAction.SEND_BACK_TO_BIPARTITE, MEDIATOR, on("2026-03-27"), null, CLOCK));
        assertEquals(ErrorKeys.CASE_CLOSED, e.key());
        assertEquals(ErrorKeys.CASE_CLOSED, key(() -> c.addDocument(DocumentKind.BUKTI, "doc", null, null, WORKER, on("2026-03-27"))));
        assertEquals(ErrorKeys.CASE_CLOSED, key(() -> c.postMessage(MessageThread.ALL, null, WORKER, "Halo", on("2026-03-27"))));
        assertEquals(ErrorKeys.CASE_CLOSED, key(() -> c.scheduleSession(SessionKind.SIDANG, on("2026-03-30"), null, "Kantor",
                MEDIATOR, on("2026-03-27"))));
        assertTrue(c.allowedActions(d("2026-03-27"), CLOCK).isEmpty());
    }

    @Test
    void actionsWithDetailsHaveTheirOwnMethods() {
        DisputeCase c = draft(DisputeType.HAK);
        assertThrows(IllegalArgumentException.class, () -> c.apply(CaseAction.REGISTER, STAFF, on("2026-03-02"), null, CLOCK));
        assertThrows(IllegalArgumentException.class, () -> c.apply(CaseAction.ASSIGN_MEDIATOR, STAFF, on("2026-03-02"), null, CLOCK));
    }

    @Test
    void partiesAreEditedWhileTheFileIsOpenToCorrection() {
        DisputeCase c = withMediator(DisputeType.HAK);
        assertEquals(ErrorKeys.NOT_EDITABLE, key(() -> c.addParty(PartyRole.WORKER, "X", null, null, null)));
        assertEquals(ErrorKeys.NOT_EDITABLE, key(() -> c.editParticulars(c.particulars())));
        // a company account joins, and a representative without a surat kuasa is recorded as such
        c.linkPartyAccount(company.getId(), "hrd.majujaya");
        assertEquals(company, c.partyOf("hrd.majujaya").orElseThrow());
        c.appointRepresentative(company.getId(), "Advokat Rina", null, "hrd.majujaya", on("2026-03-10"));
        assertTrue(company.hasRepresentative());
        assertFalse(company.hasSuratKuasa());
        c.appointRepresentative(company.getId(), "Advokat Rina", "doc-sk", "hrd.majujaya", on("2026-03-11"));
        assertTrue(company.hasSuratKuasa());
        assertEquals(ErrorKeys.NOT_A_PARTY, key(() -> c.linkPartyAccount("nobody", "x")));
    }

    @Test
    void aRepresentativeFilesOnlyWithTheSuratKuasaKhususButSavesTheDraftWithout() {
        DisputeCase c = new DisputeCase(new TrackingCode("SK-7KX4-Q9M2"), "h", "32.73", "advokat.rina",
                new CaseParticulars(DisputeType.PHK, "PT Maju Jaya", null, "Jl. Soekarno-Hatta 1, Bandung", "Budi Santoso", true,
                        "Di-PHK tanpa pesangon.", "Pesangon."), on("2026-03-02"));
        c.addParty(PartyRole.WORKER, "Budi Santoso", "advokat.rina", "Jl. Cibaduyut 2, Bandung", null);
        c.addParty(PartyRole.COMPANY, "PT Maju Jaya", null, "Jl. Soekarno-Hatta 1, Bandung", null);
        c.addDocument(DocumentKind.RISALAH_BIPARTIT, "doc-rb", "risalah.pdf", null, "advokat.rina", on("2026-03-02"));
        assertEquals(Map.of(FilingDocuments.SURAT_KUASA, ErrorKeys.SURAT_KUASA_MISSING), c.missingDocuments());
        assertEquals(Map.of(FilingDocuments.SURAT_KUASA, ErrorKeys.SURAT_KUASA_MISSING).toString(),
                key(() -> c.apply(CaseAction.SUBMIT, "advokat.rina", on("2026-03-02"), null, CLOCK)));
        assertEquals(CaseStage.DRAFT, c.getStage(), "still a draft, with its documents");
        assertEquals(1, c.getDocuments().size());
        // another document is no power of attorney; the surat kuasa is
        c.addDocument(DocumentKind.BUKTI, "doc-b", "slip.pdf", null, "advokat.rina", on("2026-03-02"));
        assertFalse(c.missingDocuments().isEmpty());
        c.addDocument(DocumentKind.SURAT_KUASA, "doc-sk", "surat-kuasa.pdf", null, "advokat.rina", on("2026-03-02"));
        c.apply(CaseAction.SUBMIT, "advokat.rina", on("2026-03-02"), null, CLOCK);
        assertEquals(CaseStage.SUBMITTED, c.getStage());
        // a filer acting for themselves needs none
        assertEquals(Map.of(), FilingDocuments.problems(false, List.of()));
    }

    @Test
    void reclassifiedWhileBeingChecked() {
        DisputeCase c = draft(DisputeType.HAK);
        c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-02"), null, CLOCK);
        c.reclassify(DisputeType.PHK, STAFF, on("2026-03-03"), "Pekerja di-PHK");
        assertEquals(DisputeType.PHK, c.getType());
        assertEquals(CaseEvent.RECLASSIFIED, c.getEvents().get(1).getAction());
    }

    @Test
    void caucusMessagesAreForTheMediatorAndOneParty() {
        DisputeCase c = withMediator(DisputeType.HAK);
        c.linkPartyAccount(company.getId(), "hrd");
        CaseMessage caucus = c.postMessage(MessageThread.CAUCUS, WORKER, MEDIATOR, "Berapa tuntutan minimal?", on("2026-03-10"));
        assertTrue(caucus.isVisibleTo(MEDIATOR, true, false));
        assertTrue(caucus.isVisibleTo(WORKER, false, true));
        assertFalse(caucus.isVisibleTo("hrd", false, true));
        CaseMessage toAll = c.postMessage(MessageThread.ALL, "ignored", "hrd", "Kami hadir", on("2026-03-10"));
        assertNull(toAll.getCaucusWith());
        assertTrue(toAll.isVisibleTo(WORKER, false, true));
        assertFalse(toAll.isVisibleTo("stranger", false, false));
        assertEquals(ErrorKeys.NOT_A_PARTY, key(() -> c.postMessage(MessageThread.CAUCUS, "stranger", MEDIATOR, "x", on("2026-03-10"))));
    }

    @Test
    void noCaucusBeforeAMediatorHoldsTheCase() {
        DisputeCase c = draft(DisputeType.HAK);
        c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-02"), null, CLOCK);
        assertEquals(ErrorKeys.NO_MEDIATOR, key(() -> c.postMessage(MessageThread.CAUCUS, WORKER, STAFF, "x", on("2026-03-02"))));
        assertEquals(Map.of("body", ErrorKeys.TOO_LONG).toString(),
                key(() -> c.postMessage(MessageThread.ALL, null, WORKER, "x".repeat(Limits.MESSAGE + 1), on("2026-03-02"))));
    }

    @Test
    void factsFollowTheCase() {
        DisputeCase c = inSession(DisputeType.KEPENTINGAN);
        CaseFacts facts = c.facts(LocalDate.parse("2026-03-26"), CLOCK);
        assertEquals(DisputeType.KEPENTINGAN, facts.type());
        assertTrue(facts.sessionHeld());
        assertFalse(facts.anjuranIssued());
        assertTrue(facts.forumChoiceLapsed(), "offered 3 Mar, long lapsed (but chosen: the stage moved on)");
        assertEquals(AnjuranOutcome.PENDING, facts.anjuranOutcome());
    }

    @Test
    void theAnjuranReminderGoesOnlyToThePartiesThatHaveNotAnswered() {
        DisputeCase c = inSession(DisputeType.HAK);
        c.issueAnjuran("Pengusaha membayar upah lembur.", MEDIATOR, on("2026-04-01"), CLOCK);
        assertEquals(List.of(worker, company), c.partiesToRemind(DeadlineKind.ANSWER));
        c.answerAnjuran(worker.getId(), Acceptance.ACCEPTED, WORKER, on("2026-04-06"), CLOCK);
        assertEquals(List.of(company), c.partiesToRemind(DeadlineKind.ANSWER), "the worker answered: nothing left to do");
        assertEquals(List.of(worker, company), c.partiesToRemind(DeadlineKind.COMPLETION));
    }
}
