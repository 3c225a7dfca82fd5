package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import java.util.List;

/**
 * A page of results and whether another follows. No total: counting every match of a common word over the
 * province's vacancies costs more than the page itself, and a reader pages on, or narrows the search.
 */
public record SearchResult(List<VacancyCard> vacancies, boolean more, int page) {

    /** The position of the first vacancy of this page, from 1. */
    public int from() {
        return (page - 1) * SearchQuery.PAGE_SIZE + 1;
    }

    public int to() {
        return from() + vacancies.size() - 1;
    }
}
