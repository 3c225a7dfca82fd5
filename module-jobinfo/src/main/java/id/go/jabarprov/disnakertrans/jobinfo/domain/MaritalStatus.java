package id.go.jabarprov.disnakertrans.jobinfo.domain;

/** Marital status as Dukcapil records it. */
public enum MaritalStatus {
    BELUM_KAWIN, KAWIN, CERAI_HIDUP, CERAI_MATI;

    public String key() {
        return "jobinfo.maritalStatus." + name();
    }
}
