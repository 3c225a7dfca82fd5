package id.go.jabarprov.disnakertrans.sikhi.domain;

/** The capacity in which a party takes part in a dispute. */
public enum PartyRole {
    /** A worker (pekerja/buruh) in person. */
    WORKER,
    /** A trade union (serikat pekerja/serikat buruh): for its members, or as a side of an inter-union dispute. */
    UNION,
    /** The employer (pengusaha). */
    COMPANY;

    /** Workers and unions sit on the same side of the table in every dispute but an inter-union one. */
    public boolean isWorkerSide() {
        return this != COMPANY;
    }

    public String key() {
        return "sikhi.partyRole." + name();
    }
}
