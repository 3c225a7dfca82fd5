package id.go.jabarprov.disnakertrans.sikhi.domain;

/** A mediation meeting: a session (sidang) or a klarifikasi meeting, each with its own risalah. */
public enum SessionKind {
    SIDANG,
    KLARIFIKASI;

    public String key() {
        return "sikhi.sessionKind." + name();
    }
}
