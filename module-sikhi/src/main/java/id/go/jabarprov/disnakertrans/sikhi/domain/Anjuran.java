package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The mediator's written recommendation (anjuran tertulis) and every party's answer. Each party has a
 * row from the start, received on the day of issue unless a later receipt is recorded (a party without
 * an account gets the letter later); {@link AnjuranAnswers} decides what the answers amount to.
 */
@Entity
@Table(name = "sikhi_anjuran")
public class Anjuran extends TenantOwnedEntity {

    @Id
    private String id;

    @OneToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private DisputeCase disputeCase;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    /** The recommendation, with its considerations. */
    @Column(nullable = false)
    private String content;

    @OneToMany(mappedBy = "anjuran", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<AnjuranAnswer> answers = new ArrayList<>();

    @Version
    private long version;

    protected Anjuran() {
    }

    Anjuran(DisputeCase disputeCase, String content, String issuedBy, Instant at, Collection<CaseParty> parties) {
        this.id = UUID.randomUUID().toString();
        this.disputeCase = disputeCase;
        this.content = content.strip();
        this.issuedBy = issuedBy;
        this.issuedAt = SikhiTime.utc(at);
        LocalDate issuedOn = SikhiTime.dateOf(at);
        for (CaseParty party : parties) {
            answers.add(new AnjuranAnswer(this, answers.size() + 1, party.getId(), issuedOn));
        }
    }

    void recordReceipt(String partyId, LocalDate receivedOn) {
        AnjuranAnswer answer = answerOf(partyId);
        if (answer.getAnswer() != null) {
            throw new BusinessException(ErrorKeys.ALREADY_ANSWERED);
        }
        if (receivedOn == null || receivedOn.isBefore(getIssuedOn())) {
            throw new BusinessException(java.util.Map.of("receivedOn", ErrorKeys.DATE_OUT_OF_RANGE));
        }
        answer.received(receivedOn);
    }

    void answer(String partyId, Acceptance acceptance, String username, Instant at, CaseClock clock) {
        AnjuranAnswer answer = answerOf(partyId);
        if (acceptance == null) {
            throw new BusinessException(java.util.Map.of("answer", ErrorKeys.REQUIRED));
        }
        if (answer.getAnswer() != null) {
            throw new BusinessException(ErrorKeys.ALREADY_ANSWERED);
        }
        if (!answers(clock).mayAnswer(partyId, SikhiTime.dateOf(at))) {
            throw new BusinessException(ErrorKeys.ANSWER_LAPSED);
        }
        answer.answer(acceptance, username, at);
    }

    /** The mediator's record of a written answer: the same checks as an answer online, then who and which letter. */
    void recordAnswer(String partyId, Acceptance acceptance, String officer, String letterDocumentId, Instant at, CaseClock clock) {
        answer(partyId, acceptance, officer, at, clock);
        answerOf(partyId).recordedFrom(officer, letterDocumentId);
    }

    /** The answers as the pure rules read them. */
    public AnjuranAnswers answers(CaseClock clock) {
        return new AnjuranAnswers(answers.stream()
                .map(a -> new AnjuranAnswers.PartyAnswer(a.getPartyId(), a.getReceivedOn(), a.getAnswer())).toList(), clock);
    }

    public AnjuranOutcome outcomeOn(LocalDate day, CaseClock clock) {
        return answers(clock).outcomeOn(day);
    }

    /** The day the last party accepted, when every party did: the 3 HK for the PB run from it. */
    public Optional<LocalDate> acceptedByAllOn() {
        if (answers.stream().anyMatch(a -> a.getAnswer() != Acceptance.ACCEPTED)) {
            return Optional.empty();
        }
        return answers.stream().map(a -> SikhiTime.dateOf(a.getAnsweredAt())).max(LocalDate::compareTo);
    }

    public Optional<AnjuranAnswer> findAnswer(String partyId) {
        return answers.stream().filter(a -> a.getPartyId().equals(partyId)).findFirst();
    }

    private AnjuranAnswer answerOf(String partyId) {
        return findAnswer(partyId).orElseThrow(() -> new BusinessException(ErrorKeys.NOT_A_PARTY));
    }

    public LocalDate getIssuedOn() {
        return SikhiTime.dateOf(getIssuedAt());
    }

    public String getId() { return id; }
    public DisputeCase getDisputeCase() { return disputeCase; }
    public Instant getIssuedAt() { return SikhiTime.instant(issuedAt); }
    public String getIssuedBy() { return issuedBy; }
    public String getContent() { return content; }
    public List<AnjuranAnswer> getAnswers() { return Collections.unmodifiableList(answers); }
}
