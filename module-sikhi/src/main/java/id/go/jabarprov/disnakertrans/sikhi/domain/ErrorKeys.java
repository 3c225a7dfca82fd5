package id.go.jabarprov.disnakertrans.sikhi.domain;

/** Every bundle key the domain refuses with, in one place so the bundles can be checked against it. */
public final class ErrorKeys {

    public static final String ILLEGAL_TRANSITION = "sikhi.error.illegalTransition";
    public static final String CASE_CLOSED = "sikhi.error.caseClosed";
    public static final String CONCILIATION_NOT_ALLOWED = "sikhi.error.conciliationNotAllowed";
    public static final String ARBITRATION_NOT_ALLOWED = "sikhi.error.arbitrationNotAllowed";
    /** A hak dispute has no forum to offer: it goes straight to mediation. */
    public static final String FORUM_NOT_AVAILABLE = "sikhi.error.forumNotAvailable";
    /** The office must offer conciliation/arbitration before mediating a non-hak dispute. */
    public static final String FORUM_NOT_OFFERED = "sikhi.error.forumNotOffered";
    public static final String NOT_REGISTERED = "sikhi.error.notRegistered";
    public static final String NO_SESSION_HELD = "sikhi.error.noSessionHeld";
    public static final String KLARIFIKASI_IN_PROGRESS = "sikhi.error.klarifikasiInProgress";
    public static final String FORUM_CHOICE_OPEN = "sikhi.error.forumChoiceOpen";
    public static final String COMPLETION_PERIOD_OPEN = "sikhi.error.completionPeriodOpen";
    public static final String ANSWERS_PENDING = "sikhi.error.answersPending";
    public static final String PB_NOT_ACCEPTED = "sikhi.error.pbNotAccepted";
    public static final String ANJURAN_ALREADY_ISSUED = "sikhi.error.anjuranAlreadyIssued";

    public static final String REQUIRED = "sikhi.validation.required";
    public static final String TOO_LONG = "sikhi.validation.tooLong";
    public static final String NIB_FORMAT = "sikhi.validation.nib";
    public static final String NOT_EDITABLE = "sikhi.error.notEditable";
    public static final String PARTIES_MISSING = "sikhi.error.partiesMissing";
    public static final String PARTY_ADDRESS_MISSING = "sikhi.error.partyAddressMissing";
    public static final String DATE_OUT_OF_RANGE = "sikhi.validation.dateOutOfRange";
    public static final String KABKOTA_FORMAT = "sikhi.validation.kabKota";
    public static final String WRONG_DOCUMENT_KIND = "sikhi.error.wrongDocumentKind";
    public static final String NOT_A_PARTY = "sikhi.error.notAParty";
    public static final String NO_MEDIATOR = "sikhi.error.noMediator";
    public static final String ALREADY_REGISTERED = "sikhi.error.alreadyRegistered";
    public static final String SESSION_HELD = "sikhi.error.sessionHeld";
    public static final String SESSION_IN_PAST = "sikhi.error.sessionInPast";
    public static final String SESSION_UNCHANGED = "sikhi.error.sessionUnchanged";
    public static final String NOT_IN_MEDIATION = "sikhi.error.notInMediation";
    public static final String SURAT_KUASA_MISSING = "sikhi.error.suratKuasaMissing";
    public static final String SESSION_NOT_HELD = "sikhi.error.sessionNotHeld";
    public static final String RISALAH_CONFIRMED = "sikhi.error.risalahConfirmed";
    public static final String ALREADY_CONFIRMED = "sikhi.error.alreadyConfirmed";
    public static final String ALREADY_ANSWERED = "sikhi.error.alreadyAnswered";
    public static final String ANSWER_LAPSED = "sikhi.error.answerLapsed";
    public static final String PB_CHANGED = "sikhi.error.pbChanged";
    public static final String PB_MISSING = "sikhi.error.pbMissing";
    public static final String ALREADY_ACCEPTED = "sikhi.error.alreadyAccepted";
    public static final String PHI_PROOF_MISSING = "sikhi.error.phiProofMissing";
    public static final String NOT_ANSWERED = "sikhi.error.notAnswered";
    public static final String NOT_ANONYMISED = "sikhi.error.notAnonymised";
    public static final String REQUEST_DECIDED = "sikhi.error.requestDecided";
    public static final String ANSWER_DUE_IN_PAST = "sikhi.error.answerDueInPast";
    public static final String ANSWER_DUE_NOT_WORKING_DAY = "sikhi.error.answerDueNotWorkingDay";
    public static final String FORUM_ALREADY_CHOSEN = "sikhi.error.forumAlreadyChosen";
    /** An answer to a Klarifikasi the mediator already ended. */
    public static final String KLARIFIKASI_ENDED = "sikhi.error.klarifikasiEnded";
    /** A change or a record of a forum choice after the forum was decided (a stale page). */
    public static final String FORUM_DECIDED = "sikhi.error.forumDecided";
    /** A change to the party's current choice. */
    public static final String FORUM_UNCHANGED = "sikhi.error.forumUnchanged";
    /** A change by a party that has not chosen yet. */
    public static final String FORUM_NOT_CHOSEN = "sikhi.error.forumNotChosen";
    /** The office may not overwrite what a party chose online itself. */
    public static final String FORUM_CHOSEN_ONLINE = "sikhi.error.forumChosenOnline";
    /** The office records a choice only from the party's signed written statement, uploaded with it. */
    public static final String FORUM_STATEMENT_MISSING = "sikhi.error.forumStatementMissing";

    // the mediator's conflict-of-interest declaration and the refusal of a representative
    public static final String DECLARATION_FIRST = "sikhi.error.declarationFirst";
    public static final String ALREADY_DECLARED = "sikhi.error.alreadyDeclared";
    public static final String MEDIATOR_CONFLICTED = "sikhi.error.mediatorConflicted";
    public static final String NOT_REPRESENTED = "sikhi.error.notRepresented";
    public static final String REFUSAL_OPEN = "sikhi.error.refusalOpen";
    public static final String NO_REFUSAL = "sikhi.error.noRefusal";
    public static final String NO_NEW_SURAT_KUASA = "sikhi.error.noNewSuratKuasa";
    /** The mediator may not record a written answer over one the party gave online. */
    public static final String ANJURAN_ANSWERED_ONLINE = "sikhi.error.anjuranAnsweredOnline";
    /** The party's answer was already recorded from its letter. */
    public static final String ANJURAN_ANSWER_RECORDED = "sikhi.error.anjuranAnswerRecorded";
    /** The party already accepted (or signed) the current PB text. */
    public static final String PB_ALREADY_SIGNED = "sikhi.error.pbAlreadySigned";
    /** A written answer is recorded only with the party's signed letter, uploaded with it. */
    public static final String ANSWER_LETTER_MISSING = "sikhi.error.answerLetterMissing";
    /** A later receipt or a paper signature is recorded only for a party without a portal account. */
    public static final String PARTY_HAS_ACCOUNT = "sikhi.error.partyHasAccount";
    /** A paper signature is recorded only with the signed PB, uploaded with it. */
    public static final String SIGNED_PB_MISSING = "sikhi.error.signedPbMissing";

    private ErrorKeys() {
    }
}
