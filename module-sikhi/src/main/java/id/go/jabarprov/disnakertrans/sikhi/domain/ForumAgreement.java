package id.go.jabarprov.disnakertrans.sikhi.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the parties' forum choices decide the forum yet. Conciliation and arbitration are consensual
 * (UU 2/2004 arts. 4(3), 8 and 32): they are taken only when every party chose the same one. Mediation needs
 * nobody's consent, so one party choosing it, or two parties choosing differently, decides at once for
 * mediation: no agreement can come of it. Pure; the 7-HK lapse is the lifecycle's {@code FORUM_LAPSED}.
 */
public final class ForumAgreement {

    private ForumAgreement() {
    }

    /**
     * @param partyIds every party of the case
     * @param choices  the choices made so far, by party id
     * @return the forum decided, or empty while the parties who chose agree and others have yet to choose
     */
    public static Optional<ForumChoice> decide(Collection<String> partyIds, Map<String, ForumChoice> choices) {
        Set<ForumChoice> distinct = new HashSet<>(choices.values());
        if (distinct.contains(ForumChoice.MEDIATION) || distinct.size() > 1) {
            return Optional.of(ForumChoice.MEDIATION);
        }
        if (!distinct.isEmpty() && choices.keySet().containsAll(partyIds)) {
            return Optional.of(distinct.iterator().next());
        }
        return Optional.empty();
    }
}
