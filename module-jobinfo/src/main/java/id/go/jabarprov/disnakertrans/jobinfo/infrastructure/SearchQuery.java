package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A public vacancy search as the URL carries it. Words are reduced to letters and digits, so the
 * database only ever sees them as bound parameters in a fixed query shape.
 *
 * @param words        free text over title and description
 * @param kabKota      tenants to search (one kab/kota, or every kab/kota running the module)
 * @param majorGroup   KBJI major group (one digit) or null
 * @param education    the seeker's education code: vacancies asking no more than it; null for any
 * @param educationRank its rank (see EducationRank), when education is given
 * @param wageAtLeast  vacancies whose wage range reaches this, or null
 * @param postedDays   published within this many days, or null
 * @param byDate       newest first instead of best match first
 * @param page         1-based
 */
public record SearchQuery(String words, Set<String> kabKota, String majorGroup, String education, Integer educationRank,
                          Long wageAtLeast, Integer postedDays, boolean byDate, int page) {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_WORDS = 6;
    /** Readers page on rarely; beyond this they are asked to narrow the search. */
    public static final int MAX_PAGE = 50;

    public List<String> terms() {
        List<String> terms = new ArrayList<>();
        if (words == null) {
            return terms;
        }
        for (String w : words.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2 && terms.size() < MAX_WORDS && !terms.contains(w)) {
                terms.add(w);
            }
        }
        return terms;
    }

    public int offset() {
        return (Math.max(page, 1) - 1) * PAGE_SIZE;
    }
}
