package id.go.jabarprov.disnakertrans.sikhi.domain;

/** Where the answers to an anjuran stand. */
public enum AnjuranOutcome {
    /** Some party may still answer, and no one has rejected. */
    PENDING,
    /** Every party accepted: a Perjanjian Bersama follows within 3 HK. */
    ACCEPTED,
    /** A party rejected, or let its 10 HK pass in silence (which counts as rejection): risalah penyelesaian. */
    REJECTED
}
