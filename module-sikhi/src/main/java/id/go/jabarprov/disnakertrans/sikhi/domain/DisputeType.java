package id.go.jabarprov.disnakertrans.sikhi.domain;

/**
 * The four kinds of industrial-relations dispute (UU 2/2004 art. 2) and the forums the law opens to
 * each. Mediation is open to all four (art. 1 no. 11); conciliation to kepentingan, PHK and
 * inter-union disputes (art. 1 no. 13); arbitration only to kepentingan and inter-union disputes
 * (art. 1 no. 15). A hak dispute can therefore only be mediated.
 */
public enum DisputeType {

    /** Perselisihan hak: a right under law, contract, company regulation or collective agreement. */
    HAK(false, false),
    /** Perselisihan kepentingan: no agreement on making or changing working conditions. */
    KEPENTINGAN(true, true),
    /** Perselisihan pemutusan hubungan kerja: disagreement over a termination. */
    PHK(true, false),
    /** Perselisihan antar serikat pekerja/serikat buruh within one company. */
    ANTAR_SERIKAT_PEKERJA(true, true);

    private final boolean conciliation;
    private final boolean arbitration;

    DisputeType(boolean conciliation, boolean arbitration) {
        this.conciliation = conciliation;
        this.arbitration = arbitration;
    }

    public boolean allowsConciliation() {
        return conciliation;
    }

    public boolean allowsArbitration() {
        return arbitration;
    }

    /** Whether the office must offer the parties a choice of forum after registration (UU 2/2004 art. 4(3)). */
    public boolean hasForumChoice() {
        return conciliation || arbitration;
    }

    /** The bundle key of the type's name. */
    public String key() {
        return "sikhi.disputeType." + name();
    }
}
