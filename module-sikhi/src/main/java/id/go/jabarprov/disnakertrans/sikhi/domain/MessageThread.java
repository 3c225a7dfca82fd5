package id.go.jabarprov.disnakertrans.sikhi.domain;

/** Where a case message is posted. */
public enum MessageThread {
    /** Every party and the mediator read it. */
    ALL,
    /** A private caucus between the mediator and one party. */
    CAUCUS
}
