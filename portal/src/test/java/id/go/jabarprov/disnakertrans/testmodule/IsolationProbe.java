package id.go.jabarprov.disnakertrans.testmodule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Direct persistence calls for the in-container isolation tests, as a careless module would write them. */
@ApplicationScoped
public class IsolationProbe {

    @PersistenceContext(unitName = "testmod")
    EntityManager em;

    public Note find(String id) {
        return em.find(Note.class, id);
    }

    public List<String> texts() {
        return em.createQuery("select n.text from Note n order by n.text", String.class).getResultList();
    }

    public long countByCriteria() {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        query.select(cb.count(query.from(Note.class)));
        return em.createQuery(query).getSingleResult();
    }

    @Transactional
    public int renameAll(String text) {
        return em.createQuery("update Note n set n.text = :t").setParameter("t", text).executeUpdate();
    }

    @Transactional
    public boolean changeById(String id, String text) {
        Note note = em.find(Note.class, id);
        if (note == null) {
            return false;
        }
        note.setText(text);
        return true;
    }

    @Transactional
    public int deleteById(String id) {
        return em.createQuery("delete from Note n where n.id = :id").setParameter("id", id).executeUpdate();
    }
}
