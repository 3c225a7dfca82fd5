package id.go.jabarprov.disnakertrans.sikhi.domain;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * A meeting moved to another time: what the service needs to tell the parties and the audit. The field
 * names are the staff page's rescheduling form, so refusals land beside their fields.
 *
 * @param session the meeting, already at its new time
 * @param from    the time it had before
 */
public record SessionMove(MediationSession session, Instant from, String reason) {

    public static final String SESSION = "rescheduleSessionId";
    public static final String AT = "newSessionAt";
    public static final String PLACE = "newPlace";
    public static final String REASON = "rescheduleReason";

    /** Times as the staff form takes them, in WIB; the same in both languages, so they may go into the trail. */
    private static final DateTimeFormatter WIB = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SikhiTime.ZONE);

    public static String format(Instant at) {
        return WIB.format(at);
    }

    public Instant to() {
        return session.getScheduledAt();
    }
}
