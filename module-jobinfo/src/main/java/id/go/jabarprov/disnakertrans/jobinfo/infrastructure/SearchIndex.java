package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

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
    static final String BODY = "body";
    static final String MAJOR_GROUP = "major";
    static final String EDUCATION_RANK = "education_rank";
    static final String WAGE_TOP = "wage_top";
    static final String VALID_FROM = "valid_from";
    static final String VALID_UNTIL = "valid_until";
    static final String PUBLISHED = "published";
    /** A number per vacancy id, kept as a doc value: a hit's card is found by it without reading stored fields. */
    private static final String SLOT = "slot";

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The version of every row this index has taken, listed or not: the look at recent changes skips the same ones. */
    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    private final Map<String, Integer> slots = new ConcurrentHashMap<>();
    private final AtomicInteger nextSlot = new AtomicInteger();
    /** What a result shows of each listed vacancy, by slot: decompressing stored fields cost more than the search. */
    private final Map<Integer, VacancyCard> cards = new ConcurrentHashMap<>();
    /** Every kab/kota the index has listed a vacancy of: a search covering all of them needs no kab/kota filter. */
    private final Set<String> kabKotaListed = ConcurrentHashMap.newKeySet();
    private final int answersKept;
    private volatile Answers answers;

    /** @param answersKept how many answers of the current reader to keep (0: none); see {@link Answers} */
    public SearchIndex(int answersKept) {
        this.answersKept = answersKept;
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
            int slot = slots.computeIfAbsent(row.id(), k -> nextSlot.getAndIncrement());
            if (row.listed()) {
                cards.put(slot, card(row));
                writer.updateDocument(id, document(row, slot));
            } else {
                writer.deleteDocuments(id);
                cards.remove(slot); // a search on the previous reader skips the hit
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
        IndexSearcher searcher = acquire();
        try {
            Answers kept = answersOf(searcher);
            record Question(SearchQuery query, LocalDate today) {
            }
            Question question = new Question(query, today);
            SearchResult known = kept == null ? null : kept.get(question);
            if (known != null) {
                return known;
            }
            SearchResult result = search(searcher, query, today);
            if (kept != null) {
                kept.put(question, result);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    private SearchResult search(IndexSearcher searcher, SearchQuery query, LocalDate today) throws IOException {
        int wanted = query.offset() + SearchQuery.PAGE_SIZE + 1; // one more than the page: is there a next page?
        boolean everywhere = query.kabKota().containsAll(kabKotaListed);
        TopDocs top = searcher.search(VacancyQueries.of(query, today, everywhere), wanted, order(query), false);
        List<VacancyCard> page = new ArrayList<>();
        for (int i = query.offset(); i < top.scoreDocs.length && page.size() < SearchQuery.PAGE_SIZE; i++) {
            card(searcher, top.scoreDocs[i].doc).ifPresent(page::add);
        }
        return new SearchResult(page, top.scoreDocs.length == wanted, Math.max(1, query.page()));
    }

    /** The answers kept for this searcher's reader; a new reader (any change) starts with none. */
    private Answers answersOf(IndexSearcher searcher) {
        if (answersKept == 0) {
            return null;
        }
        Answers current = answers;
        if (current == null || current.reader != searcher.getIndexReader()) {
            current = new Answers(searcher.getIndexReader(), answersKept);
            answers = current;
        }
        return current;
    }

    /** One vacancy by id if it is open now, in one of the kab/kota asked for. */
    public Optional<VacancyCard> open(String id, Set<String> kabKota, LocalDate today) {
        if (id == null || kabKota.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder one = new BooleanQuery.Builder().add(new TermQuery(new Term(ID, id)), Occur.FILTER);
        VacancyQueries.openIn(one, kabKota, today, false);
        IndexSearcher searcher = acquire();
        try {
            ScoreDoc[] hits = searcher.search(one.build(), 1).scoreDocs;
            return hits.length == 0 ? Optional.empty() : card(searcher, hits[0].doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /**
     * Drops the vacancies whose validity ended before this day. Searches skip them anyway; this keeps the index and
     * the kept cards from growing with every vacancy that ever expired. Answers how many went.
     */
    public int dropExpired(LocalDate today) {
        Query expired = LongPoint.newRangeQuery(VALID_UNTIL, Long.MIN_VALUE, today.toEpochDay() - 1);
        List<Integer> slotsGone = new ArrayList<>();
        IndexSearcher searcher = acquire();
        try {
            int all = Math.max(1, searcher.getIndexReader().maxDoc());
            for (ScoreDoc hit : searcher.search(expired, all).scoreDocs) {
                slotOf(searcher, hit.doc).ifPresent(slotsGone::add);
            }
            writer.deleteDocuments(expired);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
        refresh();
        slotsGone.forEach(cards::remove);
        return slotsGone.size();
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
        // no tie-breaker on the id: comparing strings cost more than the search, and publication times are in milliseconds
        SortField newest = new SortField(PUBLISHED, SortField.Type.LONG, true);
        return query.byDate() || query.terms().isEmpty() ? new Sort(newest) : new Sort(SortField.FIELD_SCORE, newest);
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

    private Document document(VacancyRow row, int slot) {
        Document d = new Document();
        d.add(new StringField(ID, row.id(), Store.NO));
        d.add(new NumericDocValuesField(SLOT, slot));
        d.add(new StringField(KAB_KOTA, row.kabKota(), Store.NO));
        kabKotaListed.add(row.kabKota());
        d.add(new TextField(TITLE, row.title(), Store.NO));
        // The employer's name and the skills asked for are searched with the description: readers type them too.
        String body = row.description() + "\n" + row.employerName() + "\n" + String.join("\n", row.skills());
        d.add(new TextField(BODY, body, Store.NO));
        d.add(new StringField(MAJOR_GROUP, row.kbjiCode().substring(0, 1), Store.NO));
        // numbers both as points (fast when a filter leads) and doc values (fast when it only checks the words' matches)
        numeric(d, EDUCATION_RANK, row.educationRank());
        if (row.wageTop() != null) {
            numeric(d, WAGE_TOP, row.wageTop());
        }
        numeric(d, VALID_FROM, row.validFrom().toEpochDay());
        numeric(d, VALID_UNTIL, row.validUntil().toEpochDay());
        numeric(d, PUBLISHED, row.publishedAt().toEpochMilli());
        return d;
    }

    /**
     * Answers already given by one reader of the index. Exact, not merely recent: every change opens a new reader,
     * and the answers of the old one are dropped with it. A crowd asks the same searches again and again (the newest
     * vacancies of a kab/kota, a common job title), and between two changes each is worked out once.
     */
    private static final class Answers extends LinkedHashMap<Object, SearchResult> {

        private final transient IndexReader reader;
        private final int limit;

        Answers(IndexReader reader, int limit) {
            super(256, 0.75f, true);
            this.reader = reader;
            this.limit = limit;
        }

        @Override
        public synchronized SearchResult get(Object question) {
            return super.get(question);
        }

        @Override
        public synchronized SearchResult put(Object question, SearchResult result) {
            return super.put(question, result);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, SearchResult> eldest) {
            return size() > limit; // least recently asked first out
        }
    }

    private static void numeric(Document d, String field, long value) {
        d.add(new LongPoint(field, value));
        d.add(new NumericDocValuesField(field, value));
    }

    private static VacancyCard card(VacancyRow row) {
        return new VacancyCard(row.id(), row.kabKota(), row.title(), row.employerName(), row.kbjiCode(), row.educationCode(),
                row.wageMin(), row.wageMax(), row.needed() - row.filled(), row.validUntil(), row.publishedAt());
    }

    /** The card of a hit, unless the vacancy left the index since this reader was opened. */
    private Optional<VacancyCard> card(IndexSearcher searcher, int doc) throws IOException {
        return slotOf(searcher, doc).map(cards::get);
    }

    private static Optional<Integer> slotOf(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues slot = leaf.reader().getNumericDocValues(SLOT);
        if (slot == null || !slot.advanceExact(doc - leaf.docBase)) {
            return Optional.empty();
        }
        return Optional.of((int) slot.longValue());
    }

    /** The instant a {@code posted within days} filter starts from: midnight UTC, like the published times. */
    static long startOfDay(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
