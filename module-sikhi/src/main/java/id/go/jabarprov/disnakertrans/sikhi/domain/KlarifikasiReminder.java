package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A reminder the daily job sends about an open Klarifikasi: to a party that has not answered yet
 * ({@link Kind#ANSWER_DUE}), or to the mediator about a party whose answer date passed without an answer
 * ({@link Kind#UNANSWERED}).
 */
public record KlarifikasiReminder(String partyId, Kind kind) {

    public enum Kind {
        /** To the party: the answer date is near (or today) and it has not answered. */
        ANSWER_DUE,
        /** To the mediator: the answer date passed and this party did not answer. */
        UNANSWERED
    }

    /** How many working days before the answer date a party is first reminded. */
    public static final int AHEAD = 2;

    public KlarifikasiReminder {
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The reminders due on {@code day} (the daily job runs once per day, so each is sent once per day).
     * Only on working days: offices and parties act on working days, and a Sunday e-mail about a Monday date
     * only adds noise. A party that has not answered is reminded on each of the {@link #AHEAD} working days
     * before the answer date and on the date itself, but not on the day it was asked (the request's own
     * notice told it that day). The mediator hears once, on the first working day after the date, of each
     * party still silent: later days would repeat what the case page already shows.
     *
     * @param unansweredPartyIds the asked parties with no answer yet (a party that answered gets nothing)
     */
    public static List<KlarifikasiReminder> on(LocalDate day, LocalDate requestedOn, LocalDate answerDue,
            List<String> unansweredPartyIds, WorkingDays workingDays) {
        if (!workingDays.isWorkingDay(day) || unansweredPartyIds.isEmpty()) {
            return List.of();
        }
        Kind kind;
        if (!day.isAfter(answerDue)) {
            if (!day.isAfter(requestedOn) || workingDays.between(day, answerDue) > AHEAD) {
                return List.of();
            }
            kind = Kind.ANSWER_DUE;
        } else if (workingDays.between(answerDue, day) == 1) {
            kind = Kind.UNANSWERED;
        } else {
            return List.of();
        }
        return unansweredPartyIds.stream().map(id -> new KlarifikasiReminder(id, kind)).toList();
    }
}
