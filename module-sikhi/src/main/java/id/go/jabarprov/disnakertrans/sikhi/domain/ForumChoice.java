package id.go.jabarprov.disnakertrans.sikhi.domain;

/** What came of the forum offer after registration (UU 2/2004 art. 4(3)-(4)). */
public enum ForumChoice {
    /** The parties expressly chose mediation. */
    MEDIATION,
    CONCILIATION,
    ARBITRATION,
    /** The parties chose nothing within 7 HK: mediation by law. */
    NONE_IN_TIME;

    public String key() {
        return "sikhi.forum." + name();
    }
}
