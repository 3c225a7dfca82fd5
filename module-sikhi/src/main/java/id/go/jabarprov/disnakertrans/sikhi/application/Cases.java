package id.go.jabarprov.disnakertrans.sikhi.application;

import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeCase;

/** Helpers shared by the services. */
final class Cases {

    private Cases() {
    }

    /** The messages of a case, oldest first: threads are read whole, a case has dozens, not thousands. */
    static java.util.List<id.go.jabarprov.disnakertrans.sikhi.domain.CaseMessage> messages(jakarta.persistence.EntityManager em,
            DisputeCase dispute) {
        return em.createQuery("select m from CaseMessage m where m.disputeCase = :c order by m.postedAt",
                id.go.jabarprov.disnakertrans.sikhi.domain.CaseMessage.class).setParameter("c", dispute).getResultList();
    }

    /**
     * Reads every part of the case a page shows while the transaction (and its kab/kota) is still
     * there: lazy rows read later, outside it, would have no tenant to read them with.
     */
    static DisputeCase loaded(DisputeCase dispute) {
        dispute.getParties().size();
        dispute.getEvents().size();
        dispute.getDocuments().size();
        dispute.getKlarifikasiRequests().forEach(k -> k.getAnswers().forEach(a -> a.getAttachments().size()));
        dispute.getForumVotes().size();
        dispute.getConflictDeclarations().size();
        dispute.getRepresentativeRefusals().size();
        // the pages ask each session who confirmed attendance and the risalah
        dispute.getSessions().forEach(s -> {
            s.getConfirmations().size();
            s.getAttendances().size();
        });
        if (dispute.getAnjuran() != null) {
            dispute.getAnjuran().getAnswers().size();
        }
        if (dispute.getPerjanjianBersama() != null) {
            dispute.getPerjanjianBersama().getAcceptances().size();
        }
        return dispute;
    }
}
