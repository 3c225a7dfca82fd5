package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The open vacancies of every kab/kota in a Lucene index held in memory: the public search and the API read it
 * instead of the database, so a search costs a fraction of a millisecond of one core whatever the number of
 * vacancies (PostgreSQL's full-text search took 35 to 150 ms per search at 200,000 vacancies, see the README's
 * benchmark). The index is a copy: the database stays the record, and the index can always be built again from it.
 *
 * <p>It holds published vacancies with posts left; validity is checked at each search, as days pass. Every field a
 * result card shows is stored here, so a search reads nothing else. Thread-safe: writers and readers may run at
 * once; a change is visible to searches after {@link #refresh()}.
 */
public final class SearchIndex implements AutoCloseable {

    static final String ID = "id";
    static final String KAB_KOTA = "kabkota";
    static final String TITLE = "title";
    static final String TITLE_STEMS = "title_stems";
    static final String BODY = "body";
    static final String BODY_STEMS = "body_stems";
    static final String MAJOR_GROUP = "major";
    static final String EDUCATION_RANK = "education_rank";
    static final String WAGE_TOP = "wage_top";
    static final String VALID_FROM = "valid_from";
    static final String VALID_UNTIL = "valid_until";
    static final String PUBLISHED = "published";
    private static final String EMPLOYER = "employer";
    private static final String KBJI = "kbji";
    private static final String EDUCATION = "education";
    private static final String WAGE_MIN = "wage_min";
    private static final String WAGE_MAX = "wage_max";
    private static final String POSTS_LEFT = "posts_left";

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The version of every row this index has taken, listed or not: the look at recent changes skips the same ones. */
    private final Map<String, Long> versions = new ConcurrentHashMap<>();

    public SearchIndex() {
        try {
            IndexWriterConfig config = new IndexWriterConfig(VacancyAnalyzers.forIndex());
            config.setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes a vacancy as it is now: listed when published with posts left, removed otherwise. */
    public void put(VacancyRow row) {
        try {
            Term id = new Term(ID, row.id());
            if (row.listed()) {
                writer.updateDocument(id, document(row));
            } else {
                writer.deleteDocuments(id);
            }
            versions.put(row.id(), row.version());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version last taken of this vacancy, if any (possibly {@link VacancyRow#UNKNOWN_VERSION}). */
    public Optional<Long> version(String id) {
        return Optional.ofNullable(versions.get(id));
    }

    /** Makes every change put so far visible to the searches that start from now on. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page of a search, and whether another page follows. */
    public SearchResult search(SearchQuery query, LocalDate today) {
        if (query.kabKota().isEmpty()) {
            return new SearchResult(List.of(), false, 1);
        }
        int wanted = query.offset() + SearchQuery.PAGE_SIZE + 1; // one more than the page: is there a next page?
        IndexSearcher searcher = acquire();
        try {
            TopDocs top = searcher.search(VacancyQueries.of(query, today), wanted, order(query), false);
            StoredFields stored = searcher.storedFields();
            List<VacancyCard> cards = new ArrayList<>();
            for (int i = query.offset(); i < top.scoreDocs.length && cards.size() < SearchQuery.PAGE_SIZE; i++) {
                cards.add(card(stored.document(top.scoreDocs[i].doc)));
            }
            return new SearchResult(cards, top.scoreDocs.length == wanted, Math.max(1, query.page()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** One vacancy by id if it is open now, in one of the kab/kota asked for. */
    public Optional<VacancyCard> open(String id, Set<String> kabKota, LocalDate today) {
        if (id == null || kabKota.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder one = new BooleanQuery.Builder().add(new TermQuery(new Term(ID, id)), Occur.FILTER);
        VacancyQueries.openIn(one, kabKota, today);
        IndexSearcher searcher = acquire();
        try {
            ScoreDoc[] hits = searcher.search(one.build(), 1).scoreDocs;
            return hits.length == 0 ? Optional.empty() : Optional.of(card(searcher.storedFields().document(hits[0].doc)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** How many vacancies the index lists (open or expired since it took them). */
    public int size() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Best match: the score, then the newest; or the newest only (also when no words are given). */
    private static Sort order(SearchQuery query) {
        SortField newest = new SortField(PUBLISHED, SortField.Type.LONG, true);
        SortField byId = new SortField(ID, SortField.Type.STRING);
        return query.byDate() || query.terms().isEmpty() ? new Sort(newest, byId) : new Sort(SortField.FIELD_SCORE, newest, byId);
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(VacancyRow row) {
        Document d = new Document();
        d.add(new StringField(ID, row.id(), Store.YES));
        d.add(new SortedDocValuesField(ID, new BytesRef(row.id())));
        d.add(new StringField(KAB_KOTA, row.kabKota(), Store.YES));
        d.add(new TextField(TITLE, row.title(), Store.YES));
        d.add(new TextField(TITLE_STEMS, row.title(), Store.NO));
        // The employer's name and the skills asked for are searched with the description: readers type them too.
        String body = row.description() + "\n" + row.employerName() + "\n" + String.join("\n", row.skills());
        d.add(new TextField(BODY, body, Store.NO));
        d.add(new TextField(BODY_STEMS, body, Store.NO));
        d.add(new StringField(MAJOR_GROUP, row.kbjiCode().substring(0, 1), Store.NO));
        d.add(new IntPoint(EDUCATION_RANK, row.educationRank()));
        if (row.wageTop() != null) {
            d.add(new LongPoint(WAGE_TOP, row.wageTop()));
        }
        d.add(new IntPoint(VALID_FROM, (int) row.validFrom().toEpochDay()));
        d.add(new IntPoint(VALID_UNTIL, (int) row.validUntil().toEpochDay()));
        d.add(new StoredField(VALID_UNTIL, row.validUntil().toEpochDay()));
        long published = row.publishedAt().toEpochMilli();
        d.add(new LongPoint(PUBLISHED, published));
        d.add(new NumericDocValuesField(PUBLISHED, published));
        d.add(new StoredField(PUBLISHED, published));
        d.add(new StoredField(EMPLOYER, row.employerName()));
        d.add(new StoredField(KBJI, row.kbjiCode()));
        if (row.educationCode() != null) {
            d.add(new StoredField(EDUCATION, row.educationCode()));
        }
        if (row.wageMin() != null) {
            d.add(new StoredField(WAGE_MIN, row.wageMin()));
        }
        if (row.wageMax() != null) {
            d.add(new StoredField(WAGE_MAX, row.wageMax()));
        }
        d.add(new StoredField(POSTS_LEFT, row.needed() - row.filled()));
        return d;
    }

    private static VacancyCard card(Document d) {
        return new VacancyCard(d.get(ID), d.get(KAB_KOTA), d.get(TITLE), d.get(EMPLOYER), d.get(KBJI), d.get(EDUCATION),
                number(d, WAGE_MIN), number(d, WAGE_MAX), d.getField(POSTS_LEFT).numericValue().intValue(),
                LocalDate.ofEpochDay(number(d, VALID_UNTIL)), Instant.ofEpochMilli(number(d, PUBLISHED)));
    }

    private static Long number(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? null : f.numericValue().longValue();
    }

    /** The instant a {@code posted within days} filter starts from: midnight UTC, like the published times. */
    static long startOfDay(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
