package id.go.jabarprov.disnakertrans.sikhi.domain;

/** A party's answer to an anjuran. No answer (null) is silence, which becomes rejection once the 10 HK lapse. */
public enum Acceptance {
    ACCEPTED,
    REJECTED
}
