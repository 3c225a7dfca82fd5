package id.go.jabarprov.disnakertrans.sikhi.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which open cases can possibly be past a legal time limit on a day, judged from the days their clocks started
 * alone: the figures then read only those cases (with their trails, for klarifikasi pauses) to decide exactly,
 * instead of every open case of the kab/kota. Every case that {@link DisputeCase#deadlines} finds overdue passes
 * the screen; most cases whose clocks still run do not.
 *
 * <p>Why each condition holds for every late case:
 * <ul>
 * <li>completion and forum choice start on the day the file was returned or the forum offered;</li>
 * <li>in mediation the first session is due 7 HK after pelimpahan while none is held; the anjuran 10 HK after the
 * first session; the 30 HK of mediation only grow with klarifikasi pauses, so a case late on them is late without them;</li>
 * <li>the answers to an anjuran and a PB run from receipt and acceptance dates the case row does not hold: every case
 * in {@code ANJURAN_ISSUED} or {@code PB_DRAFTED} is read. Cases stay there days, not months, so they are few.</li>
 * </ul>
 * {@link #JPQL} says the same as {@link #mayBeOverdue} for the database; {@code OverdueScreenTest} checks the
 * Java side against {@code deadlines}, the browser test checks the query against the work queue.
 */
public record OverdueScreen(LocalDate returnedBy, LocalDate offeredBy, LocalDate assignedWithoutSessionBy,
        LocalDate firstSessionBy, LocalDate assignedBy) {

    /** Stages whose deadlines depend on dates outside the case row: always read. */
    static final Set<CaseStage> ALWAYS_READ = EnumSet.of(CaseStage.ANJURAN_ISSUED, CaseStage.PB_DRAFTED);

    static final Set<CaseStage> MEDIATION = EnumSet.copyOf(
            java.util.Arrays.stream(CaseStage.values()).filter(CaseStage::isInMediation).toList());

    /** The condition on {@code DisputeCase c}, with the parameters {@link #parameters()} names. */
    public static final String JPQL = "(c.stage = :returned and c.returnedOn <= :returnedBy)"
            + " or (c.stage = :offered and c.forumOfferedOn <= :offeredBy)"
            + " or (c.stage in :mediation and ((c.firstSessionOn is null and c.assignedOn <= :assignedWithoutSessionBy)"
            + " or c.firstSessionOn <= :firstSessionBy or c.assignedOn <= :assignedBy or c.stage in :alwaysRead))";

    public static OverdueScreen on(LocalDate day, CaseClock clock) {
        return new OverdueScreen(clock.lastStartOverdueOn(DeadlineKind.COMPLETION, day),
                clock.lastStartOverdueOn(DeadlineKind.FORUM_CHOICE, day),
                clock.lastStartOverdueOn(DeadlineKind.FIRST_SESSION, day),
                clock.lastStartOverdueOn(DeadlineKind.ANJURAN, day),
                clock.lastStartOverdueOn(DeadlineKind.MEDIATION, day));
    }

    /** Whether the case can be late on the day: false means it certainly is not. */
    public boolean mayBeOverdue(DisputeCase c) {
        CaseStage stage = c.getStage();
        if (stage == CaseStage.RETURNED) {
            return onOrBefore(c.getReturnedOn(), returnedBy);
        }
        if (stage == CaseStage.FORUM_OFFERED) {
            return onOrBefore(c.getForumOfferedOn(), offeredBy);
        }
        if (!MEDIATION.contains(stage)) {
            return false;
        }
        return (c.getFirstSessionOn() == null && onOrBefore(c.getAssignedOn(), assignedWithoutSessionBy))
                || onOrBefore(c.getFirstSessionOn(), firstSessionBy) || onOrBefore(c.getAssignedOn(), assignedBy)
                || ALWAYS_READ.contains(stage);
    }

    /** The values of {@link #JPQL}'s parameters. */
    public Map<String, Object> parameters() {
        return Map.of("returned", CaseStage.RETURNED, "returnedBy", returnedBy, "offered", CaseStage.FORUM_OFFERED,
                "offeredBy", offeredBy, "mediation", MEDIATION, "assignedWithoutSessionBy", assignedWithoutSessionBy,
                "firstSessionBy", firstSessionBy, "assignedBy", assignedBy, "alwaysRead", ALWAYS_READ);
    }

    private static boolean onOrBefore(LocalDate started, LocalDate by) {
        return started != null && !started.isAfter(by);
    }
}
