package id.go.jabarprov.disnakertrans.platform.numbering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Creates a series' row in a transaction of its own. Two requests creating the same new series at once:
 * one insert wins, the other fails on the primary key here, outside the caller's transaction, and the
 * caller simply goes on to lock the row that now exists.
 */
@ApplicationScoped
class CounterRows {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void create(String name, long startAfter) {
        if (em.find(Counter.class, name) == null) {
            em.persist(new Counter(name, startAfter));
            em.flush();
        }
    }
}
