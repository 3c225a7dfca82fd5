package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The few questions that cross kab/kota on purpose, answered with the office's code only: which office
 * holds the caller's own card, and whether a NIK already has a card anywhere in the province (one card
 * per person). Records are then read through the tenant-scoped unit, in that office.
 */
@ApplicationScoped
public class SeekerDirectory {

    @PersistenceContext(unitName = "jobinfo")
    EntityManager em;

    /** The kab/kota holding the account's card, if any. */
    public Optional<String> officeOfAccount(String account) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery(
                "select tenant_code from jobinfo_seeker where account = ? order by registered_at desc")
                .setParameter(1, account).setMaxResults(1).getResultList();
        return rows.stream().findFirst();
    }

    /** The kab/kota where this NIK has a card not closed by a placement, if any. */
    public Optional<String> officeOfNik(String nik) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery(
                "select tenant_code from jobinfo_seeker where nik = ? and status <> 'PLACED'")
                .setParameter(1, nik).setMaxResults(1).getResultList();
        return rows.stream().findFirst();
    }

    /** The kab/kota holding the account's employer profiles. */
    @SuppressWarnings("unchecked")
    public List<String> officesOfEmployer(String account) {
        return em.createNativeQuery("select tenant_code from jobinfo_employer where account = ? order by tenant_code")
                .setParameter(1, account).getResultList();
    }
}
