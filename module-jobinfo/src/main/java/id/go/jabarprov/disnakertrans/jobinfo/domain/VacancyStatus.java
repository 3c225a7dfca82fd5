package id.go.jabarprov.disnakertrans.jobinfo.domain;

/** A vacancy's life. Only PUBLISHED vacancies within their validity with posts left are open. */
public enum VacancyStatus {
    SUBMITTED, RETURNED, PUBLISHED, FILLED, CLOSED;

    public String key() {
        return "jobinfo.vacancyStatus." + name();
    }
}
