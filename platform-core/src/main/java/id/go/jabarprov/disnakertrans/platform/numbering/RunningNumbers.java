package id.go.jabarprov.disnakertrans.platform.numbering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.function.LongSupplier;

/**
 * The next number of a series, e.g. {@code jobinfo.ak1/32.73/2026}. The number is taken under the series
 * row's lock in the caller's transaction: a second caller waits until the first commits, and a rolled-back
 * caller gives its number back, so numbers have no gaps and no duplicates.
 */
@ApplicationScoped
public class RunningNumbers {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CounterRows rows;

    /**
     * @param series     the series' name, at most 80 characters
     * @param startAfter asked only when the series is new: the last number already given outside this
     *                   counter (0 for a new series), so that numbering continues after existing records
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long next(String series, LongSupplier startAfter) {
        Counter counter = em.find(Counter.class, series, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                rows.create(series, startAfter.getAsLong());
            } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
                // another request created it first: its row is there now
            }
            counter = em.find(Counter.class, series, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter.next();
    }
}
