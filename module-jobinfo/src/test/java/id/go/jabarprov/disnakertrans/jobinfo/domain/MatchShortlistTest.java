package id.go.jabarprov.disnakertrans.jobinfo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The shortlist must give exactly what {@link MatchScorer#rank} gives over every seeker of the sub-major group with
 * all their choices and skills; the source below serves seekers as SeekerCandidates does (by level, only the
 * choices at that level, skills only when asked).
 */
class MatchShortlistTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);
    static final String[] EDUCATION = {"SD", "SMP", "SMA", "SMK", "D3", "S1"};
    static final String[] SKILLS = {"menjahit", "obras", "las listrik", "las", "mengemudi", "excel", "gudang", "kasir"};
    /** Codes near 7533 at every level, and one in another sub-major group. */
    static final String[] CODES = {"7533", "7533", "7531", "7532", "7512", "7522", "7549", "8153"};

    @Test
    void sameTopAsScoringEveryoneWithAllChoicesAndSkills() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            List<Candidate> seekers = seekers(random, 1 + random.nextInt(400));
            MatchCriteria vacancy = vacancy(random);
            int limit = random.nextInt(4) == 0 ? 1 + random.nextInt(5) : random.nextInt(4) == 0 ? 50 : 3 + random.nextInt(20);
            List<Candidate> inGroup = seekers.stream().filter(s -> s.preferredOccupations().stream()
                    .anyMatch(c -> c.startsWith("75"))).toList();
            List<Match> expected = MatchScorer.rank(vacancy, inGroup, limit);
            int batch = round % 3 == 0 ? MatchShortlist.BATCH : 1 + random.nextInt(7);
            MatchShortlist.Result result = MatchShortlist.rank(vacancy, new Served(vacancy, seekers), limit, batch);
            assertEquals(expected, result.matches(), "round " + round + ", batches of " + batch);
        }
    }

    @Test
    void readsSkillsOnlyOfSeekersWhoCouldEnter() {
        List<Candidate> seekers = seekers(new Random(7), 5000);
        // a skill a sixth of them hold: the unit group alone has far more than 50 seekers who meet everything
        MatchCriteria vacancy = new MatchCriteria("7533", "SMP", "32.73", List.of("menjahit"), null, null, null, AS_OF);
        Served source = new Served(vacancy, seekers);
        MatchShortlist.Result result = MatchShortlist.rank(vacancy, source, 50);
        assertEquals(MatchScorer.rank(vacancy, seekers.stream().filter(s -> s.preferredOccupations().stream()
                .anyMatch(c -> c.startsWith("75"))).toList(), 50), result.matches());
        assertTrue(result.compared() > 1000, result.compared() + " compared");
        assertTrue(result.completed() <= 2 * MatchShortlist.BATCH, result.completed() + " of " + result.compared() + " read whole");
        assertEquals(source.completed, result.completed());
        assertFalse(source.asked.contains(OccupationMatch.SAME_SUB_MAJOR_GROUP), "a full list of the unit group's best closes the rest");
    }

    @Test
    void aSeekerListedAtTwoLevelsCountsOnceAtTheCloser() {
        MatchCriteria vacancy = new MatchCriteria("7533", null, "32.73", List.of(), null, null, null, AS_OF);
        Candidate both = new Candidate("both", List.of("7512", "7533", "7531"), "SMK", "32.73", List.of(), List.of(),
                LocalDate.of(2000, 1, 1), "MALE");
        MatchShortlist.Result result = MatchShortlist.rank(vacancy, new Served(vacancy, List.of(both)), 50);
        assertEquals(List.of(MatchScorer.score(vacancy, both)), result.matches());
        assertEquals(1, result.compared());
    }

    @Test
    void aSeekerWhoseBoundTiesTheLastIsReadWhenItsIdComesFirst() {
        MatchCriteria vacancy = new MatchCriteria("7533", "SMP", "32.73", List.of("menjahit", "obras", "pola", "bordir"), null,
                null, null, AS_OF);
        // c: everything but 3 of the 4 skills, 85 of a bound of 100; b: no education but every skill, 85 of 85
        Candidate c = new Candidate("c", List.of("7533"), "SMK", "32.73", List.of(), List.of("obras"),
                LocalDate.of(2000, 1, 1), "MALE");
        Candidate b = new Candidate("b", List.of("7533"), "SD", "32.73", List.of(), List.of("menjahit, obras, pola, bordir"),
                LocalDate.of(2000, 1, 1), "MALE");
        MatchShortlist.Result result = MatchShortlist.rank(vacancy, new Served(vacancy, List.of(c, b)), 1, 1);
        assertEquals(85, result.matches().get(0).score());
        assertEquals(List.of("b"), result.matches().stream().map(Match::id).toList());
    }

    @Test
    void aFartherLevelIsReadWhenItsCeilingTiesTheLast() {
        MatchCriteria vacancy = new MatchCriteria("7533", "SMP", "32.73", List.of(), null, null, null, AS_OF);
        // b: the unit group without the education, 85; a: the minor group and everything else, 85 too
        Candidate b = new Candidate("b", List.of("7533"), "SD", "32.73", List.of(), List.of(), LocalDate.of(2000, 1, 1), "MALE");
        Candidate a = new Candidate("a", List.of("7531"), "SMK", "32.73", List.of(), List.of(), LocalDate.of(2000, 1, 1), "MALE");
        MatchShortlist.Result result = MatchShortlist.rank(vacancy, new Served(vacancy, List.of(b, a)), 1);
        assertEquals(List.of("a"), result.matches().stream().map(Match::id).toList());
    }

    @Test
    void fillsWithIneligibleSeekersWhenTooFewAreEligible() {
        MatchCriteria vacancy = new MatchCriteria("7533", null, "32.73", List.of("obras"), null, null, "FEMALE", AS_OF);
        Candidate man = new Candidate("man", List.of("7533"), "SMK", "32.73", List.of(), List.of("obras"),
                LocalDate.of(2000, 1, 1), "MALE");
        Candidate woman = new Candidate("woman", List.of("7549"), "SD", "32.73", List.of(), List.of(),
                LocalDate.of(2000, 1, 1), "FEMALE");
        MatchShortlist.Result result = MatchShortlist.rank(vacancy, new Served(vacancy, List.of(man, woman)), 50);
        assertEquals(List.of("woman", "man"), result.matches().stream().map(Match::id).toList());
    }

    @Test
    void limits() {
        MatchCriteria vacancy = new MatchCriteria("7533", null, "32.73", List.of(), null, null, null, AS_OF);
        Served source = new Served(vacancy, seekers(new Random(1), 20));
        assertEquals(List.of(), MatchShortlist.rank(vacancy, source, 0).matches());
        assertTrue(source.asked.isEmpty());
        assertThrows(IllegalArgumentException.class, () -> MatchShortlist.rank(vacancy, source, -1));
    }

    static List<Candidate> seekers(Random random, int count) {
        List<Candidate> seekers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<String> codes = new ArrayList<>();
            int choices = 1 + random.nextInt(3);
            while (codes.size() < choices) {
                String code = CODES[random.nextInt(CODES.length)];
                if (!codes.contains(code)) {
                    codes.add(code);
                }
            }
            List<String> skills = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                skills.add(SKILLS[random.nextInt(SKILLS.length)]);
            }
            // few distinct ids' lengths and many equal scores, so ties are decided by the id as often as can be
            String id = Integer.toString(random.nextInt(1_000_000), 36) + "-" + i;
            seekers.add(new Candidate(id, codes, EDUCATION[random.nextInt(EDUCATION.length)], "32.73", List.of(), skills,
                    LocalDate.of(1975 + random.nextInt(33), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    random.nextBoolean() ? Candidate.MALE : Candidate.FEMALE));
        }
        return seekers;
    }

    static MatchCriteria vacancy(Random random) {
        List<String> skills = new ArrayList<>();
        for (int k = random.nextInt(4); k > 0; k--) {
            skills.add(SKILLS[random.nextInt(SKILLS.length)]);
        }
        Integer min = random.nextBoolean() ? null : 18 + random.nextInt(10);
        Integer max = random.nextBoolean() ? null : 30 + random.nextInt(20);
        String sex = new String[] {null, "ANY", "MALE", "FEMALE"}[random.nextInt(4)];
        String education = random.nextBoolean() ? null : EDUCATION[random.nextInt(EDUCATION.length)];
        return new MatchCriteria(CODES[random.nextInt(CODES.length - 1)], education, "32.73", skills, min, max, sex, AS_OF);
    }

    /** Seekers as the database serves them: by level, with only that level's choices, skills on request. */
    static final class Served implements MatchShortlist.Source {

        final MatchCriteria vacancy;
        final List<Candidate> seekers;
        final List<OccupationMatch> asked = new ArrayList<>();
        int completed;

        Served(MatchCriteria vacancy, List<Candidate> seekers) {
            this.vacancy = vacancy;
            this.seekers = seekers;
        }

        @Override
        public List<Candidate> at(OccupationMatch level) {
            asked.add(level);
            List<Candidate> out = new ArrayList<>();
            for (Candidate s : seekers) {
                List<String> atLevel = s.preferredOccupations().stream()
                        .filter(c -> OccupationMatch.of(vacancy.occupationCode(), c) == level).toList();
                if (!atLevel.isEmpty()) {
                    out.add(new Candidate(s.id(), atLevel, s.educationCode(), s.domicileKabKota(), List.of(), List.of(),
                            s.birthDate(), s.sex()));
                }
            }
            return out;
        }

        @Override
        public List<Candidate> complete(List<Candidate> partial) {
            completed += partial.size();
            List<Candidate> out = new ArrayList<>();
            for (Candidate p : partial) {
                Candidate s = seekers.stream().filter(c -> c.id().equals(p.id())).findFirst().orElseThrow();
                out.add(new Candidate(p.id(), p.preferredOccupations(), p.educationCode(), p.domicileKabKota(),
                        s.preferredKabKota(), s.skills(), p.birthDate(), p.sex()));
            }
            return out;
        }
    }
}
