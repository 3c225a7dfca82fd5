package id.go.jabarprov.disnakertrans.sikhi.domain;

import java.util.Objects;

/**
 * What {@link CaseLifecycle} needs to know about a case besides its stage. {@link DisputeCase#facts}
 * builds it from the case and the working-day clock; tests and pages can build it directly.
 *
 * @param type               the dispute type (forums open to it)
 * @param sessionHeld        at least one sidang was held (where klarifikasi returns to)
 * @param anjuranIssued      an anjuran was issued (a PB born from it cannot be abandoned for more sessions)
 * @param forumChoiceLapsed  the 7 HK to choose conciliation or arbitration are over
 * @param completionLapsed   the 7 HK to complete a returned file are over
 * @param anjuranOutcome     where the answers to the anjuran stand
 * @param pbAcceptedByAll    every party accepted the current PB text
 */
public record CaseFacts(DisputeType type, boolean sessionHeld, boolean anjuranIssued, boolean forumChoiceLapsed,
        boolean completionLapsed, AnjuranOutcome anjuranOutcome, boolean pbAcceptedByAll) {

    public CaseFacts {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(anjuranOutcome, "anjuranOutcome");
    }

    /** A case of this type where nothing time- or answer-dependent has happened yet. */
    public static CaseFacts of(DisputeType type) {
        return new CaseFacts(type, false, false, false, false, AnjuranOutcome.PENDING, false);
    }

    public CaseFacts withSessionHeld(boolean value) {
        return new CaseFacts(type, value, anjuranIssued, forumChoiceLapsed, completionLapsed, anjuranOutcome, pbAcceptedByAll);
    }

    public CaseFacts withAnjuranIssued(boolean value) {
        return new CaseFacts(type, sessionHeld, value, forumChoiceLapsed, completionLapsed, anjuranOutcome, pbAcceptedByAll);
    }

    public CaseFacts withForumChoiceLapsed(boolean value) {
        return new CaseFacts(type, sessionHeld, anjuranIssued, value, completionLapsed, anjuranOutcome, pbAcceptedByAll);
    }

    public CaseFacts withCompletionLapsed(boolean value) {
        return new CaseFacts(type, sessionHeld, anjuranIssued, forumChoiceLapsed, value, anjuranOutcome, pbAcceptedByAll);
    }

    public CaseFacts withAnjuranOutcome(AnjuranOutcome value) {
        return new CaseFacts(type, sessionHeld, anjuranIssued, forumChoiceLapsed, completionLapsed, value, pbAcceptedByAll);
    }

    public CaseFacts withPbAcceptedByAll(boolean value) {
        return new CaseFacts(type, sessionHeld, anjuranIssued, forumChoiceLapsed, completionLapsed, anjuranOutcome, value);
    }
}
