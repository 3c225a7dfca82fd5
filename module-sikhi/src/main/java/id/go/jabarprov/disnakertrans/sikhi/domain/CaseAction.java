package id.go.jabarprov.disnakertrans.sikhi.domain;

/**
 * What can happen to a dispute case. Which action is legal in which stage is decided by
 * {@link CaseLifecycle}; who may take it is the services' concern.
 *
 * <p>Actions that need more than a note (a number, a name, a text, a party) are marked
 * {@link #needsDetails()}: {@link DisputeCase} offers a dedicated method for each, and its generic
 * {@link DisputeCase#apply} refuses them, so a page cannot skip the data the step records.
 */
public enum CaseAction {

    /** A party files the draft. */
    SUBMIT(false),
    /** Staff return an incomplete file with the missing items. */
    RETURN_INCOMPLETE(true),
    /** The party files the completed case again. */
    RESUBMIT(false),
    /** The 7 HK to complete a returned file ran out: the case is deemed withdrawn. */
    RETURN_LAPSED(false),
    /** Staff register the case and issue its registration number. */
    REGISTER(true),
    /** The kab/kota hands the case to the province (several kab/kota, no mediator, delegation). */
    DELEGATE_TO_PROVINCE(true),
    /** The province hands a delegated case back to the kab/kota. */
    SEND_BACK_TO_KABKOTA(false),
    /** The dispute spans provinces: the ministry handles it and the case leaves the system. */
    DELEGATE_TO_MINISTRY(true),
    /** Staff offer the parties conciliation or arbitration (not for a hak dispute). */
    OFFER_FORUM(false),
    /** The parties chose conciliation: recorded, and the case is closed as transferred. */
    CHOOSE_CONCILIATION(true),
    /** The parties chose arbitration: recorded, and the case is closed as transferred. */
    CHOOSE_ARBITRATION(true),
    /** The parties declined conciliation and arbitration before the 7 HK ran out. */
    CHOOSE_MEDIATION(false),
    /** The parties chose nothing in 7 HK: the case goes to mediation (UU 2/2004 art. 4(4)). */
    FORUM_LAPSED(false),
    /** Pelimpahan: the head of section assigns a mediator. */
    ASSIGN_MEDIATOR(true),
    /**
     * The mediator declared a conflict of interest before doing anything in the case: it goes back to the head of
     * section to assign another mediator ({@link DisputeCase#declareConflict}).
     */
    RELEASE_MEDIATOR(true),
    /** The mediator starts klarifikasi, asking a party (or all) questions by a due day; the 30-HK clock pauses. */
    START_KLARIFIKASI(true),
    /** Klarifikasi ends with what was received; the clock runs again. */
    END_KLARIFIKASI(true),
    /** A session (sidang) was held and its risalah written. */
    RECORD_SESSION(true),
    /** The parties agreed in session: the mediator drafts the Perjanjian Bersama. */
    DRAFT_PB(true),
    /** An agreement reached in session fell apart before every party accepted the PB: mediation continues. */
    ABANDON_PB(false),
    /** No agreement: the mediator issues the written recommendation. */
    ISSUE_ANJURAN(true),
    /** One party answers the anjuran (accepts or rejects). */
    ANSWER_ANJURAN(true),
    /** Every answer is in or lapsed: accepted by all gives a PB, otherwise risalah penyelesaian. */
    ANSWERS_COMPLETE(false),
    /** One party accepts the PB draft (its exact text, by hash). */
    ACCEPT_PB(true),
    /** Proof of the PB's registration at the PHI is in: the case is settled. */
    REGISTER_PB_AT_PHI(true),
    /** The filing party withdraws the case. */
    WITHDRAW(false),
    /** No genuine bipartite negotiation: the parties must negotiate first. */
    SEND_BACK_TO_BIPARTITE(false);

    private final boolean needsDetails;

    CaseAction(boolean needsDetails) {
        this.needsDetails = needsDetails;
    }

    /** Whether the action records data beyond a note and so has its own method on {@link DisputeCase}. */
    public boolean needsDetails() {
        return needsDetails;
    }

    /** The bundle key of the action's label (buttons, the trail). */
    public String key() {
        return "sikhi.action." + name();
    }
}
