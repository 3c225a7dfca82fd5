package id.go.jabarprov.disnakertrans.jobinfo.domain;

/** How a vacancy reached the office: Perpres 57/2023 reporting is counted per channel. */
public enum VacancySource {
    FORM, SHEET, API, OFFICER;

    public String key() {
        return "jobinfo.vacancySource." + name();
    }
}
