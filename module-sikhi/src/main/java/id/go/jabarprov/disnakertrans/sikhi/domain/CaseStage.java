package id.go.jabarprov.disnakertrans.sikhi.domain;

/**
 * Where a dispute case stands. The names follow the life cycle of DOMAIN.md with two deliberate
 * differences:
 * <ul>
 * <li>No {@code VERIFYING} stage. Checking a filed case is something an officer does, not a state the
 * case waits in: {@link #SUBMITTED} already is the registration queue, and the officer's decision is
 * {@link CaseAction#RETURN_INCOMPLETE} or {@link CaseAction#REGISTER}. A separate stage would need a
 * "release" action for the officer who opens a case and then leaves, and would strand cases; two
 * officers deciding the same case at once are stopped by the case's optimistic lock instead.</li>
 * <li>{@link #AWAITING_MEDIATOR} was added: once the parties chose mediation, or let the 7 HK forum choice
 * lapse, the case waits for the head of section to assign (limpahkan) a mediator. Without it the
 * assignment queue would have to be computed from the forum offer and its deadline.</li>
 * </ul>
 */
public enum CaseStage {

    /** Being written by a party; not yet filed, invisible to staff. */
    DRAFT,
    /** Filed online, waiting for registration staff to check it against the checklist. */
    SUBMITTED,
    /** Incomplete: returned to the party, who has 7 HK to complete it (UU 2/2004 art. 4(2)). */
    RETURNED,
    /** Registered (pencatatan), registration number issued; jurisdiction to be settled. */
    REGISTERED,
    /** Handed to the province (Permenaker 17/2014 art. 12), which continues it or sends it back. */
    DELEGATED_TO_PROVINCE,
    /** The parties were offered conciliation or arbitration; they have 7 HK to choose (art. 4(3)-(4)). */
    FORUM_OFFERED,
    /** Closed here: the parties chose a conciliator or an arbitrator outside the office, or it went to the ministry. */
    TRANSFERRED,
    /** Going to mediation; waiting for the head of section to assign a mediator. */
    AWAITING_MEDIATOR,
    /** Pelimpahan: a mediator holds the case and must hold the first session within 7 HK. */
    MEDIATOR_ASSIGNED,
    /** The mediator is clarifying the case; the 30-HK mediation clock is paused. */
    KLARIFIKASI,
    /** At least one session (sidang) has been held and minuted. */
    IN_SESSION,
    /** The written recommendation (anjuran tertulis) was issued; each party answers within 10 HK. */
    ANJURAN_ISSUED,
    /** A Perjanjian Bersama is drafted: waiting for every party's acceptance and the proof of its PHI registration. */
    PB_DRAFTED,
    /** Settled by a Perjanjian Bersama registered at the PHI. */
    CLOSED_AGREED,
    /** The anjuran was rejected (or not answered): risalah penyelesaian issued; a party may sue at the PHI. */
    CLOSED_ANJURAN,
    /** Withdrawn by the filing party, or deemed withdrawn when a returned file was not completed in time. */
    WITHDRAWN,
    /** No genuine bipartite negotiation took place: the parties must negotiate first. */
    SENT_BACK_TO_BIPARTITE;

    /** The stages where nothing is left to do (closed) or nothing has started (a draft): no deadline runs. */
    public static java.util.Set<CaseStage> notRunning() {
        java.util.Set<CaseStage> stages = java.util.EnumSet.of(DRAFT);
        for (CaseStage stage : values()) {
            if (stage.isClosed()) {
                stages.add(stage);
            }
        }
        return stages;
    }

    /** Whether the case is finished here: no action is accepted any more. */
    public boolean isClosed() {
        return switch (this) {
            case TRANSFERRED, CLOSED_AGREED, CLOSED_ANJURAN, WITHDRAWN, SENT_BACK_TO_BIPARTITE -> true;
            default -> false;
        };
    }

    /** Whether a mediator holds the case, i.e. the 30-HK mediation clock runs (or is paused). */
    public boolean isInMediation() {
        return switch (this) {
            case MEDIATOR_ASSIGNED, KLARIFIKASI, IN_SESSION, ANJURAN_ISSUED, PB_DRAFTED -> true;
            default -> false;
        };
    }

    /** The bundle key of the stage's name. */
    public String key() {
        return "sikhi.stage." + name();
    }
}
