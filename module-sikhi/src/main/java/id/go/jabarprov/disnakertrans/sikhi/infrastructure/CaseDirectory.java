package id.go.jabarprov.disnakertrans.sikhi.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads and writes the case directory; joins the caller's transaction. */
@ApplicationScoped
public class CaseDirectory {

    @PersistenceContext(unitName = "sikhi")
    EntityManager em;

    public void add(String caseId, String trackingCode, String tenantCode, String filedBy, Instant at) {
        em.persist(new CaseDirectoryEntry(caseId, trackingCode, tenantCode, filedBy, at));
        // no JPA relation ties the access rows to the entry, so EclipseLink would not order the inserts
        em.flush();
        grant(caseId, filedBy);
    }

    public void grant(String caseId, String username) {
        if (em.find(CaseAccess.class, caseId + ":" + username) == null) {
            em.persist(new CaseAccess(caseId, username));
        }
    }

    public Optional<CaseDirectoryEntry> find(String caseId) {
        return Optional.ofNullable(caseId).map(id -> em.find(CaseDirectoryEntry.class, id));
    }

    public Optional<CaseDirectoryEntry> byTrackingCode(String trackingCode) {
        return em.createQuery("select e from CaseDirectoryEntry e where e.trackingCode = :c", CaseDirectoryEntry.class)
                .setParameter("c", trackingCode).getResultStream().findFirst();
    }

    public boolean mayOpen(String caseId, String username) {
        return username != null && em.find(CaseAccess.class, caseId + ":" + username) != null;
    }

    /** The cases an account takes part in, newest first. */
    public List<CaseDirectoryEntry> casesOf(String username) {
        return em.createQuery("select e from CaseDirectoryEntry e, CaseAccess a where a.caseId = e.caseId"
                + " and a.username = :u order by e.createdAt desc", CaseDirectoryEntry.class)
                .setParameter("u", username).getResultList();
    }
}
