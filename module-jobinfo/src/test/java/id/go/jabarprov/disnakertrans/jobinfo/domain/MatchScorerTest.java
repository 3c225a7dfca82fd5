package id.go.jabarprov.disnakertrans.jobinfo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jabarprov.disnakertrans.jobinfo.domain.MatchReason.Criterion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Worked example, all on 2 March 2026:
 *
 * <p>Vacancy: Penjahit (KBJI 7533 sewing workers), at least SMP, Kota Bandung 32.73, skills "menjahit, obras",
 * age 18-35, women only.
 * <ul>
 * <li>Seeker A: prefers 7533, SMK, lives in 32.73, skills Menjahit + obras, 24, woman: eligible, 40 + 15 + 15 +
 *     20 + 5 + 5 = 100.</li>
 * <li>Seeker B: prefers 7531 tailors (same minor group 753), SMA, lives in Kab. Bandung 32.04 but would work in
 *     32.73, skill "menjahit pakaian" (holds "menjahit", lacks "obras"), 30, woman: eligible,
 *     25 + 15 + 15 + 10 + 5 + 5 = 75.</li>
 * <li>Seeker C: as A but a man: not eligible, 95.</li>
 * <li>Seeker D: prefers 7512 bakers (same sub-major group 75), SD, lives in Kab. Bogor 32.01 and would work
 *     anywhere in province 32, skill "memasak", turns 18 the day after: not eligible,
 *     10 + 0 + 7 + 0 + 0 + 5 = 22.</li>
 * </ul>
 * Ranked: A, B (eligible), then C, D.
 */
class MatchScorerTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

    static final MatchCriteria PENJAHIT = new MatchCriteria("7533", "SMP", "32.73", List.of("menjahit, obras"),
            18, 35, "FEMALE", AS_OF);

    static final Candidate A = new Candidate("A", List.of("7533"), "SMK", "32.73", List.of(),
            List.of("Menjahit", "obras"), LocalDate.of(2001, 5, 10), "FEMALE");
    static final Candidate B = new Candidate("B", List.of("7531"), "SMA", "32.04", List.of("32.73"),
            List.of("menjahit pakaian"), LocalDate.of(1995, 8, 17), "FEMALE");
    static final Candidate C = new Candidate("C", List.of("7533"), "SMK", "32.73", List.of(),
            List.of("Menjahit", "obras"), LocalDate.of(2001, 5, 10), "MALE");
    static final Candidate D = new Candidate("D", List.of("7512"), "SD", "32.01", List.of("32"),
            List.of("memasak"), LocalDate.of(2008, 3, 3), "FEMALE");

    @Test
    void seekerAMeetsEverything() {
        Match a = MatchScorer.score(PENJAHIT, A);
        assertEquals("A", a.id());
        assertTrue(a.eligible());
        assertEquals(100, a.score());
        assertEquals(List.of(
                reason(Criterion.OCCUPATION, true, "occupation.SAME_UNIT_GROUP", "7533", "7533", "7533"),
                reason(Criterion.EDUCATION, true, "education.met", "SMP", "SMK"),
                reason(Criterion.LOCATION, true, "location.domicile", "32.73", "32.73"),
                reason(Criterion.SKILLS, true, "skills.all", "2", "2", "menjahit, obras", ""),
                reason(Criterion.AGE, true, "age.between.met", "24", "18", "35"),
                reason(Criterion.SEX, true, "sex.FEMALE.met")), a.reasons());
    }

    @Test
    void seekerBIsInTheSameMinorGroupWithHalfTheSkills() {
        Match b = MatchScorer.score(PENJAHIT, B);
        assertTrue(b.eligible());
        assertEquals(75, b.score());
        assertEquals(reason(Criterion.OCCUPATION, true, "occupation.SAME_MINOR_GROUP", "7533", "7531", "753"),
                b.reason(Criterion.OCCUPATION));
        assertEquals(reason(Criterion.EDUCATION, true, "education.met", "SMP", "SMA"), b.reason(Criterion.EDUCATION));
        assertEquals(reason(Criterion.LOCATION, true, "location.preferred", "32.73", "32.04"), b.reason(Criterion.LOCATION));
        assertEquals(reason(Criterion.SKILLS, false, "skills", "1", "2", "menjahit", "obras"), b.reason(Criterion.SKILLS));
        assertEquals(reason(Criterion.AGE, true, "age.between.met", "30", "18", "35"), b.reason(Criterion.AGE));
    }

    @Test
    void seekerCIsAManForAWomenOnlyVacancy() {
        Match c = MatchScorer.score(PENJAHIT, C);
        assertFalse(c.eligible());
        assertEquals(95, c.score(), "still scored so the officer sees how close it came");
        assertEquals(reason(Criterion.SEX, false, "sex.FEMALE.unmet"), c.reason(Criterion.SEX));
    }

    @Test
    void seekerDIsTooYoungByOneDayAndOnlyNearby() {
        Match d = MatchScorer.score(PENJAHIT, D);
        assertFalse(d.eligible());
        assertEquals(22, d.score());
        assertEquals(List.of(
                reason(Criterion.OCCUPATION, true, "occupation.SAME_SUB_MAJOR_GROUP", "7533", "7512", "75"),
                reason(Criterion.EDUCATION, false, "education.unmet", "SMP", "SD"),
                reason(Criterion.LOCATION, true, "location.province", "32.73", "32.01", "32"),
                reason(Criterion.SKILLS, false, "skills.unmet", "0", "2", "", "menjahit, obras"),
                reason(Criterion.AGE, false, "age.between.unmet", "17", "18", "35"),
                reason(Criterion.SEX, true, "sex.FEMALE.met")), d.reasons());
    }

    @Test
    void ageIsComputedOnTheVacancysDay() {
        // D was born on 3 March 2008: 17 on 2 March 2026, 18 on 3 March 2026
        assertFalse(MatchScorer.score(PENJAHIT, D).eligible());
        Match nextDay = MatchScorer.score(withAsOf(PENJAHIT, AS_OF.plusDays(1)), D);
        assertTrue(nextDay.eligible());
        assertEquals(reason(Criterion.AGE, true, "age.between.met", "18", "18", "35"), nextDay.reason(Criterion.AGE));
    }

    @Test
    void ageLimitsOnOneSide() {
        MatchCriteria atLeast25 = new MatchCriteria("7533", null, null, List.of(), 25, null, null, AS_OF);
        assertEquals(reason(Criterion.AGE, false, "age.min.unmet", "24", "25"),
                MatchScorer.score(atLeast25, A).reason(Criterion.AGE));
        assertEquals(reason(Criterion.AGE, true, "age.min.met", "30", "25"),
                MatchScorer.score(atLeast25, B).reason(Criterion.AGE));
        MatchCriteria atMost24 = new MatchCriteria("7533", null, null, List.of(), null, 24, null, AS_OF);
        assertEquals(reason(Criterion.AGE, true, "age.max.met", "24", "24"),
                MatchScorer.score(atMost24, A).reason(Criterion.AGE), "the maximum is inclusive");
        assertEquals(reason(Criterion.AGE, false, "age.max.unmet", "30", "24"),
                MatchScorer.score(atMost24, B).reason(Criterion.AGE));
    }

    @Test
    void requirementsNotStatedAreMetAndExplainedAsNone() {
        MatchCriteria open = new MatchCriteria("7533", null, null, null, null, null, null, AS_OF);
        Match c = MatchScorer.score(open, C);
        assertTrue(c.eligible());
        assertEquals(100, c.score());
        assertEquals(List.of(
                reason(Criterion.OCCUPATION, true, "occupation.SAME_UNIT_GROUP", "7533", "7533", "7533"),
                reason(Criterion.EDUCATION, true, "education.none"),
                reason(Criterion.LOCATION, true, "location.none"),
                reason(Criterion.SKILLS, true, "skills.none", "0", "0", "", ""),
                reason(Criterion.AGE, true, "age.none"),
                reason(Criterion.SEX, true, "sex.none")), c.reasons());
        assertEquals("ANY", open.sex());
    }

    @Test
    void noMatchingOccupationAndUnrecordedEducationAndElsewhere() {
        Candidate driver = new Candidate("E", List.of("8322", "9333"), null, "32.08", List.of("32.09", "33"),
                List.of("SIM A"), LocalDate.of(1990, 1, 1), "MALE");
        MatchCriteria open = new MatchCriteria("7533", "SMP", "32.73", List.of(), null, null, "MALE", AS_OF);
        Match e = MatchScorer.score(open, driver);
        assertEquals(reason(Criterion.OCCUPATION, false, "occupation.NONE", "7533", "8322, 9333", ""),
                e.reason(Criterion.OCCUPATION));
        assertEquals(reason(Criterion.EDUCATION, false, "education.missing", "SMP"), e.reason(Criterion.EDUCATION));
        assertEquals(reason(Criterion.LOCATION, false, "location.unmet", "32.73", "32.08"), e.reason(Criterion.LOCATION),
                "province 33 is not the province of 32.73");
        assertEquals(reason(Criterion.SEX, true, "sex.MALE.met"), e.reason(Criterion.SEX));
        assertEquals(0 + 0 + 0 + 20 + 5 + 5, e.score());
        assertTrue(e.eligible());
    }

    @Test
    void skillPointsAreProportionalRoundedHalfUp() {
        MatchCriteria welder = new MatchCriteria("7212", null, null, List.of("las listrik", "K3", "gambar teknik"),
                null, null, null, AS_OF);
        Candidate twoOfThree = seeker("W", "7212", List.of(" Las ", "k3 umum"));
        Match w = MatchScorer.score(welder, twoOfThree);
        assertEquals(reason(Criterion.SKILLS, false, "skills", "2", "3", "las listrik, K3", "gambar teknik"),
                w.reason(Criterion.SKILLS));
        assertEquals(40 + 15 + 15 + 13 + 5 + 5, w.score(), "20 x 2/3 = 13.3");
        MatchCriteria eightSkills = new MatchCriteria("7212", null, null,
                List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"), null, null, null, AS_OF);
        assertEquals(40 + 15 + 15 + 3 + 5 + 5, MatchScorer.score(eightSkills, seeker("X", "7212", List.of("A1"))).score(),
                "20 x 1/8 = 2.5 rounds up");
    }

    @Test
    void rankPutsEligibleFirstThenScore() {
        List<Match> ranked = MatchScorer.rank(PENJAHIT, List.of(D, C, B, A), 10);
        assertEquals(List.of("A", "B", "C", "D"), ranked.stream().map(Match::id).toList());
        assertEquals(List.of(100, 75, 95, 22), ranked.stream().map(Match::score).toList());
        assertEquals(List.of("A", "B"), MatchScorer.rank(PENJAHIT, List.of(D, C, B, A), 2).stream().map(Match::id).toList());
        assertEquals(List.of(), MatchScorer.rank(PENJAHIT, List.of(D, C, B, A), 0));
        assertEquals(List.of(), MatchScorer.rank(PENJAHIT, List.of(), 10));
        assertThrows(IllegalArgumentException.class, () -> MatchScorer.rank(PENJAHIT, List.of(A), -1));
    }

    @Test
    void equalScoresRankByIdAscending() {
        Candidate twin2 = new Candidate("s-2", A.preferredOccupations(), A.educationCode(), A.domicileKabKota(),
                A.preferredKabKota(), A.skills(), A.birthDate(), A.sex());
        Candidate twin10 = new Candidate("s-10", A.preferredOccupations(), A.educationCode(), A.domicileKabKota(),
                A.preferredKabKota(), A.skills(), A.birthDate(), A.sex());
        Candidate twin1 = new Candidate("s-1", A.preferredOccupations(), A.educationCode(), A.domicileKabKota(),
                A.preferredKabKota(), A.skills(), A.birthDate(), A.sex());
        List<String> ids = MatchScorer.rank(PENJAHIT, List.of(twin2, twin10, twin1), 3).stream().map(Match::id).toList();
        assertEquals(List.of("s-1", "s-10", "s-2"), ids, "ids compare as text");
    }

    @Test
    void vacanciesForASeekerCarryTheVacancyIdAndTheSameReasons() {
        MatchCriteria tailorInBogor = new MatchCriteria("7531", "SMA", "32.01", List.of("menjahit"), null, null, null, AS_OF);
        MatchCriteria menOnly = new MatchCriteria("7533", null, "32.73", List.of(), null, null, "MALE", AS_OF);
        Match forA = MatchScorer.scoreVacancyFor(A, PENJAHIT, "V-1");
        assertEquals("V-1", forA.id());
        assertEquals(MatchScorer.score(PENJAHIT, A).reasons(), forA.reasons());
        assertEquals(MatchScorer.score(PENJAHIT, A).score(), forA.score());

        List<Match> ranked = MatchScorer.rankVacancies(A, List.of(Map.entry("V-3", menOnly), Map.entry("V-2", tailorInBogor),
                Map.entry("V-1", PENJAHIT)), 10);
        assertEquals(List.of("V-1", "V-2", "V-3"), ranked.stream().map(Match::id).toList());
        // V-2: 25 (minor group 753) + 15 + 0 (Bogor, not preferred) + 20 + 5 + 5
        assertEquals(70, ranked.get(1).score());
        assertFalse(ranked.get(2).eligible());
        assertEquals(1, MatchScorer.rankVacancies(A, List.of(Map.entry("V-2", tailorInBogor)), 5).size());
    }

    @Test
    void fiveThousandCandidatesRankDeterministically() {
        List<Candidate> candidates = randomCandidates(5_000, new Random(7));
        MatchCriteria welder = new MatchCriteria("7212", "SMK", "32.73", List.of("Las listrik", "K3", "gambar teknik"),
                18, 40, null, AS_OF);
        List<Match> ranked = MatchScorer.rank(welder, candidates, 50);
        assertEquals(50, ranked.size());
        for (int i = 1; i < ranked.size(); i++) {
            assertTrue(MatchScorer.RANKING.compare(ranked.get(i - 1), ranked.get(i)) < 0, "strictly ordered at " + i);
        }
        List<Candidate> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, new Random(11));
        assertEquals(ranked, MatchScorer.rank(welder, shuffled, 50), "input order does not matter");
        assertEquals(5_000, MatchScorer.rank(welder, candidates, 10_000).size());
    }

    @Test
    void invalidInputIsRefusedWhenBuilt() {
        assertThrows(IllegalArgumentException.class,
                () -> new MatchCriteria("753", null, null, null, null, null, null, AS_OF));
        assertThrows(IllegalArgumentException.class,
                () -> new MatchCriteria("7533", "SLTA", null, null, null, null, null, AS_OF));
        assertThrows(IllegalArgumentException.class,
                () -> new MatchCriteria("7533", null, null, null, 40, 18, null, AS_OF));
        assertThrows(IllegalArgumentException.class,
                () -> new MatchCriteria("7533", null, null, null, null, null, "WOMEN", AS_OF));
        assertThrows(NullPointerException.class,
                () -> new MatchCriteria("7533", null, null, null, null, null, null, null));
        LocalDate born = LocalDate.of(2000, 1, 1);
        assertThrows(IllegalArgumentException.class,
                () -> new Candidate("X", List.of(), null, "32.73", null, null, born, "MALE"));
        assertThrows(IllegalArgumentException.class,
                () -> new Candidate("X", List.of("1111", "2222", "3333", "4444", "5555", "6666"), null, "32.73", null, null, born, "MALE"));
        assertThrows(IllegalArgumentException.class,
                () -> new Candidate("X", List.of("7533"), "sma", "32.73", null, null, born, "MALE"));
        assertThrows(IllegalArgumentException.class,
                () -> new Candidate("X", List.of("7533"), null, "32.73", null, null, born, "ANY"));
        assertThrows(IllegalArgumentException.class,
                () -> new Candidate(" ", List.of("7533"), null, "32.73", null, null, born, "MALE"));
        assertThrows(IllegalArgumentException.class,
                () -> new Candidate("X", List.of("7533"), null, null, null, null, born, "MALE"));
    }

    static List<Candidate> randomCandidates(int count, Random random) {
        List<String> occupations = List.of("7212", "7213", "7223", "7231", "7411", "7533", "8322", "9333", "0111", "2512");
        List<String> education = new ArrayList<>(List.of("TIDAK_TAMAT_SD", "SD", "SMP", "SMA", "SMK", "D1", "D2", "D3",
                "D4", "S1", "S2", "S3"));
        education.add(null);
        List<String> kabKota = List.of("32.01", "32.04", "32.73", "32.75", "32.77", "32.16");
        List<String> skills = List.of("las", "las listrik", "K3", "k3 umum", "gambar teknik", "menjahit", "SIM B1",
                "Microsoft Excel", "kelas", "bubut");
        List<Candidate> candidates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<String> preferred = new ArrayList<>();
            for (int p = 1 + random.nextInt(Candidate.MAX_PREFERRED_OCCUPATIONS); p > 0; p--) {
                preferred.add(occupations.get(random.nextInt(occupations.size())));
            }
            List<String> held = new ArrayList<>();
            for (int s = random.nextInt(5); s > 0; s--) {
                held.add(skills.get(random.nextInt(skills.size())));
            }
            List<String> elsewhere = random.nextInt(4) == 0 ? List.of("32") : List.of(kabKota.get(random.nextInt(kabKota.size())));
            candidates.add(new Candidate("seeker-" + i, preferred, education.get(random.nextInt(education.size())),
                    kabKota.get(random.nextInt(kabKota.size())), elsewhere, held,
                    LocalDate.of(1970, 1, 1).plusDays(random.nextInt(365 * 40)), random.nextBoolean() ? "MALE" : "FEMALE"));
        }
        return candidates;
    }

    static Candidate seeker(String id, String occupation, List<String> skills) {
        return new Candidate(id, List.of(occupation), "SMK", "32.73", List.of(), skills, LocalDate.of(2000, 1, 1), "MALE");
    }

    static MatchCriteria withAsOf(MatchCriteria c, LocalDate asOf) {
        return new MatchCriteria(c.occupationCode(), c.minEducationCode(), c.kabKota(), c.skills(), c.ageMin(), c.ageMax(),
                c.sex(), asOf);
    }

    static MatchReason reason(Criterion criterion, boolean met, String key, String... args) {
        return new MatchReason(criterion, met, "jobinfo.match." + key, List.of(args));
    }
}
