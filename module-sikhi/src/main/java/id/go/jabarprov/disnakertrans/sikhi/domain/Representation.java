package id.go.jabarprov.disnakertrans.sikhi.domain;

import java.util.Collection;
import java.util.Optional;

/**
 * Who acts through a representative, and when the mediator may refuse and accept one (DOMAIN.md: the mediator
 * "may refuse a representative without a surat kuasa khusus"). Pure.
 *
 * <p>A party acts through a representative when one is recorded on it ({@link CaseParty#hasRepresentative()}),
 * or when the case was filed by a representative ({@link DisputeCase#isRepresented()}: the filing account is the
 * kuasa of the party it filed for, and filing demanded the surat kuasa). The mediator refuses only while holding
 * the case in mediation, with a reason; accepts again only once a new surat kuasa came after the refusal.
 */
public final class Representation {

    public static final String REASON = "refusalReason";

    private Representation() {
    }

    public static boolean actsThroughRepresentative(boolean caseFiledByRepresentative, String filedBy, CaseParty party) {
        return party.hasRepresentative() || (caseFiledByRepresentative && filedBy != null && filedBy.equals(party.getUsername()));
    }

    /** The refusal still open for the party, if any. */
    public static Optional<RepresentativeRefusal> openRefusal(String partyId, Collection<RepresentativeRefusal> refusals) {
        return refusals.stream().filter(r -> r.getPartyId().equals(partyId) && r.isOpen()).findFirst();
    }

    /** Why the mediator may not refuse now (a bundle key), or null. */
    public static String refusalProblem(CaseStage stage, boolean represented, boolean alreadyRefused) {
        if (!stage.isInMediation()) {
            return ErrorKeys.NO_MEDIATOR;
        }
        if (!represented) {
            return ErrorKeys.NOT_REPRESENTED;
        }
        return alreadyRefused ? ErrorKeys.REFUSAL_OPEN : null;
    }

    /** Why the mediator may not accept the representative again (a bundle key), or null. */
    public static String acceptanceProblem(CaseStage stage, Optional<RepresentativeRefusal> open) {
        if (!stage.isInMediation()) {
            return ErrorKeys.NO_MEDIATOR;
        }
        if (open.isEmpty()) {
            return ErrorKeys.NO_REFUSAL;
        }
        return open.get().hasNewSuratKuasa() ? null : ErrorKeys.NO_NEW_SURAT_KUASA;
    }
}
