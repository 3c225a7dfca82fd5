package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The conflict-of-interest rules of a case's mediators (DOMAIN.md: "conflict-of-interest declarations"). Pure.
 * <ul>
 * <li>Who must declare: the mediator holding a case in mediation who has declared nothing on it yet, whether the
 * case came by pelimpahan or by hand-over.</li>
 * <li>What is refused until then: everything the mediator would do in the case (sessions, klarifikasi, anjuran,
 * PB, messages, representatives, closing steps); only the declaration itself, and reading the facts and
 * parties, is open: the mediator must know who the parties are to judge.</li>
 * <li>Who may be assigned: nobody who declared a conflict on the case, by pelimpahan or hand-over, ever again.</li>
 * <li>A conflict found later: the mediator who declared none may still declare a conflict while holding the case;
 * it releases the case as a conflict declared at once does.</li>
 * </ul>
 */
public final class MediatorDeclarations {

    /** The fields of the declaration form, where refusals are shown. */
    public static final String NO_CONFLICT = "noConflict";
    public static final String REASON = "conflictReason";
    /** The reason field of the form for a conflict found after declaring none. */
    public static final String LATER_REASON = "laterConflictReason";

    private MediatorDeclarations() {
    }

    /** The declaration {@code mediator} made on the case, if any (the first: a declaration is never changed). */
    public static Optional<ConflictDeclaration> of(String mediator, Collection<ConflictDeclaration> declarations) {
        return mediator == null ? Optional.empty()
                : declarations.stream().filter(d -> d.getMediator().equals(mediator)).findFirst();
    }

    /** Whether the mediator holding the case has yet to declare. */
    public static boolean mustDeclare(CaseStage stage, String assignedMediator, Collection<ConflictDeclaration> declarations) {
        return stage.isInMediation() && assignedMediator != null && of(assignedMediator, declarations).isEmpty();
    }

    /**
     * Refuses any work of {@code actor} on the case while they hold it undeclared; others (the head of section,
     * registrars) are not concerned by the mediator's declaration.
     */
    public static void requireDeclared(CaseStage stage, String assignedMediator, String actor,
            Collection<ConflictDeclaration> declarations) {
        if (actor != null && actor.equals(assignedMediator) && mustDeclare(stage, assignedMediator, declarations)) {
            throw new BusinessException(ErrorKeys.DECLARATION_FIRST);
        }
    }

    /** The mediators who declared a conflict on the case: never offered, never assigned to it. */
    public static Set<String> conflicted(Collection<ConflictDeclaration> declarations) {
        return declarations.stream().filter(ConflictDeclaration::isConflict).map(ConflictDeclaration::getMediator)
                .collect(Collectors.toUnmodifiableSet());
    }

    public static boolean mayBeAssigned(String mediator, Collection<ConflictDeclaration> declarations) {
        return mediator != null && !conflicted(declarations).contains(mediator.strip());
    }

    /**
     * The form's problems: no conflict needs the statement ticked; a conflict needs its reason (and nothing
     * longer than the column).
     */
    public static Map<String, String> problems(boolean conflict, boolean statementTicked, String reason) {
        return problems(conflict, statementTicked, reason, REASON);
    }

    /** The same, the reason's problem shown beside {@code reasonField}. */
    static Map<String, String> problems(boolean conflict, boolean statementTicked, String reason, String reasonField) {
        Texts texts = new Texts();
        if (conflict) {
            texts.required(reasonField, reason, Limits.SHORT_TEXT);
        } else {
            texts.check(statementTicked, NO_CONFLICT, ErrorKeys.REQUIRED);
        }
        return texts.problems();
    }
}
