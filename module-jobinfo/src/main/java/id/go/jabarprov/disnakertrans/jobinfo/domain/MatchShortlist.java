package id.go.jabarprov.disnakertrans.jobinfo.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The best seekers for a vacancy, exactly as {@link MatchScorer#rank} lists them from every seeker with a choice in
 * the vacancy's KBJI sub-major group, while reading little: at province scale a common group holds tens of
 * thousands of seekers of one kab/kota, and their skills are the costliest part to read.
 *
 * <p>Seekers arrive by occupation level, closest first, without skills; each is scored as if it held none, which
 * leaves at most {@link MatchScorer#SKILLS} points unknown. Skills are then read, best bound first and a batch at
 * a time, only while a seeker could still enter the list: once the list is full, a seeker whose bound ranks after
 * its last entry cannot, nor can any after it. A further level is read only if its ceiling (every other criterion
 * met) could still enter.
 */
public final class MatchShortlist {

    /** Seekers whose skills are read at once: one query's worth, several times the usual list. */
    static final int BATCH = 250;

    private static final OccupationMatch[] LEVELS = {
        OccupationMatch.SAME_UNIT_GROUP, OccupationMatch.SAME_MINOR_GROUP, OccupationMatch.SAME_SUB_MAJOR_GROUP};

    /** Where the seekers come from. */
    public interface Source {

        /**
         * The seekers with a choice at exactly this level of the vacancy's occupation, without skills; their
         * preferred occupations may be only the choices at this level, in the seeker's order (all that the score
         * and its explanation use). A seeker listed at a closer level may be listed again; it is ignored.
         */
        List<Candidate> at(OccupationMatch level);

        /** The same seekers with their skills, in any order. */
        List<Candidate> complete(List<Candidate> seekers);
    }

    /**
     * @param matches  at most the limit, in {@link MatchScorer#RANKING} order
     * @param compared how many seekers were scored (with or without their skills)
     * @param completed how many of them had their skills read
     */
    public record Result(List<Match> matches, int compared, int completed) {
    }

    private final MatchCriteria vacancy;
    private final Source source;
    private final int limit;
    private final int batch;
    private final Skills required;
    private final TreeSet<Match> best = new TreeSet<>(MatchScorer.RANKING);
    private final Set<String> seen = new HashSet<>();
    private int compared;
    private int completed;

    private MatchShortlist(MatchCriteria vacancy, Source source, int limit, int batch) {
        this.vacancy = vacancy;
        this.source = source;
        this.limit = limit;
        this.batch = batch;
        this.required = Skills.required(vacancy.skills());
    }

    public static Result rank(MatchCriteria vacancy, Source source, int limit) {
        return rank(vacancy, source, limit, BATCH);
    }

    /** With batches of another size, so that tests reach every boundary between batches with few seekers. */
    static Result rank(MatchCriteria vacancy, Source source, int limit, int batch) {
        if (limit < 0) {
            throw new IllegalArgumentException("Negative limit: " + limit);
        }
        MatchShortlist list = new MatchShortlist(vacancy, source, limit, batch);
        for (OccupationMatch level : LEVELS) {
            if (limit == 0 || list.closed(true, MatchScorer.ceiling(level), null)) {
                break;
            }
            list.add(source.at(level));
        }
        return new Result(List.copyOf(list.best), list.compared, list.completed);
    }

    private void add(List<Candidate> level) {
        List<Bound> bounds = new ArrayList<>(level.size());
        for (Candidate seeker : level) {
            if (seen.add(seeker.id())) {
                bounds.add(bound(seeker));
            }
        }
        compared += bounds.size();
        bounds.sort(Bound.ORDER);
        for (int from = 0; from < bounds.size(); from += batch) {
            Bound first = bounds.get(from);
            if (closed(first.eligible, first.score, first.seeker.id())) {
                return;
            }
            List<Candidate> next = bounds.subList(from, Math.min(bounds.size(), from + batch)).stream().map(Bound::seeker).toList();
            List<Candidate> full = source.complete(next);
            completed += full.size();
            for (Candidate seeker : full) {
                offer(MatchScorer.score(vacancy, seeker));
            }
        }
    }

    /** The best score the seeker could reach: as scored without skills, plus every skill point. */
    private Bound bound(Candidate seeker) {
        Candidate withoutSkills = new Candidate(seeker.id(), seeker.preferredOccupations(), seeker.educationCode(),
                seeker.domicileKabKota(), seeker.preferredKabKota(), List.of(), seeker.birthDate(), seeker.sex());
        Match partial = MatchScorer.score(vacancy, withoutSkills);
        int unknown = required.size() == 0 ? 0 : MatchScorer.SKILLS;
        return new Bound(seeker, partial.eligible(), partial.score() + unknown);
    }

    private void offer(Match match) {
        best.add(match);
        if (best.size() > limit) {
            best.pollLast();
        }
    }

    /**
     * Whether a result that is at best this (eligible, score, id) can no longer enter the full list; a null id
     * stands for any seeker, so only a lower score or eligibility closes the list to it.
     */
    private boolean closed(boolean eligible, int score, String id) {
        if (best.size() < limit) {
            return false;
        }
        Match last = best.last();
        if (eligible != last.eligible()) {
            return last.eligible();
        }
        if (score != last.score()) {
            return score < last.score();
        }
        return id != null && id.compareTo(last.id()) > 0;
    }

    private record Bound(Candidate seeker, boolean eligible, int score) {

        /** {@link MatchScorer#RANKING} on the bounds: everything after a closed bound is closed too. */
        static final Comparator<Bound> ORDER = Comparator.comparing((Bound b) -> !b.eligible)
                .thenComparing(Comparator.comparingInt(Bound::score).reversed())
                .thenComparing(b -> b.seeker.id());
    }
}
