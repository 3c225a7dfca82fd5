package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import id.go.jabarprov.disnakertrans.jobinfo.domain.JobTime;
import id.go.jabarprov.disnakertrans.jobinfo.domain.VacancyChanged;
import id.go.jabarprov.disnakertrans.platform.events.PortalStarted;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps this instance's search index a faithful copy of the open vacancies. Three ways in:
 * <ul>
 * <li>When the portal has started, the index is built from the database (in the background; the readiness
 *     check says DOWN until it is done).</li>
 * <li>A change made on this instance is taken into the index as soon as its transaction commits, so the person
 *     who published a vacancy finds it at once.</li>
 * <li>Every {@value #LOOK_SECONDS} seconds the rows changed lately are compared with what the index took, which
 *     brings in the changes of the other instances of a cluster (and anything a crash of this one lost); once a day
 *     the vacancies whose validity ended are dropped.</li>
 * </ul>
 */
@ApplicationScoped
public class VacancyIndexUpkeep {

    static final int LOOK_SECONDS = 5;
    /**
     * Each look reads back this far before the previous one: a transaction stamps {@code changed_at} before it
     * commits, and the instances' clocks differ a little. Rows read again and unchanged cost nothing more.
     */
    static final Duration OVERLAP = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(VacancyIndexUpkeep.class.getName());
    private static final Object PENDING = VacancyIndexUpkeep.class.getName() + ".pending";

    @Inject
    VacancySearch search;

    @Inject
    VacancyRows rows;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private ScheduledFuture<?> task;
    /** The start of the previous look; only the scheduler's single task reads and writes it. */
    private LocalDateTime lookedAt;
    /** The day expired vacancies were last dropped from the index; the same task only. */
    private LocalDate droppedOn;

    void start(@Observes PortalStarted started) {
        task = scheduler.scheduleWithFixedDelay(this::look, 0, LOOK_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** A vacancy changed in the caller's transaction: keep its latest state, take it when the transaction commits. */
    void changed(@Observes VacancyChanged change) {
        VacancyRow row = VacancyRow.of(change.vacancy(), change.kabKota());
        if (transactions.getTransactionKey() == null) {
            take(List.of(row));
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, VacancyRow> pending = (Map<String, VacancyRow>) transactions.getResource(PENDING);
        if (pending == null) {
            Map<String, VacancyRow> rowsOfThisTransaction = new LinkedHashMap<>();
            transactions.putResource(PENDING, rowsOfThisTransaction);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        take(List.copyOf(rowsOfThisTransaction.values()));
                    }
                }
            });
            pending = rowsOfThisTransaction;
        }
        pending.put(row.id(), row);
    }

    private void take(List<VacancyRow> changed) {
        try {
            changed.forEach(search.index()::put);
            search.index().refresh();
        } catch (RuntimeException e) {
            // the next look at the database brings the change in
            LOG.log(Level.WARNING, "Could not take a vacancy change into the search index", e);
        }
    }

    private void look() {
        try {
            if (search.isBuilt()) {
                catchUp();
            } else {
                build();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search index upkeep failed; trying again in " + LOOK_SECONDS + " s", e);
        }
    }

    private void build() {
        long started = System.nanoTime();
        LocalDateTime startedAt = JobTime.utc(Instant.now());
        int[] count = {0};
        rows.listed(JobTime.today().minusDays(1), batch -> {
            batch.forEach(search.index()::put);
            count[0] += batch.size();
        });
        search.index().refresh();
        lookedAt = startedAt;
        search.markBuilt();
        LOG.info(() -> "Vacancy search index built: " + count[0] + " open vacancies in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private void catchUp() {
        LocalDateTime now = JobTime.utc(Instant.now());
        List<String> stale = rows.changedSince(lookedAt.minus(OVERLAP)).entrySet().stream()
                .filter(changed -> !search.index().version(changed.getKey()).equals(Optional.of(changed.getValue())))
                .map(Map.Entry::getKey).toList();
        if (!stale.isEmpty()) {
            take(rows.byId(stale));
        }
        lookedAt = now;
        LocalDate today = JobTime.today();
        if (!today.equals(droppedOn)) {
            int dropped = search.index().dropExpired(today);
            droppedOn = today;
            LOG.info(() -> "Vacancy search index: " + dropped + " expired vacancies dropped");
        }
    }
}
