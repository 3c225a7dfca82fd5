package id.go.jabarprov.disnakertrans.portal.it;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Response times of a load run, per scenario, as the load generator reports them (JobInfoSimulation calls
 * {@link #record} after each measured request; warm-up requests are not recorded). A millisecond histogram up to
 * 60 s, so percentiles are exact to the millisecond, and the first start and last end of the scenario's requests,
 * so throughput is counted over the time the scenario actually ran.
 */
public final class LoadRecorder {

    private static final int BUCKETS = 60_001;
    private static final Map<String, Series> SERIES = new ConcurrentHashMap<>();

    private LoadRecorder() {
    }

    /** One finished request of a scenario: its response time (negative when it had no response), and whether it passed its checks. */
    public static void record(String scenario, long millis, boolean ok) {
        SERIES.computeIfAbsent(scenario, k -> new Series()).add(millis, ok, System.nanoTime());
    }

    public static Series get(String scenario) {
        return SERIES.getOrDefault(scenario, new Series());
    }

    public static void clear() {
        SERIES.clear();
    }

    /** The requests of one scenario. */
    public static final class Series {
        private final AtomicLongArray histogram = new AtomicLongArray(BUCKETS);
        private final AtomicLong ok = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final AtomicLong sum = new AtomicLong();
        private final AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE);
        private final AtomicLong lastEnd = new AtomicLong(Long.MIN_VALUE);

        void add(long millis, boolean passed, long endNanos) {
            if (millis < 0) {
                failed.incrementAndGet(); // no response at all: no time to count
                return;
            }
            (passed ? ok : failed).incrementAndGet();
            histogram.incrementAndGet((int) Math.min(Math.max(millis, 0), BUCKETS - 1));
            sum.addAndGet(millis);
            firstStart.accumulateAndGet(endNanos - millis * 1_000_000, Math::min);
            lastEnd.accumulateAndGet(endNanos, Math::max);
        }

        public long ok() {
            return ok.get();
        }

        public long failed() {
            return failed.get();
        }

        public long count() {
            return ok.get() + failed.get();
        }

        private long timed() {
            long n = 0;
            for (int ms = 0; ms < BUCKETS; ms++) {
                n += histogram.get(ms);
            }
            return n;
        }

        /** System.nanoTime() when the first request started and when the last one ended. */
        public long firstStartNanos() {
            return firstStart.get();
        }

        public long lastEndNanos() {
            return lastEnd.get();
        }

        /** Seconds from the first request's start to the last one's end. */
        public double seconds() {
            return lastEnd.get() == Long.MIN_VALUE ? 0 : (lastEnd.get() - firstStart.get()) / 1e9;
        }

        /** Passed requests per second over the scenario's run. */
        public double throughput() {
            return seconds() == 0 ? 0 : ok() / seconds();
        }

        public double mean() {
            long n = timed();
            return n == 0 ? 0 : (double) sum.get() / n;
        }

        /** The response time that {@code p} percent of requests did not exceed (nearest rank), in ms. */
        public long percentile(double p) {
            long n = timed();
            if (n == 0) {
                return -1;
            }
            long rank = Math.max(1, (long) Math.ceil(p / 100.0 * n));
            long seen = 0;
            for (int ms = 0; ms < BUCKETS; ms++) {
                seen += histogram.get(ms);
                if (seen >= rank) {
                    return ms;
                }
            }
            return BUCKETS - 1;
        }

        public long max() {
            for (int ms = BUCKETS - 1; ms >= 0; ms--) {
                if (histogram.get(ms) > 0) {
                    return ms;
                }
            }
            return -1;
        }
    }
}
