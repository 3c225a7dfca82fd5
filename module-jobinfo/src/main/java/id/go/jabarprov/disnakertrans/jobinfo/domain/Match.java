package id.go.jabarprov.disnakertrans.jobinfo.domain;

import java.util.List;

/**
 * One result of matching: a seeker for a vacancy, or a vacancy for a seeker, with every criterion explained.
 * An ineligible result keeps its score so the officer sees how close it came and why it fell short.
 *
 * @param id       the candidate's id, or the vacancy's when ranking vacancies for a seeker
 * @param score    0 to 100, see {@link MatchScorer}
 * @param eligible false when a hard requirement (age, sex) is not met
 * @param reasons  one per {@link MatchReason.Criterion}, in the enum's order
 */
public record Match(String id, int score, boolean eligible, List<MatchReason> reasons) {

    public Match {
        if (id == null) {
            throw new IllegalArgumentException("Match without id");
        }
        if (score < 0 || score > MatchScorer.MAX_SCORE) {
            throw new IllegalArgumentException("Score out of range: " + score);
        }
        reasons = List.copyOf(reasons);
    }

    /** The explanation of one criterion. */
    public MatchReason reason(MatchReason.Criterion criterion) {
        for (MatchReason reason : reasons) {
            if (reason.criterion() == criterion) {
                return reason;
            }
        }
        throw new IllegalArgumentException("No reason for " + criterion);
    }

    /** A copy naming another result, so both directions of matching share one scoring. */
    Match withId(String otherId) {
        return new Match(otherId, score, eligible, reasons);
    }
}
