package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import java.time.Instant;
import java.time.LocalDate;

/** One open vacancy in a list of search results: what a reader needs to choose, no more. */
public record VacancyCard(String id, String kabKota, String title, String employerName, String kbjiCode,
                          String educationCode, Long wageMin, Long wageMax, int postsLeft, LocalDate validUntil,
                          Instant publishedAt) {
}
