package id.go.jabarprov.disnakertrans.jobinfo.domain;

/** An employer's workplace profile: checked by an officer before its vacancies count. */
public enum EmployerStatus {
    SUBMITTED, VERIFIED, RETURNED;

    public String key() {
        return "jobinfo.employerStatus." + name();
    }
}
