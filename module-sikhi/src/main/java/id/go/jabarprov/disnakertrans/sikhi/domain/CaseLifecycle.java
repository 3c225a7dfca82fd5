package id.go.jabarprov.disnakertrans.sikhi.domain;

import static id.go.jabarprov.disnakertrans.sikhi.domain.CaseAction.*;
import static id.go.jabarprov.disnakertrans.sikhi.domain.CaseStage.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The dispute case state machine: from a stage, an action and the facts it depends on, the next
 * stage, or an {@link IllegalTransitionException} whose key says why not. Pure and stateless.
 *
 * <p>The rules, from UU 2/2004 and DOMAIN.md:
 * <ul>
 * <li>Conciliation and arbitration are refused for dispute types that do not allow them, in any stage
 * ({@link DisputeType}); a hak dispute is never offered a forum and goes from registration straight to a
 * mediator, every other type only after the forum offer (art. 4(3): the office must offer it).</li>
 * <li>A forum choice that lapsed (7 HK) sends the case to mediation (art. 4(4)); so does an express choice.</li>
 * <li>An anjuran needs at least one session held (it must come within 10 HK of the first session), and
 * nothing is done in session while klarifikasi pauses the clock.</li>
 * <li>A closed stage accepts nothing ({@value ErrorKeys#CASE_CLOSED}).</li>
 * </ul>
 * Self-loops ({@code RECORD_SESSION} in session, {@code ANSWER_ANJURAN}, {@code ACCEPT_PB}) are listed so
 * that pages can ask {@link #allowedActions} which buttons to show and the trail records them.
 */
public final class CaseLifecycle {

    /** One edge of the diagram: its target may depend on the facts, and it may wait for them. */
    private record Transition(Predicate<DisputeType> typeAllows, String typeRefusal, Predicate<CaseFacts> ready,
            String notReady, Function<CaseFacts, CaseStage> target) {

        Transition onlyFor(Predicate<DisputeType> types, String refusal) {
            return new Transition(types, refusal, ready, notReady, target);
        }

        Transition when(Predicate<CaseFacts> condition, String refusal) {
            return new Transition(typeAllows, typeRefusal, condition, refusal, target);
        }
    }

    /** Type rules that hold whatever the stage: asking for them in the wrong stage still gets the precise reason. */
    private static final Map<CaseAction, Transition> TYPE_RULES = new EnumMap<>(CaseAction.class);
    private static final Map<CaseStage, Map<CaseAction, Transition>> TABLE = new EnumMap<>(CaseStage.class);
    private static final Set<CaseStage> BEFORE_FIRST_SESSION = EnumSet.of(DRAFT, SUBMITTED, RETURNED, REGISTERED,
            DELEGATED_TO_PROVINCE, FORUM_OFFERED, AWAITING_MEDIATOR, MEDIATOR_ASSIGNED);

    static {
        TYPE_RULES.put(CHOOSE_CONCILIATION, any().onlyFor(DisputeType::allowsConciliation, ErrorKeys.CONCILIATION_NOT_ALLOWED));
        TYPE_RULES.put(CHOOSE_ARBITRATION, any().onlyFor(DisputeType::allowsArbitration, ErrorKeys.ARBITRATION_NOT_ALLOWED));
        TYPE_RULES.put(OFFER_FORUM, any().onlyFor(DisputeType::hasForumChoice, ErrorKeys.FORUM_NOT_AVAILABLE));

        Predicate<DisputeType> mediationOnly = type -> !type.hasForumChoice();

        on(DRAFT, SUBMIT, to(SUBMITTED));

        on(SUBMITTED, RETURN_INCOMPLETE, to(RETURNED));
        on(SUBMITTED, REGISTER, to(REGISTERED));

        on(RETURNED, RESUBMIT, to(SUBMITTED));
        on(RETURNED, RETURN_LAPSED, to(WITHDRAWN).when(CaseFacts::completionLapsed, ErrorKeys.COMPLETION_PERIOD_OPEN));

        for (CaseStage settled : new CaseStage[] {REGISTERED, DELEGATED_TO_PROVINCE}) {
            on(settled, OFFER_FORUM, to(FORUM_OFFERED));
            on(settled, ASSIGN_MEDIATOR, to(MEDIATOR_ASSIGNED).onlyFor(mediationOnly, ErrorKeys.FORUM_NOT_OFFERED));
            on(settled, DELEGATE_TO_MINISTRY, to(TRANSFERRED));
        }
        on(REGISTERED, DELEGATE_TO_PROVINCE, to(DELEGATED_TO_PROVINCE));
        on(DELEGATED_TO_PROVINCE, SEND_BACK_TO_KABKOTA, to(REGISTERED));

        on(FORUM_OFFERED, CHOOSE_CONCILIATION, to(TRANSFERRED));
        on(FORUM_OFFERED, CHOOSE_ARBITRATION, to(TRANSFERRED));
        on(FORUM_OFFERED, CHOOSE_MEDIATION, to(AWAITING_MEDIATOR));
        on(FORUM_OFFERED, FORUM_LAPSED, to(AWAITING_MEDIATOR).when(CaseFacts::forumChoiceLapsed, ErrorKeys.FORUM_CHOICE_OPEN));

        on(AWAITING_MEDIATOR, ASSIGN_MEDIATOR, to(MEDIATOR_ASSIGNED));

        // a first pelimpahan whose mediator declared a conflict before doing anything: the head assigns again
        on(MEDIATOR_ASSIGNED, RELEASE_MEDIATOR, to(AWAITING_MEDIATOR));
        on(MEDIATOR_ASSIGNED, START_KLARIFIKASI, to(KLARIFIKASI));
        on(MEDIATOR_ASSIGNED, RECORD_SESSION, to(IN_SESSION));
        // klarifikasi may also come between sessions; it returns to where it was taken up
        on(KLARIFIKASI, END_KLARIFIKASI, new Transition(t -> true, null, f -> true, null,
                facts -> facts.sessionHeld() ? IN_SESSION : MEDIATOR_ASSIGNED));
        on(IN_SESSION, RECORD_SESSION, to(IN_SESSION));
        on(IN_SESSION, START_KLARIFIKASI, to(KLARIFIKASI));
        on(IN_SESSION, DRAFT_PB, to(PB_DRAFTED));
        on(IN_SESSION, ISSUE_ANJURAN, to(ANJURAN_ISSUED));

        on(ANJURAN_ISSUED, ANSWER_ANJURAN, to(ANJURAN_ISSUED));
        on(ANJURAN_ISSUED, ANSWERS_COMPLETE, new Transition(t -> true, null,
                facts -> facts.anjuranOutcome() != AnjuranOutcome.PENDING, ErrorKeys.ANSWERS_PENDING,
                facts -> facts.anjuranOutcome() == AnjuranOutcome.ACCEPTED ? PB_DRAFTED : CLOSED_ANJURAN));

        on(PB_DRAFTED, ACCEPT_PB, to(PB_DRAFTED));
        on(PB_DRAFTED, REGISTER_PB_AT_PHI, to(CLOSED_AGREED).when(CaseFacts::pbAcceptedByAll, ErrorKeys.PB_NOT_ACCEPTED));
        // an agreement accepted through the anjuran is binding on the parties: no going back to sessions then
        on(PB_DRAFTED, ABANDON_PB, to(IN_SESSION).when(facts -> !facts.anjuranIssued(), ErrorKeys.ANJURAN_ALREADY_ISSUED));

        for (CaseStage stage : CaseStage.values()) {
            if (!stage.isClosed() && stage != DRAFT) {
                on(stage, WITHDRAW, to(WITHDRAWN));
            }
        }
        for (CaseStage stage : EnumSet.of(SUBMITTED, REGISTERED, DELEGATED_TO_PROVINCE, FORUM_OFFERED, AWAITING_MEDIATOR,
                MEDIATOR_ASSIGNED, KLARIFIKASI, IN_SESSION)) {
            on(stage, SEND_BACK_TO_BIPARTITE, to(SENT_BACK_TO_BIPARTITE));
        }
    }

    private CaseLifecycle() {
    }

    /**
     * The stage the case moves to.
     *
     * @throws IllegalTransitionException with the most precise key available when the action is refused
     */
    public static CaseStage next(CaseStage stage, CaseAction action, CaseFacts facts) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(facts, "facts");
        String refusal = refusal(stage, action, facts, true);
        if (refusal != null) {
            throw new IllegalTransitionException(stage, action, refusal);
        }
        return TABLE.get(stage).get(action).target().apply(facts);
    }

    /** Whether {@link #next} would accept the action. */
    public static boolean isAllowed(CaseStage stage, CaseAction action, CaseFacts facts) {
        return refusal(stage, action, facts, true) == null;
    }

    /**
     * The actions the stage accepts for a dispute of this type, including those that still wait for a
     * fact (a lapsed period, complete answers): what a page may offer in principle.
     */
    public static Set<CaseAction> allowedActions(CaseStage stage, DisputeType type) {
        CaseFacts facts = CaseFacts.of(type);
        return collect(stage, action -> refusal(stage, action, facts, false) == null);
    }

    /** The actions the stage accepts right now given every fact: the buttons to show. */
    public static Set<CaseAction> allowedActions(CaseStage stage, CaseFacts facts) {
        return collect(stage, action -> refusal(stage, action, facts, true) == null);
    }

    private static Set<CaseAction> collect(CaseStage stage, Predicate<CaseAction> allowed) {
        EnumSet<CaseAction> result = EnumSet.noneOf(CaseAction.class);
        for (CaseAction action : TABLE.getOrDefault(stage, Map.of()).keySet()) {
            if (allowed.test(action)) {
                result.add(action);
            }
        }
        return Collections.unmodifiableSet(result);
    }

    /** The refusal key, or null when allowed; {@code checkReadiness} false ignores facts that only time or answers change. */
    private static String refusal(CaseStage stage, CaseAction action, CaseFacts facts, boolean checkReadiness) {
        if (stage.isClosed()) {
            return ErrorKeys.CASE_CLOSED;
        }
        Transition typeRule = TYPE_RULES.get(action);
        if (typeRule != null && !typeRule.typeAllows().test(facts.type())) {
            return typeRule.typeRefusal();
        }
        Transition transition = TABLE.getOrDefault(stage, Map.of()).get(action);
        if (transition == null) {
            return stageRefusal(stage, action);
        }
        if (!transition.typeAllows().test(facts.type())) {
            return transition.typeRefusal();
        }
        if (checkReadiness && !transition.ready().test(facts)) {
            return transition.notReady();
        }
        return null;
    }

    /** Why an action has no edge from the stage, as precisely as it can be said. */
    private static String stageRefusal(CaseStage stage, CaseAction action) {
        boolean beforeRegistration = stage == DRAFT || stage == SUBMITTED || stage == RETURNED;
        boolean beforeSession = BEFORE_FIRST_SESSION.contains(stage);
        return switch (action) {
            case ASSIGN_MEDIATOR, OFFER_FORUM, DELEGATE_TO_PROVINCE, DELEGATE_TO_MINISTRY ->
                    beforeRegistration ? ErrorKeys.NOT_REGISTERED : ErrorKeys.ILLEGAL_TRANSITION;
            case RECORD_SESSION, ISSUE_ANJURAN, DRAFT_PB -> stage == KLARIFIKASI ? ErrorKeys.KLARIFIKASI_IN_PROGRESS
                    : beforeSession && action != RECORD_SESSION ? ErrorKeys.NO_SESSION_HELD : ErrorKeys.ILLEGAL_TRANSITION;
            default -> ErrorKeys.ILLEGAL_TRANSITION;
        };
    }

    private static Transition any() {
        return new Transition(type -> true, null, facts -> true, null, facts -> null);
    }

    private static Transition to(CaseStage target) {
        return new Transition(type -> true, null, facts -> true, null, facts -> target);
    }

    private static void on(CaseStage from, CaseAction action, Transition transition) {
        TABLE.computeIfAbsent(from, stage -> new EnumMap<>(CaseAction.class)).put(action, transition);
    }
}
