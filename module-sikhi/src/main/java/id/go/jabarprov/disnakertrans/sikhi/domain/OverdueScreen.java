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
 * Java side against {@code deadlines}, the browser test checks the queries against the work queue.
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

    /** The stages where the anjuran is due 10 HK after the first session while none is issued. */
    static final Set<CaseStage> ANJURAN_DUE = EnumSet.of(CaseStage.IN_SESSION, CaseStage.KLARIFIKASI);

    /**
     * The cases certainly late on the day from their row alone: a returned file, a forum offer, a first session or an
     * anjuran whose time ran out. These clocks never pause, so no trail is needed: the figures count them in the
     * database and read only the other candidates. Every clause guards its nulls, so the condition is never unknown and
     * {@code not (...)} picks exactly the rest. {@link #certainlyOverdue} says the same in Java.
     */
    public static final String CERTAIN_JPQL = "(c.stage = :returned and c.returnedOn is not null and c.returnedOn <= :returnedBy)"
            + " or (c.stage = :offered and c.forumOfferedOn is not null and c.forumOfferedOn <= :offeredBy)"
            + " or (c.stage in :mediation and c.firstSessionOn is null and c.assignedOn is not null"
            + " and c.assignedOn <= :assignedWithoutSessionBy)"
            + " or (c.stage in :anjuranDue and c.anjuranIssuedOn is null and c.firstSessionOn is not null"
            + " and c.firstSessionOn <= :firstSessionBy)";

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

    /** Whether the case is late on the day from its row alone ({@link #CERTAIN_JPQL}); false says nothing. */
    public boolean certainlyOverdue(DisputeCase c) {
        CaseStage stage = c.getStage();
        return (stage == CaseStage.RETURNED && onOrBefore(c.getReturnedOn(), returnedBy))
                || (stage == CaseStage.FORUM_OFFERED && onOrBefore(c.getForumOfferedOn(), offeredBy))
                || (MEDIATION.contains(stage) && c.getFirstSessionOn() == null && onOrBefore(c.getAssignedOn(), assignedWithoutSessionBy))
                || (ANJURAN_DUE.contains(stage) && c.getAnjuranIssuedOn() == null && onOrBefore(c.getFirstSessionOn(), firstSessionBy));
    }

    /** The values of the parameters {@code jpql} (made of {@link #JPQL} and {@link #CERTAIN_JPQL}) names. */
    public Map<String, Object> parametersOf(String jpql) {
        Map<String, Object> all = Map.of("returned", CaseStage.RETURNED, "returnedBy", returnedBy, "offered", CaseStage.FORUM_OFFERED,
                "offeredBy", offeredBy, "mediation", MEDIATION, "assignedWithoutSessionBy", assignedWithoutSessionBy,
                "firstSessionBy", firstSessionBy, "assignedBy", assignedBy, "alwaysRead", ALWAYS_READ, "anjuranDue", ANJURAN_DUE);
        Map<String, Object> named = new java.util.HashMap<>();
        all.forEach((name, value) -> {
            if (java.util.regex.Pattern.compile(":" + name + "\\b").matcher(jpql).find()) {
                named.put(name, value);
            }
        });
        return named;
    }

    private static boolean onOrBefore(LocalDate started, LocalDate by) {
        return started != null && !started.isAfter(by);
    }
}
