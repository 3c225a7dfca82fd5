package id.go.jabarprov.disnakertrans.sikhi.domain;

import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.CLOCK;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The mediator refuses a representative: a PHK case filed on Mon 2 Mar 2026 by the worker's kuasa (account
 * "kuasa.budi", surat kuasa attached), handed to mediator Siti on Mon 9 Mar.
 */
class RepresentationTest {

    private static final String SITI = "mediator.siti";

    private CaseParty worker;
    private CaseParty company;

    private DisputeCase filedByKuasa(boolean inMediation) {
        DisputeCase c = new DisputeCase(new TrackingCode("SK-7KX4-Q9M2"), CaseSecret.hash("7KX4-Q9M2-HT3W"), "32.73", "kuasa.budi",
                new CaseParticulars(DisputeType.HAK, "PT Maju Jaya", "1234567890123", "Jl. Soekarno-Hatta 1, Bandung",
                        "Budi Santoso", true, "Lembur tidak dibayar.", "Upah lembur."),
                on("2026-03-02"));
        worker = c.addParty(PartyRole.WORKER, "Budi Santoso", "kuasa.budi", "Jl. Cibaduyut 2, Bandung", "0812");
        company = c.addParty(PartyRole.COMPANY, "PT Maju Jaya", "pt.maju", "Jl. Soekarno-Hatta 1, Bandung", null);
        c.addDocument(DocumentKind.RISALAH_BIPARTIT, "doc-1", "risalah.pdf", null, "kuasa.budi", on("2026-03-02"));
        c.addDocument(DocumentKind.SURAT_KUASA, "doc-2", "kuasa.pdf", worker.getId(), "kuasa.budi", on("2026-03-02"));
        c.apply(CaseAction.SUBMIT, "kuasa.budi", on("2026-03-02"), null, CLOCK);
        c.register(RegistrationNumber.after(0, "32.73", 2026), "petugas", on("2026-03-03"), CLOCK);
        if (inMediation) {
            c.assignMediator(SITI, "kabid", on("2026-03-09"), CLOCK);
            c.declareNoConflict(SITI, true, on("2026-03-09"));
        }
        return c;
    }

    private static String refusal(Runnable step) {
        return assertThrows(BusinessException.class, step::run).key();
    }

    @Test
    void whoActsThroughARepresentative() {
        DisputeCase c = filedByKuasa(true);
        assertTrue(c.actsThroughRepresentative(worker), "the filer's party, filed by its kuasa");
        assertFalse(c.actsThroughRepresentative(company), "the company acts for itself");
        assertEquals(List.of(worker), c.representedParties());
        c.appointRepresentative(company.getId(), "Advokat Rina", "doc-9", "petugas", on("2026-03-10"));
        assertTrue(c.actsThroughRepresentative(company), "a representative recorded on the party");
    }

    @Test
    void refusedWithAReasonOnlyInMediationAndOnlyARepresentedParty() {
        assertEquals(ErrorKeys.NO_MEDIATOR,
                refusal(() -> filedByKuasa(false).refuseRepresentative(worker.getId(), "Bukan kuasa khusus", SITI, on("2026-03-05"))));
        DisputeCase c = filedByKuasa(true);
        assertEquals(ErrorKeys.NOT_REPRESENTED, refusal(() -> c.refuseRepresentative(company.getId(), "?", SITI, on("2026-03-10"))));
        assertEquals(Map.of(Representation.REASON, ErrorKeys.REQUIRED), assertThrows(BusinessException.class,
                () -> c.refuseRepresentative(worker.getId(), " ", SITI, on("2026-03-10"))).fieldKeys());
        assertTrue(c.openRefusalOf(worker.getId()).isEmpty(), "nothing recorded by a refusal without reason");

        RepresentativeRefusal refused = c.refuseRepresentative(worker.getId(),
                "Surat kuasa bersifat umum, bukan khusus untuk perselisihan ini.", SITI, on("2026-03-10"));
        assertTrue(refused.isOpen());
        CaseEvent trail = c.getEvents().get(c.getEvents().size() - 1);
        assertEquals(CaseEvent.REPRESENTATIVE_REFUSED, trail.getAction());
        assertTrue(trail.isVisibleToParties());
        assertEquals("Budi Santoso: Surat kuasa bersifat umum, bukan khusus untuk perselisihan ini.", trail.getNote());
        assertEquals(ErrorKeys.REFUSAL_OPEN, refusal(() -> c.refuseRepresentative(worker.getId(), "lagi", SITI, on("2026-03-10"))));
    }

    @Test
    void acceptedAgainOnlyOnANewSuratKuasa() {
        DisputeCase c = filedByKuasa(true);
        assertEquals(ErrorKeys.NO_REFUSAL, refusal(() -> c.acceptRepresentative(worker.getId(), SITI, on("2026-03-10"))));
        c.refuseRepresentative(worker.getId(), "Tidak ditandatangani pemberi kuasa.", SITI, on("2026-03-10"));
        assertEquals(ErrorKeys.NO_NEW_SURAT_KUASA, refusal(() -> c.acceptRepresentative(worker.getId(), SITI, on("2026-03-10"))));

        assertTrue(c.suratKuasaAttached(company.getId(), "doc-x", "pt.maju", on("2026-03-11")).isEmpty(), "not the refused party");
        c.suratKuasaAttached(worker.getId(), "doc-3", "kuasa.budi", on("2026-03-11"));
        assertEquals(CaseEvent.SURAT_KUASA_RENEWED, c.getEvents().get(c.getEvents().size() - 1).getAction());
        RepresentativeRefusal accepted = c.acceptRepresentative(worker.getId(), SITI, on("2026-03-12"));
        assertFalse(accepted.isOpen());
        assertEquals("doc-3", accepted.getNewDocumentId());
        assertTrue(c.openRefusalOf(worker.getId()).isEmpty());
        assertEquals(CaseEvent.REPRESENTATIVE_ACCEPTED, c.getEvents().get(c.getEvents().size() - 1).getAction());
        // a later refusal is a new record; the first stays
        c.refuseRepresentative(worker.getId(), "Surat kuasa kedaluwarsa.", SITI, on("2026-03-13"));
        assertEquals(2, c.getRepresentativeRefusals().size());
    }

    @Test
    void aRepresentativeRecordedOnThePartyGetsTheNewSuratKuasaOnRecord() {
        DisputeCase c = filedByKuasa(true);
        c.appointRepresentative(company.getId(), "Advokat Rina", "doc-9", "petugas", on("2026-03-10"));
        c.refuseRepresentative(company.getId(), "Kedaluwarsa.", SITI, on("2026-03-10"));
        c.suratKuasaAttached(company.getId(), "doc-10", "pt.maju", on("2026-03-11"));
        c.acceptRepresentative(company.getId(), SITI, on("2026-03-11"));
        assertEquals("doc-10", company.getSuratKuasaDocumentId());
    }
}
