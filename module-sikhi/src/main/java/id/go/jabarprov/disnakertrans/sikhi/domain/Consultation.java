package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A konsultasi HI question to the kab/kota office (the tenant) and its answer. A useful answer can be
 * published to the knowledge base, but only in an anonymised version the officer writes: the question
 * and answer as asked may name people and companies and are never published.
 */
@Entity
@Table(name = "sikhi_consultation")
public class Consultation extends TenantOwnedEntity {

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsultationTopic topic;

    @Column(nullable = false)
    private String question;

    @Column(name = "asked_by", nullable = false)
    private String askedBy;

    @Column(name = "asked_at", nullable = false)
    private LocalDateTime askedAt;

    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "public_question")
    private String publicQuestion;

    @Column(name = "public_answer")
    private String publicAnswer;

    @Version
    private long version;

    protected Consultation() {
    }

    public Consultation(ConsultationTopic topic, String question, String askedBy, Instant at) {
        new Texts().required("topic", topic).required("question", question, Limits.QUESTION).throwIfAny();
        this.id = UUID.randomUUID().toString();
        this.topic = topic;
        this.question = question.strip();
        this.askedBy = askedBy;
        this.askedAt = SikhiTime.utc(at);
    }

    /** Answers, or corrects the answer; a published entry stays as it was published until republished. */
    public void answer(String answer, String officer, Instant at) {
        new Texts().required("answer", answer, Limits.ANSWER).throwIfAny();
        this.answer = answer.strip();
        this.answeredBy = officer;
        this.answeredAt = SikhiTime.utc(at);
    }

    /** Publishes the anonymised question and answer to the knowledge base. */
    public void publish(String anonymisedQuestion, String anonymisedAnswer) {
        if (answer == null) {
            throw new BusinessException(ErrorKeys.NOT_ANSWERED);
        }
        new Texts().check(Texts.clean(anonymisedQuestion) != null, "publicQuestion", ErrorKeys.NOT_ANONYMISED)
                .check(Texts.clean(anonymisedAnswer) != null, "publicAnswer", ErrorKeys.NOT_ANONYMISED)
                .optional("publicQuestion", anonymisedQuestion, Limits.QUESTION)
                .optional("publicAnswer", anonymisedAnswer, Limits.ANSWER).throwIfAny();
        this.publicQuestion = anonymisedQuestion.strip();
        this.publicAnswer = anonymisedAnswer.strip();
        this.published = true;
    }

    public void unpublish() {
        this.published = false;
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public String getId() { return id; }
    public ConsultationTopic getTopic() { return topic; }
    public String getQuestion() { return question; }
    public String getAskedBy() { return askedBy; }
    public Instant getAskedAt() { return SikhiTime.instant(askedAt); }
    public String getAnswer() { return answer; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return SikhiTime.instant(answeredAt); }
    public boolean isPublished() { return published; }
    public String getPublicQuestion() { return publicQuestion; }
    public String getPublicAnswer() { return publicAnswer; }
}
