package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public search over the open vacancies of every kab/kota asked for, answered from this instance's
 * {@link SearchIndex} (kept up to date by {@link VacancyIndexUpkeep}). Open vacancies are open data, so one
 * index serves every kab/kota; each search names the kab/kota it covers.
 */
@ApplicationScoped
public class VacancySearch {

    /** How long a search waits for the index while the instance is starting (readiness says DOWN until then). */
    static final long WAIT_FOR_INDEX_SECONDS = 60;

    private SearchIndex index;
    private final CountDownLatch built = new CountDownLatch(1);

    /** How many answers of the index's current state to keep (0: none): see {@link SearchIndex}. */
    @Inject
    @ConfigProperty(name = "portal.jobinfo.search.answersKept", defaultValue = "10000")
    int answersKept;

    @PostConstruct
    void open() {
        index = new SearchIndex(answersKept);
    }

    @PreDestroy
    void close() {
        index.close();
    }

    public SearchResult search(SearchQuery query, LocalDate today) {
        return ready().search(query, today);
    }

    /** One vacancy by id if it is open now, in one of the kab/kota asked for. */
    public Optional<VacancyCard> open(String id, Set<String> kabKota, LocalDate today) {
        return ready().open(id, kabKota, today);
    }

    /** Whether the index has been built from the database since the instance started. */
    public boolean isBuilt() {
        return built.getCount() == 0;
    }

    /** How many vacancies the index lists. */
    public int size() {
        return index.size();
    }

    SearchIndex index() {
        return index;
    }

    void markBuilt() {
        built.countDown();
    }

    private SearchIndex ready() {
        try {
            if (!built.await(WAIT_FOR_INDEX_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the vacancy search index is not built yet");
            }
            return index;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the vacancy search index", e);
        }
    }
}
