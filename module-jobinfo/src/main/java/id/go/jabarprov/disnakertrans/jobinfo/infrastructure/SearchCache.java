package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Recent answers of the public search, for {@value #TTL_SECONDS} seconds. The same searches come again and again
 * (a crowd reading the newest vacancies of its kab/kota), and an answer a few seconds old is as good as a fresh
 * one for a reader. A change made through this instance empties it at once; another instance of a cluster sees
 * the change when its own answers expire. Bounded, least recently used first out.
 */
@ApplicationScoped
public class SearchCache {

    static final int TTL_SECONDS = 30;
    static final int MAX_ENTRIES = 5_000;

    private record Entry(SearchResult result, long expiresAt) {
    }

    private final Map<Object, Entry> entries = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The answer to a search (any value with equals/hashCode naming all its parameters), computed when missing or old. */
    public SearchResult get(Object search, Supplier<SearchResult> compute) {
        long now = System.nanoTime();
        synchronized (entries) {
            Entry entry = entries.get(search);
            if (entry != null && entry.expiresAt() - now > 0) {
                return entry.result();
            }
        }
        SearchResult result = compute.get(); // outside the lock: two readers may compute the same answer once each
        synchronized (entries) {
            entries.put(search, new Entry(result, now + TTL_SECONDS * 1_000_000_000L));
        }
        return result;
    }

    /** A vacancy changed here: no answer may hide it or show it any longer. */
    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
