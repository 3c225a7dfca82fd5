package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.calendar.WorkingDays;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * What the mediator asked in a Klarifikasi: of whom (one party, or every party when {@code askedPartyId} is
 * null), the questions, and the working day by which the answer is due; and, once the Klarifikasi ends,
 * what was received. The pause itself is still read from the trail ({@link DisputeCase#klarifikasiPauses}),
 * so cases paused before these rows existed keep their clock.
 */
@Entity
@Table(name = "sikhi_klarifikasi")
public class KlarifikasiRequest extends TenantOwnedEntity {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private DisputeCase disputeCase;

    /** The party asked; null means every party of the case. */
    @Column(name = "asked_party_id")
    private String askedPartyId;

    @Column(nullable = false)
    private String questions;

    @Column(name = "answer_due", nullable = false)
    private LocalDate answerDue;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    /** What the parties sent in answer, written when the Klarifikasi ends. */
    private String received;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    /** What the parties answered online, oldest first. */
    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("answeredAt")
    private List<KlarifikasiAnswer> answers = new ArrayList<>();

    protected KlarifikasiRequest() {
    }

    KlarifikasiRequest(DisputeCase disputeCase, String askedPartyId, String questions, LocalDate answerDue, String requestedBy,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.disputeCase = disputeCase;
        this.askedPartyId = askedPartyId;
        this.questions = questions;
        this.answerDue = answerDue;
        this.requestedBy = requestedBy;
        this.requestedAt = SikhiTime.utc(at);
    }

    void end(String received, String actor, Instant at) {
        this.received = received;
        this.endedBy = actor;
        this.endedAt = SikhiTime.utc(at);
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    /** Whether the request is addressed to this party (a request to every party is addressed to each). */
    public boolean isAddressedTo(String partyId) {
        return askedPartyId == null || askedPartyId.equals(partyId);
    }

    /**
     * A party's answer, with the files it uploaded for it. Only a party the request is addressed to may answer: any
     * other is told "not found", as for a record of someone else's case, so an id posted by hand reveals nothing.
     * Answers are taken while the request is open, late ones too (marked late).
     */
    KlarifikasiAnswer answer(String partyId, String text, List<AttachedFile> files, String username, Instant at) {
        if (partyId == null || !isAddressedTo(partyId)) {
            throw new AccessDeniedException("klarifikasi " + id + " is not addressed to party " + partyId);
        }
        if (!isOpen()) {
            throw new BusinessException(ErrorKeys.KLARIFIKASI_ENDED);
        }
        new Texts().required("answer", text, Limits.ANSWER).throwIfAny();
        KlarifikasiAnswer answer = new KlarifikasiAnswer(this, partyId, text.strip(), files == null ? List.of() : files,
                username, at);
        answers.add(answer);
        return answer;
    }

    /** An answer sent on {@code day} is late when the answer date has passed (the date itself is in time). */
    public boolean isLate(LocalDate day) {
        return day.isAfter(answerDue);
    }

    /** The parties asked: this request's party, or every party of the case (given in the case's order). */
    public List<String> askedPartyIds(List<String> casePartyIds) {
        return askedPartyId == null ? casePartyIds : casePartyIds.stream().filter(askedPartyId::equals).toList();
    }

    /** The answers this party sent, oldest first. */
    public List<KlarifikasiAnswer> answersOf(String partyId) {
        return answers.stream().filter(a -> a.getPartyId().equals(partyId)).toList();
    }

    public boolean hasAnswered(String partyId) {
        return answers.stream().anyMatch(a -> a.getPartyId().equals(partyId));
    }

    /** The reminders the daily job sends on {@code day} about this request ({@link KlarifikasiReminder#on}); none once ended. */
    public List<KlarifikasiReminder> remindersOn(LocalDate day, List<String> casePartyIds, WorkingDays workingDays) {
        if (!isOpen()) {
            return List.of();
        }
        List<String> silent = askedPartyIds(casePartyIds).stream().filter(p -> !hasAnswered(p)).toList();
        return KlarifikasiReminder.on(day, SikhiTime.dateOf(getRequestedAt()),
                answerDue, silent, workingDays);
    }

    public String getId() { return id; }
    public DisputeCase getDisputeCase() { return disputeCase; }
    public String getAskedPartyId() { return askedPartyId; }
    public String getQuestions() { return questions; }
    public LocalDate getAnswerDue() { return answerDue; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return SikhiTime.instant(requestedAt); }
    public String getReceived() { return received; }
    public String getEndedBy() { return endedBy; }
    public Instant getEndedAt() { return SikhiTime.instant(endedAt); }
    public List<KlarifikasiAnswer> getAnswers() { return Collections.unmodifiableList(answers); }
}
