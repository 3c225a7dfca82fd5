package id.go.jabarprov.disnakertrans.sikhi.domain;

/**
 * What a document attached to a case is: the registration checklist (UU 2/2004 art. 4, DOMAIN.md), the
 * parties' evidence, and what the office itself issues.
 */
public enum DocumentKind {
    SURAT_PERMOHONAN,
    RISALAH_BIPARTIT,
    /** The invitations to bipartite negotiation, when the other side refused to negotiate. */
    UNDANGAN_BIPARTIT,
    DAFTAR_HADIR,
    /** Work agreement, company regulation or collective agreement. */
    PK_PP_PKB,
    KRONOLOGI,
    /** Surat kuasa khusus of a representative. */
    SURAT_KUASA,
    BUKTI,
    /** Counter-evidence answering the other side's evidence. */
    BUKTI_BALASAN,
    /** Proof (akta bukti pendaftaran) that the Perjanjian Bersama was registered at the PHI. */
    BUKTI_PENDAFTARAN_PHI,
    /** Issued by the office: the minutes of a session. */
    RISALAH_SIDANG,
    /** Issued by the office: the written recommendation. */
    ANJURAN,
    /** Issued by the office: the signed joint agreement. */
    PERJANJIAN_BERSAMA,
    /** Issued by the office when the anjuran is rejected. */
    RISALAH_PENYELESAIAN,
    /**
     * A party's signed written statement of its forum choice (by letter or at the office), which the office
     * uploads when recording the choice for the party.
     */
    SURAT_PILIHAN_FORUM,
    /** A party's signed written answer to the anjuran, which the mediator uploads when recording the answer. */
    JAWABAN_ANJURAN,
    /** The printed Perjanjian Bersama as signed by a party without an account, uploaded by the mediator. */
    PB_DITANDATANGANI,
    OTHER;

    /** Whether the office produces this document (parties upload the others). */
    public boolean isIssuedByOffice() {
        return switch (this) {
            case RISALAH_SIDANG, ANJURAN, PERJANJIAN_BERSAMA, RISALAH_PENYELESAIAN -> true;
            default -> false;
        };
    }

    /** Whether only the office attaches this document: what it issues, and the letters and papers it records parties' answers from. */
    public boolean isAttachedByOffice() {
        return isIssuedByOffice() || this == SURAT_PILIHAN_FORUM || this == JAWABAN_ANJURAN || this == PB_DITANDATANGANI;
    }

    public String key() {
        return "sikhi.documentKind." + name();
    }
}
