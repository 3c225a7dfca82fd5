package id.go.jabarprov.disnakertrans.sikhi.domain;

import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.CLOCK;
import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.on;

/**
 * The worked example the case tests start from: Budi Santoso (account {@code budi}) against PT Maju Jaya in Kota
 * Bandung, filed on Mon 2 Mar 2026 with the bipartite minutes, registered on Tue 3 Mar, offered the forum the same
 * day where the dispute type allows one, mediation chosen on Wed 4 Mar and the pelimpahan on Mon 9 Mar. The worker is
 * the first party, the company the second.
 */
final class CaseExamples {

    static final String WORKER = "budi";
    static final String COMPANY = "pt.maju";
    static final String REGISTRAR = "petugas";
    static final String HEAD = "kabid";

    private CaseExamples() {
    }

    /** A draft; {@code companyAccount} null for a company without a portal account (it answers by letter). */
    static DisputeCase draft(DisputeType type, String companyAccount) {
        DisputeCase c = new DisputeCase(new TrackingCode("SK-7KX4-Q9M2"), CaseSecret.hash("7KX4-Q9M2-HT3W"), "32.73", WORKER,
                new CaseParticulars(type, "PT Maju Jaya", "1234567890123", "Jl. Soekarno-Hatta 1, Bandung", "Budi Santoso",
                        false, "Perundingan bipartit tidak mencapai kesepakatan.", "Hak pekerja dipenuhi."),
                on("2026-03-02"));
        c.addParty(PartyRole.WORKER, "Budi Santoso", WORKER, "Jl. Cibaduyut 2, Bandung", "0812");
        c.addParty(PartyRole.COMPANY, "PT Maju Jaya", companyAccount, "Jl. Soekarno-Hatta 1, Bandung", null);
        c.addDocument(DocumentKind.RISALAH_BIPARTIT, "doc-1", "risalah.pdf", null, WORKER, on("2026-03-02"));
        return c;
    }

    /** Filed and registered; offered conciliation or arbitration where the type allows them. */
    static DisputeCase offered(DisputeType type, String companyAccount) {
        DisputeCase c = draft(type, companyAccount);
        c.apply(CaseAction.SUBMIT, WORKER, on("2026-03-02"), null, CLOCK);
        c.register(RegistrationNumber.after(0, "32.73", 2026), REGISTRAR, on("2026-03-03"), CLOCK);
        if (type.hasForumChoice()) {
            c.apply(CaseAction.OFFER_FORUM, REGISTRAR, on("2026-03-03"), null, CLOCK);
        }
        return c;
    }

    /** In the hands of {@code mediator} since the pelimpahan on Mon 9 Mar, who has not declared anything yet. */
    static DisputeCase withMediator(DisputeType type, String mediator) {
        DisputeCase c = offered(type, COMPANY);
        if (type.hasForumChoice()) {
            c.apply(CaseAction.CHOOSE_MEDIATION, WORKER, on("2026-03-04"), null, CLOCK);
        }
        c.assignMediator(mediator, HEAD, on("2026-03-09"), CLOCK);
        return c;
    }

    static CaseParty worker(DisputeCase c) {
        return c.getParties().get(0);
    }

    static CaseParty company(DisputeCase c) {
        return c.getParties().get(1);
    }
}
