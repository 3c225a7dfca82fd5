package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A public search as a Lucene query. Every word must occur, in the title or the description (with the employer's
 * name and the skills); a word in the title counts most, a word as written more than its stem, a whole word more
 * than a beginning ("oper" already finds "operator", as the reader types). Words of two letters are matched whole
 * only, so that "it" does not bring every word that starts with it. The filters decide what is shown and never
 * change the order.
 */
final class VacancyQueries {

    private static final float TITLE_WORD = 6f;
    private static final float TITLE_STEM = 3f;
    private static final float TITLE_BEGINNING = 2f;
    private static final float BODY_WORD = 1.5f;
    private static final float BODY_STEM = 1f;
    private static final float BODY_BEGINNING = 0.5f;
    private static final int SHORTEST_BEGINNING = 3;

    private VacancyQueries() {
    }

    static Query of(SearchQuery search, LocalDate today) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        openIn(query, search.kabKota(), today);
        for (String typed : search.terms()) {
            query.add(anyField(typed), Occur.MUST);
        }
        if (search.majorGroup() != null) {
            query.add(new TermQuery(new Term(SearchIndex.MAJOR_GROUP, search.majorGroup())), Occur.FILTER);
        }
        if (search.educationRank() != null) {
            query.add(IntPoint.newRangeQuery(SearchIndex.EDUCATION_RANK, 0, search.educationRank()), Occur.FILTER);
        }
        if (search.wageAtLeast() != null) {
            query.add(LongPoint.newRangeQuery(SearchIndex.WAGE_TOP, search.wageAtLeast(), Long.MAX_VALUE), Occur.FILTER);
        }
        if (search.postedDays() != null) {
            long since = SearchIndex.startOfDay(today.minusDays(search.postedDays()));
            query.add(LongPoint.newRangeQuery(SearchIndex.PUBLISHED, since, Long.MAX_VALUE), Occur.FILTER);
        }
        return query.build();
    }

    /** Open today (the index holds no closed ones) in one of these kab/kota. */
    static void openIn(BooleanQuery.Builder query, Set<String> kabKota, LocalDate today) {
        int day = (int) today.toEpochDay();
        query.add(new TermInSetQuery(SearchIndex.KAB_KOTA, kabKota.stream().map(BytesRef::new).collect(Collectors.toList())),
                Occur.FILTER);
        query.add(IntPoint.newRangeQuery(SearchIndex.VALID_FROM, Integer.MIN_VALUE, day), Occur.FILTER);
        query.add(IntPoint.newRangeQuery(SearchIndex.VALID_UNTIL, day, Integer.MAX_VALUE), Occur.FILTER);
    }

    private static Query anyField(String typed) {
        String word = VacancyAnalyzers.word(typed);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(boost(new TermQuery(new Term(SearchIndex.TITLE, word)), TITLE_WORD), Occur.SHOULD);
        any.add(boost(new TermQuery(new Term(SearchIndex.BODY, word)), BODY_WORD), Occur.SHOULD);
        VacancyAnalyzers.stem(typed).ifPresent(stem -> {
            any.add(boost(new TermQuery(new Term(SearchIndex.TITLE_STEMS, stem)), TITLE_STEM), Occur.SHOULD);
            any.add(boost(new TermQuery(new Term(SearchIndex.BODY_STEMS, stem)), BODY_STEM), Occur.SHOULD);
        });
        if (word.length() >= SHORTEST_BEGINNING) {
            any.add(boost(new PrefixQuery(new Term(SearchIndex.TITLE, word)), TITLE_BEGINNING), Occur.SHOULD);
            any.add(boost(new PrefixQuery(new Term(SearchIndex.BODY, word)), BODY_BEGINNING), Occur.SHOULD);
        }
        return any.build();
    }

    private static Query boost(Query query, float by) {
        return new BoostQuery(query, by);
    }
}
