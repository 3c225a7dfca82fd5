package id.go.jabarprov.disnakertrans.jobinfo.domain;

/** Formal schooling, or courses and training (BLK, LPK). */
public enum EducationKind {
    FORMAL, NONFORMAL;

    public String key() {
        return "jobinfo.educationKind." + name();
    }
}
