package id.go.jabarprov.disnakertrans.sikhi.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which office decides a case while it is delegated to the province (Permenaker 17/2014 art. 12), and what the
 * province may see of a kab/kota. Pure: the services supply who the caller is.
 *
 * <p>A delegated case stays in its kab/kota's rows, so both offices can reach it. The law gives the decisions to
 * the province while it holds the case: the kab/kota keeps reading it (and its trail) but takes no step; the
 * province sees nothing of the kab/kota but the cases delegated to it. The mediator holding a case runs it
 * whichever office they belong to.
 */
public final class DelegationRules {

    /** What the province's head of section decides on a case it holds. */
    static final Set<CaseAction> PROVINCE_DECISIONS = EnumSet.of(CaseAction.SEND_BACK_TO_KABKOTA, CaseAction.ASSIGN_MEDIATOR,
            CaseAction.OFFER_FORUM, CaseAction.FORUM_LAPSED, CaseAction.SEND_BACK_TO_BIPARTITE);

    private DelegationRules() {
    }

    /**
     * Whether the side the caller acts for may take the action on the case.
     *
     * @param delegated   the province holds the case ({@link DisputeCase#isDelegated()})
     * @param forProvince the caller acts for the province on this case, not as a member of its kab/kota
     * @param asMediator  the caller takes it as the case's assigned mediator
     */
    public static boolean sideMayTake(boolean delegated, boolean forProvince, boolean asMediator, CaseAction action) {
        if (!delegated) {
            // sending back is the province's answer to a delegation: never the kab/kota's own step
            return !forProvince && action != CaseAction.SEND_BACK_TO_KABKOTA;
        }
        if (asMediator) {
            return true;
        }
        return forProvince && PROVINCE_DECISIONS.contains(action);
    }

    /**
     * Whether an officer acting for the province may open a kab/kota's case: only one delegated to the province,
     * and then the head of section (every such case) or the mediator the province assigned to it.
     */
    public static boolean provinceMaySee(boolean delegated, CaseStage stage, boolean supervisor, boolean assignedToCaller) {
        return delegated && stage != CaseStage.DRAFT && (supervisor || assignedToCaller);
    }

    /**
     * Working days a delegated case has waited since the day of its delegation (Jakarta time), on the holiday
     * calendar: the same unit as every legal time limit, so a case delegated before a long holiday does not
     * look neglected. The day of delegation itself does not count.
     */
    public static int daysWaiting(Instant delegatedAt, LocalDate today, CaseClock clock) {
        if (delegatedAt == null) {
            return 0;
        }
        return clock.workingDays().between(SikhiTime.dateOf(delegatedAt), today);
    }
}
