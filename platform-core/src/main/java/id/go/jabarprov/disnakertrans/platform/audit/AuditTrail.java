package id.go.jabarprov.disnakertrans.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reading the audit trail: filtered pages for the viewer and the export, and chain verification. */
@ApplicationScoped
public class AuditTrail {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    public List<AuditRecord> page(AuditFilter filter, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditRecord> query = cb.createQuery(AuditRecord.class);
        Root<AuditRecord> root = query.from(AuditRecord.class);
        query.where(predicates(filter, cb, root)).orderBy(cb.desc(root.get("seq")));
        TypedQuery<AuditRecord> typed = em.createQuery(query).setFirstResult(first).setMaxResults(size);
        return typed.getResultList();
    }

    public long count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditRecord> root = query.from(AuditRecord.class);
        query.select(cb.count(root)).where(predicates(filter, cb, root));
        return em.createQuery(query).getSingleResult();
    }

    /** Streams every matching record, oldest first, in batches, so an export never holds them all. */
    public void forEach(AuditFilter filter, Consumer<AuditRecord> sink) {
        long afterSeq = 0;
        while (true) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<AuditRecord> query = cb.createQuery(AuditRecord.class);
            Root<AuditRecord> root = query.from(AuditRecord.class);
            Predicate[] base = predicates(filter, cb, root);
            Predicate[] all = java.util.Arrays.copyOf(base, base.length + 1);
            all[base.length] = cb.greaterThan(root.get("seq"), afterSeq);
            query.where(all).orderBy(cb.asc(root.get("seq")));
            List<AuditRecord> batch = em.createQuery(query).setMaxResults(BATCH).getResultList();
            batch.forEach(sink);
            if (batch.size() < BATCH) {
                return;
            }
            afterSeq = batch.get(batch.size() - 1).getSeq();
            em.clear();
        }
    }

    /**
     * Walks the whole chain from the first record: each must follow the one before without a gap,
     * carry its hash as "previous", and hash to what it stores; the head must point at the last.
     */
    public ChainVerification verify() {
        String expectedPrev = AuditChain.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<AuditRecord> batch = em.createQuery(
                    "select a from AuditRecord a where a.seq >= :from order by a.seq", AuditRecord.class)
                    .setParameter("from", expectedSeq).setMaxResults(BATCH).getResultList();
            for (AuditRecord record : batch) {
                checked++;
                if (record.getSeq() != expectedSeq) {
                    return ChainVerification.broken(checked, expectedSeq, "missing record " + expectedSeq);
                }
                if (!expectedPrev.equals(record.getPrevHash())) {
                    return ChainVerification.broken(checked, record.getSeq(), "link to the previous record broken");
                }
                String recomputed = AuditChain.hash(record.getPrevHash(), record.getSeq(), record.toEntry());
                if (!recomputed.equals(record.getHash())) {
                    return ChainVerification.broken(checked, record.getSeq(), "content changed after it was written");
                }
                expectedPrev = record.getHash();
                expectedSeq++;
            }
            if (batch.size() < BATCH) {
                break;
            }
            em.clear();
        }
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        if (head.lastSeq() != expectedSeq - 1 || !head.lastHash().equals(expectedPrev)) {
            return ChainVerification.broken(checked, expectedSeq, "records after " + (expectedSeq - 1) + " removed");
        }
        return ChainVerification.ok(checked);
    }

    private static Predicate[] predicates(AuditFilter filter, CriteriaBuilder cb, Root<AuditRecord> root) {
        List<Predicate> where = new ArrayList<>();
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), LocalDateTime.ofInstant(filter.from(), ZoneOffset.UTC)));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(root.get("occurredAt"), LocalDateTime.ofInstant(filter.to(), ZoneOffset.UTC)));
        }
        if (filter.tenantCodes() != null) {
            where.add(root.get("tenantCode").in(filter.tenantCodes()));
        }
        if (filter.tenantCode() != null) {
            where.add(cb.equal(root.get("tenantCode"), filter.tenantCode()));
        }
        if (filter.moduleId() != null) {
            where.add(cb.equal(root.get("moduleId"), filter.moduleId()));
        }
        if (filter.actor() != null) {
            where.add(cb.like(cb.lower(root.get("actor")), "%" + filter.actor().toLowerCase() + "%"));
        }
        if (filter.action() != null) {
            where.add(cb.like(cb.lower(root.get("action")), "%" + filter.action().toLowerCase() + "%"));
        }
        return where.toArray(Predicate[]::new);
    }
}
