package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.calendar.Deadline;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The answers of the parties to an anjuran tertulis (UU 2/2004 art. 13(2)): each party answers within
 * 10 HK of receiving it, and a party that has not answered by then is deemed to reject it. Accepted by
 * every party, a Perjanjian Bersama follows; rejected by any, the mediator closes with a risalah
 * penyelesaian. One rejection settles the outcome at once: waiting for the others cannot change it.
 */
public final class AnjuranAnswers {

    /**
     * One party's answer.
     *
     * @param partyId    the {@link CaseParty} id
     * @param receivedOn when the party received the anjuran (its 10 HK count from this day)
     * @param answer     its answer, null while silent
     */
    public record PartyAnswer(String partyId, LocalDate receivedOn, Acceptance answer) {
        public PartyAnswer {
            Objects.requireNonNull(partyId, "partyId");
            Objects.requireNonNull(receivedOn, "receivedOn");
        }
    }

    private final List<PartyAnswer> answers;
    private final CaseClock clock;

    public AnjuranAnswers(Collection<PartyAnswer> answers, CaseClock clock) {
        this.answers = List.copyOf(answers);
        this.clock = Objects.requireNonNull(clock, "clock");
        if (this.answers.isEmpty()) {
            throw new IllegalArgumentException("an anjuran is answered by at least one party");
        }
    }

    /** The last day this party may answer. */
    public Deadline dueFor(PartyAnswer answer) {
        return clock.answerDue(answer.receivedOn());
    }

    /** The answer that counts on {@code day}: the given one, rejection after a silent lapse, else null (still open). */
    public Acceptance effectiveAnswer(PartyAnswer answer, LocalDate day) {
        if (answer.answer() != null) {
            return answer.answer();
        }
        return clock.isOverdue(dueFor(answer), day) ? Acceptance.REJECTED : null;
    }

    public AnjuranOutcome outcomeOn(LocalDate day) {
        boolean open = false;
        for (PartyAnswer answer : answers) {
            Acceptance effective = effectiveAnswer(answer, day);
            if (effective == Acceptance.REJECTED) {
                return AnjuranOutcome.REJECTED;
            }
            open |= effective == null;
        }
        return open ? AnjuranOutcome.PENDING : AnjuranOutcome.ACCEPTED;
    }

    /** Whether the party may still answer on {@code day}: it has not answered and its 10 HK have not lapsed. */
    public boolean mayAnswer(String partyId, LocalDate day) {
        return answers.stream().filter(a -> a.partyId().equals(partyId))
                .anyMatch(a -> a.answer() == null && !clock.isOverdue(dueFor(a), day));
    }

    public List<PartyAnswer> answers() {
        return answers;
    }
}
