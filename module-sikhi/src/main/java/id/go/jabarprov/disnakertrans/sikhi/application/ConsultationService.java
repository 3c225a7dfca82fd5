package id.go.jabarprov.disnakertrans.sikhi.application;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.enablement.ModuleService;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.notification.Notifier;
import id.go.jabarprov.disnakertrans.sikhi.SikhiModule;
import id.go.jabarprov.disnakertrans.sikhi.domain.Consultation;
import id.go.jabarprov.disnakertrans.sikhi.domain.ConsultationTopic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Konsultasi HI in the request's kab/kota: citizens and companies ask, officers answer, and an answer
 * worth keeping is published, rewritten without personal data, to the public knowledge base.
 */
@ApplicationScoped
@ModuleService(SikhiModule.ID)
public class ConsultationService {

    @PersistenceContext(unitName = "sikhi")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    @Inject
    Notifier notifier;

    @Transactional
    public Consultation ask(ConsultationTopic topic, String question) {
        if (!currentUser.isSignedIn() || currentUser.isStaff()) {
            throw new AccessDeniedException("citizens and companies ask");
        }
        Consultation consultation = new Consultation(topic, question, currentUser.getUsername(), Instant.now());
        em.persist(consultation);
        audit.record(SikhiModule.ID, "consultation.asked", consultation.getId(), topic.name(), null);
        return consultation;
    }

    /** The caller's own questions in this kab/kota. */
    public List<Consultation> mine() {
        return em.createQuery("select c from Consultation c where c.askedBy = :me order by c.askedAt desc", Consultation.class)
                .setParameter("me", currentUser.getUsername()).getResultList();
    }

    /** The officers' queue: unanswered first, oldest first. */
    public List<Consultation> queue() {
        requireOfficer();
        List<Consultation> queue = new java.util.ArrayList<>(em.createQuery(
                "select c from Consultation c where c.answeredAt is null order by c.askedAt", Consultation.class)
                .setMaxResults(200).getResultList());
        queue.addAll(em.createQuery("select c from Consultation c where c.answeredAt is not null order by c.answeredAt desc",
                Consultation.class).setMaxResults(50).getResultList());
        return queue;
    }

    public Optional<Consultation> find(String id) {
        requireOfficer();
        return Optional.ofNullable(id).map(i -> em.find(Consultation.class, i));
    }

    @Transactional
    public void answer(String id, String answer) {
        Consultation consultation = find(id).orElseThrow(() -> new AccessDeniedException("no consultation " + id));
        consultation.answer(answer, currentUser.getUsername(), Instant.now());
        audit.record(SikhiModule.ID, "consultation.answered", id, consultation.getTopic().name(), null);
        notifier.notify(consultation.getAskedBy(), SikhiModule.ID, "sikhi.notify.answered", "/me/sikhi/consult.xhtml");
    }

    @Transactional
    public void publish(String id, String publicQuestion, String publicAnswer) {
        Consultation consultation = find(id).orElseThrow(() -> new AccessDeniedException("no consultation " + id));
        consultation.publish(publicQuestion, publicAnswer);
        audit.record(SikhiModule.ID, "consultation.published", id, consultation.getTopic().name(), null);
    }

    @Transactional
    public void unpublish(String id) {
        Consultation consultation = find(id).orElseThrow(() -> new AccessDeniedException("no consultation " + id));
        consultation.unpublish();
        audit.record(SikhiModule.ID, "consultation.unpublished", id, consultation.getTopic().name(), null);
    }

    /** The public knowledge base of this kab/kota: published entries, by topic and words. */
    public List<Consultation> knowledgeBase(ConsultationTopic topic, String words) {
        StringBuilder jpql = new StringBuilder("select c from Consultation c where c.published = true");
        if (topic != null) {
            jpql.append(" and c.topic = :topic");
        }
        String like = words == null || words.isBlank() ? null : "%" + words.strip().toLowerCase(Locale.ROOT) + "%";
        if (like != null) {
            jpql.append(" and (lower(c.publicQuestion) like :w or lower(c.publicAnswer) like :w)");
        }
        var query = em.createQuery(jpql.append(" order by c.answeredAt desc").toString(), Consultation.class);
        if (topic != null) {
            query.setParameter("topic", topic);
        }
        if (like != null) {
            query.setParameter("w", like);
        }
        return query.setMaxResults(100).getResultList();
    }

    private void requireOfficer() {
        if (!currentUser.can(SikhiModule.CONSULT)) {
            throw new AccessDeniedException("missing " + SikhiModule.CONSULT);
        }
    }
}
