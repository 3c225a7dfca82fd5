package id.go.jabarprov.disnakertrans.jobinfo.domain;

/** Religion as Dukcapil records it (KEPERCAYAAN: Kepercayaan terhadap Tuhan YME). */
public enum Religion {
    ISLAM, KRISTEN, KATOLIK, HINDU, BUDDHA, KHONGHUCU, KEPERCAYAAN;

    public String key() {
        return "jobinfo.religion." + name();
    }
}
