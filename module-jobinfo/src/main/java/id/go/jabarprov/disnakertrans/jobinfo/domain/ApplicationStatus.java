package id.go.jabarprov.disnakertrans.jobinfo.domain;

/** An application's end: the seeker declines an invitation, the employer rejects or hires. */
public enum ApplicationStatus {
    OPEN, DECLINED, REJECTED, HIRED;

    public String key() {
        return "jobinfo.applicationStatus." + name();
    }
}
