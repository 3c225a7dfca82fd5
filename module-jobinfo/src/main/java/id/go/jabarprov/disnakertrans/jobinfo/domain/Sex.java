package id.go.jabarprov.disnakertrans.jobinfo.domain;

/** Sex as on the KTP. */
public enum Sex {
    MALE, FEMALE;

    public String key() {
        return "jobinfo.sex." + name();
    }
}
