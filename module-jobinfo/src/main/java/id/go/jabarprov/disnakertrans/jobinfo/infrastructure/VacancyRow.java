package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import id.go.jabarprov.disnakertrans.jobinfo.domain.EducationRank;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Vacancy;
import id.go.jabarprov.disnakertrans.jobinfo.domain.VacancyStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the search index keeps of a vacancy, read from the database or taken from a vacancy just changed.
 *
 * @param version the row's optimistic-lock version, or {@value #UNKNOWN_VERSION} for a change taken from this
 *                instance's own transaction (the index then reads the row again on its next look at the database)
 */
public record VacancyRow(String id, String kabKota, String title, String employerName, String kbjiCode,
                         String educationCode, Long wageMin, Long wageMax, int needed, int filled, LocalDate validFrom,
                         LocalDate validUntil, String status, Instant publishedAt, String description, List<String> skills,
                         long version) {

    public static final long UNKNOWN_VERSION = -1;

    public VacancyRow {
        skills = List.copyOf(skills);
    }

    public static VacancyRow of(Vacancy v, String kabKota) {
        return new VacancyRow(v.getId(), kabKota, v.getTitle(), v.getEmployerName(), v.getKbjiCode(), v.getEducationCode(),
                v.getWageMin(), v.getWageMax(), v.getNeeded(), v.getFilled(), v.getValidFrom(), v.getValidUntil(),
                v.getStatus().name(), v.getPublishedAt(), v.getDescription(), v.getSkills(), UNKNOWN_VERSION);
    }

    public VacancyRow withSkills(List<String> skills) {
        return new VacancyRow(id, kabKota, title, employerName, kbjiCode, educationCode, wageMin, wageMax, needed, filled,
                validFrom, validUntil, status, publishedAt, description, skills, version);
    }

    /** Published with posts left: the index holds it (its validity is checked at each search, as days pass). */
    public boolean listed() {
        return VacancyStatus.PUBLISHED.name().equals(status) && filled < needed && publishedAt != null;
    }

    /** The lowest education the vacancy asks for, as a rank; 0 when it asks for none. */
    public int educationRank() {
        return educationCode == null || !EducationRank.known(educationCode) ? 0 : EducationRank.rank(educationCode);
    }

    /** What a wage filter compares: the top of the range, or its only end. */
    public Long wageTop() {
        return wageMax != null ? wageMax : wageMin;
    }
}
