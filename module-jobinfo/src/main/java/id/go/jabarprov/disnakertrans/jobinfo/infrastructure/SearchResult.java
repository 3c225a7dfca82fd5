package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import java.util.List;

/** A page of results; {@code total} stops at {@link SearchQuery#COUNT_CAP} + 1. */
public record SearchResult(List<VacancyCard> vacancies, int total, int page) {

    public boolean isCapped() {
        return total > SearchQuery.COUNT_CAP;
    }

    public int pages() {
        return Math.max(1, (Math.min(total, SearchQuery.COUNT_CAP) + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
    }
}
