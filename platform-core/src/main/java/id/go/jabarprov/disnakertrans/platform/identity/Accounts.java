package id.go.jabarprov.disnakertrans.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Persistence of accounts. Accounts are not tenant-owned rows: one person may serve several kab/kota. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    public Optional<Account> findByUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username.toLowerCase()).getResultStream().findFirst();
    }

    public Optional<Account> findActiveByUsername(String username) {
        return findByUsername(username).filter(Account::isActive);
    }

    public Optional<Account> find(String id) {
        return Optional.ofNullable(id).map(i -> em.find(Account.class, i));
    }

    /** The active officers of a kab/kota holding a role: whom a head of section may assign work to. */
    public List<Account> activeStaffWithRole(String role, String tenantCode) {
        return em.createQuery("select distinct a from Account a join a.roles r join a.tenants t"
                        + " where r = :role and t = :tenant and a.active = true order by a.displayName", Account.class)
                .setParameter("role", role).setParameter("tenant", tenantCode).getResultList();
    }

    public void add(Account account) {
        em.persist(account);
    }

    /**
     * A page of accounts, optionally only those belonging to some kab/kota (what a tenant
     * administrator may see), filtered by a text in username or name.
     */
    public List<Account> page(Set<String> tenantsOrNull, String text, int first, int size) {
        return query(tenantsOrNull, text, Account.class, "select distinct a")
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(Set<String> tenantsOrNull, String text) {
        return query(tenantsOrNull, text, Long.class, "select count(distinct a)").getSingleResult();
    }

    private <T> jakarta.persistence.TypedQuery<T> query(Set<String> tenantsOrNull, String text, Class<T> type,
            String select) {
        StringBuilder jpql = new StringBuilder(select).append(" from Account a");
        if (tenantsOrNull != null) {
            jpql.append(" join a.tenants t where t in :tenants");
        } else {
            jpql.append(" where 1 = 1");
        }
        if (text != null && !text.isBlank()) {
            jpql.append(" and (lower(a.username) like :text or lower(a.displayName) like :text)");
        }
        if (type == Account.class) {
            jpql.append(" order by a.username");
        }
        var query = em.createQuery(jpql.toString(), type);
        if (tenantsOrNull != null) {
            query.setParameter("tenants", tenantsOrNull);
        }
        if (text != null && !text.isBlank()) {
            query.setParameter("text", "%" + text.toLowerCase() + "%");
        }
        return query;
    }
}
