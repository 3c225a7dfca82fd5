package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A public search as a Lucene query. Every word must occur, in the title or the description (with the employer's
 * name and the skills); a word in the title counts most, a word as written more than its stem. The last word may
 * also be the beginning of a title's word ("oper" finds "Operator"), as the reader types; beginnings are not looked
 * for in descriptions, where a common one would match a large part of all vacancies. The filters decide what is
 * shown and never change the order.
 */
final class VacancyQueries {

    private static final float TITLE_WORD = 6f;
    private static final float TITLE_STEM = 3f;
    private static final float TITLE_BEGINNING = 2f;
    private static final float BODY_WORD = 1.5f;
    private static final float BODY_STEM = 1f;
    private static final int SHORTEST_BEGINNING = 3;

    private VacancyQueries() {
    }

    /** The query of a search; {@code everywhere}: its kab/kota are all those the index holds, so none is left out. */
    static Query of(SearchQuery search, LocalDate today, boolean everywhere) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        openIn(query, search.kabKota(), today, everywhere);
        List<String> terms = search.terms();
        for (int i = 0; i < terms.size(); i++) {
            query.add(anyField(terms.get(i), i == terms.size() - 1), Occur.MUST);
        }
        if (search.majorGroup() != null) {
            query.add(new TermQuery(new Term(SearchIndex.MAJOR_GROUP, search.majorGroup())), Occur.FILTER);
        }
        if (search.educationRank() != null) {
            query.add(range(SearchIndex.EDUCATION_RANK, 0, search.educationRank()), Occur.FILTER);
        }
        if (search.wageAtLeast() != null) {
            query.add(range(SearchIndex.WAGE_TOP, search.wageAtLeast(), Long.MAX_VALUE), Occur.FILTER);
        }
        if (search.postedDays() != null) {
            long since = SearchIndex.startOfDay(today.minusDays(search.postedDays()));
            query.add(range(SearchIndex.PUBLISHED, since, Long.MAX_VALUE), Occur.FILTER);
        }
        return query.build();
    }

    /** Open today (the index holds no closed ones) in one of these kab/kota, or anywhere. */
    static void openIn(BooleanQuery.Builder query, Set<String> kabKota, LocalDate today, boolean everywhere) {
        long day = today.toEpochDay();
        if (!everywhere) {
            query.add(new TermInSetQuery(SearchIndex.KAB_KOTA, kabKota.stream().map(BytesRef::new).collect(Collectors.toList())),
                    Occur.FILTER);
        }
        query.add(range(SearchIndex.VALID_FROM, Long.MIN_VALUE, day), Occur.FILTER);
        query.add(range(SearchIndex.VALID_UNTIL, day, Long.MAX_VALUE), Occur.FILTER);
    }

    /** A range Lucene answers from the points or from the doc values, whichever is cheaper for the rest of the query. */
    private static Query range(String field, long from, long to) {
        return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(field, from, to),
                NumericDocValuesField.newSlowRangeQuery(field, from, to));
    }

    private static Query anyField(String typed, boolean last) {
        String word = VacancyAnalyzers.word(typed);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(boost(new TermQuery(new Term(SearchIndex.TITLE, word)), TITLE_WORD), Occur.SHOULD);
        any.add(boost(new TermQuery(new Term(SearchIndex.BODY, word)), BODY_WORD), Occur.SHOULD);
        VacancyAnalyzers.stem(typed).filter(stem -> !stem.equals(word)).ifPresent(stem -> {
            any.add(boost(new TermQuery(new Term(SearchIndex.TITLE, stem)), TITLE_STEM), Occur.SHOULD);
            any.add(boost(new TermQuery(new Term(SearchIndex.BODY, stem)), BODY_STEM), Occur.SHOULD);
        });
        if (last && word.length() >= SHORTEST_BEGINNING) {
            any.add(boost(new PrefixQuery(new Term(SearchIndex.TITLE, word)), TITLE_BEGINNING), Occur.SHOULD);
        }
        return any.build();
    }

    private static Query boost(Query query, float by) {
        return new BoostQuery(query, by);
    }
}
