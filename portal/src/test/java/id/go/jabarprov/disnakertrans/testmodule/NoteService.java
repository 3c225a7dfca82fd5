package id.go.jabarprov.disnakertrans.testmodule;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.enablement.ModuleService;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The test module's service: refused where the module is off, audited on every change. */
@ApplicationScoped
@ModuleService(TestModule.ID)
public class NoteService {

    @PersistenceContext(unitName = "testmod")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    public List<Note> list() {
        requirePermission();
        return em.createQuery("select n from Note n order by n.text", Note.class).getResultList();
    }

    public Optional<Note> find(String id) {
        requirePermission();
        return Optional.ofNullable(id).map(i -> em.find(Note.class, i));
    }

    @Transactional
    public Note add(String text) {
        requirePermission();
        if (text == null || text.isBlank()) {
            throw new BusinessException(Map.of("text", "validation.required"));
        }
        Note note = new Note(text.trim());
        em.persist(note);
        audit.record(TestModule.ID, "note.added", note.getId(), "note added", null);
        return note;
    }

    @Transactional
    public void update(String id, String text) {
        requirePermission();
        if (text == null || text.isBlank()) {
            throw new BusinessException(Map.of("text", "validation.required"));
        }
        Note note = Optional.ofNullable(em.find(Note.class, id)).orElseThrow(() -> new AccessDeniedException("no such note"));
        note.setText(text.trim());
        audit.record(TestModule.ID, "note.updated", id, "note changed", null);
    }

    private void requirePermission() {
        if (!currentUser.can(TestModule.NOTES)) {
            throw new AccessDeniedException("missing " + TestModule.NOTES);
        }
    }
}
