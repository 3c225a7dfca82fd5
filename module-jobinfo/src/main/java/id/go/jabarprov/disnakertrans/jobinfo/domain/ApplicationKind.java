package id.go.jabarprov.disnakertrans.jobinfo.domain;

/** Whether the seeker applied or an officer invited the seeker. */
public enum ApplicationKind {
    APPLIED, INVITED;

    public String key() {
        return "jobinfo.applicationKind." + name();
    }
}
