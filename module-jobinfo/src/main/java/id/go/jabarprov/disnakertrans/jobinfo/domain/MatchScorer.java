package id.go.jabarprov.disnakertrans.jobinfo.domain;

import id.go.jabarprov.disnakertrans.jobinfo.domain.MatchReason.Criterion;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Scores how well a job seeker fits a vacancy and explains each criterion, for officers who match seekers to
 * vacancies and vacancies to seekers. Both directions use the same score.
 *
 * <table>
 * <caption>Points (100 in all)</caption>
 * <tr><th>Criterion</th><th>Points</th><th>When</th></tr>
 * <tr><td>Occupation</td><td>40 / 25 / 10 / 0</td><td>best of the seeker's preferred occupations: same KBJI
 *     unit group / same minor group / same sub-major group / otherwise</td></tr>
 * <tr><td>Education</td><td>15</td><td>at least the minimum ({@link EducationRank}: SMA = SMK, D4 = S1), or
 *     no minimum; an unrecorded education gets 0 against a minimum</td></tr>
 * <tr><td>Location</td><td>15 / 7 / 0</td><td>15: the seeker lives in the work kab/kota or names it as preferred,
 *     or the vacancy names no place; 7: the seeker would work anywhere in its province (a preferred province
 *     code such as "32"); 0 otherwise</td></tr>
 * <tr><td>Skills</td><td>0 to 20</td><td>20 x held / required, rounded half up (see {@link Skills} for what
 *     "held" means); 20 when none are required</td></tr>
 * <tr><td>Age</td><td>5</td><td>hard requirement: within the limits on {@link MatchCriteria#asOf()}, or no limits</td></tr>
 * <tr><td>Sex</td><td>5</td><td>hard requirement: the vacancy is open to the seeker's sex</td></tr>
 * </table>
 *
 * <p>Occupation weighs most because the officer's first question is "can this person do this job"; education
 * and location decide whether the placement is realistic; skills are free text and so only partly reliable.
 * A province-wide willingness scores less than a named kab/kota because naming a place (or living there) is
 * the firmer commitment, and commuting across West Java is rarely practical. Age and sex count little in the score because they are
 * not degrees of fit: when unmet, the result is ineligible instead, ranked after every eligible one but still
 * scored so the officer sees how close it came.
 *
 * <p>Keys explaining each criterion (prefix {@value #KEYS}) and their arguments:
 * <ul>
 * <li>{@code occupation.SAME_UNIT_GROUP|SAME_MINOR_GROUP|SAME_SUB_MAJOR_GROUP}: vacancy code, the seeker's closest
 *     code, the shared group; {@code occupation.NONE}: vacancy code, the seeker's codes joined by ", ", ""</li>
 * <li>{@code education.none}; {@code education.met|unmet}: required, seeker's; {@code education.missing}: required</li>
 * <li>{@code location.none}; {@code location.domicile|preferred|unmet}: work kab/kota, domicile;
 *     {@code location.province}: work kab/kota, domicile, province</li>
 * <li>{@code skills.none|all|unmet} and {@code skills} (some held): held count, required count, held skills,
 *     missing skills (lists joined by ", ", in the vacancy's wording)</li>
 * <li>{@code age.none}; {@code age.between.met|unmet}: age, min, max; {@code age.min.met|unmet}: age, min;
 *     {@code age.max.met|unmet}: age, max</li>
 * <li>{@code sex.none}; {@code sex.MALE.met|unmet}, {@code sex.FEMALE.met|unmet}</li>
 * </ul>
 */
public final class MatchScorer {

    public static final int MAX_SCORE = 100;
    static final String KEYS = "jobinfo.match.";

    static final int OCCUPATION_SAME_UNIT_GROUP = 40;
    static final int OCCUPATION_SAME_MINOR_GROUP = 25;
    static final int OCCUPATION_SAME_SUB_MAJOR_GROUP = 10;
    static final int EDUCATION = 15;
    static final int LOCATION = 15;
    static final int LOCATION_PROVINCE = 7;
    static final int SKILLS = 20;
    static final int AGE = 5;
    static final int SEX = 5;

    /** Eligible first, then the higher score, then the id, so equal scores always list in the same order. */
    public static final Comparator<Match> RANKING = (a, b) -> {
        if (a.eligible() != b.eligible()) {
            return a.eligible() ? -1 : 1;
        }
        if (a.score() != b.score()) {
            return Integer.compare(b.score(), a.score());
        }
        return a.id().compareTo(b.id());
    };

    private static final String SKILL_SEPARATOR = ", ";
    private static final int CRITERIA = Criterion.values().length;

    private MatchScorer() {
    }

    /** A seeker for a vacancy; the result carries the seeker's id. */
    public static Match score(MatchCriteria vacancy, Candidate seeker) {
        return score(vacancy, Skills.required(vacancy.skills()), seeker, Skills.held(seeker.skills()), seeker.id());
    }

    /** A vacancy for a seeker: the same score and reasons as {@link #score}, carrying the vacancy's id. */
    public static Match scoreVacancyFor(Candidate seeker, MatchCriteria vacancy, String vacancyId) {
        return score(vacancy, seeker).withId(vacancyId);
    }

    /** The best seekers for a vacancy, at most limit, in {@link #RANKING} order. */
    public static List<Match> rank(MatchCriteria vacancy, Collection<Candidate> candidates, int limit) {
        requireLimit(limit);
        Skills required = Skills.required(vacancy.skills());
        List<Match> matches = new ArrayList<>(candidates.size());
        for (Candidate seeker : candidates) {
            matches.add(score(vacancy, required, seeker, Skills.held(seeker.skills()), seeker.id()));
        }
        return best(matches, limit);
    }

    /** The best vacancies (id to criteria) for a seeker, at most limit, in {@link #RANKING} order. */
    public static List<Match> rankVacancies(Candidate seeker,
            Collection<? extends Map.Entry<String, MatchCriteria>> vacancies, int limit) {
        requireLimit(limit);
        Skills held = Skills.held(seeker.skills());
        List<Match> matches = new ArrayList<>(vacancies.size());
        for (Map.Entry<String, MatchCriteria> vacancy : vacancies) {
            MatchCriteria criteria = vacancy.getValue();
            matches.add(score(criteria, Skills.required(criteria.skills()), seeker, held, vacancy.getKey()));
        }
        return best(matches, limit);
    }

    private static Match score(MatchCriteria vacancy, Skills required, Candidate seeker, Skills held, String id) {
        List<MatchReason> reasons = new ArrayList<>(CRITERIA);
        int score = 0;
        score += occupation(vacancy, seeker, reasons);
        score += education(vacancy, seeker, reasons);
        score += location(vacancy, seeker, reasons);
        score += skills(required, held, reasons);
        boolean ageMet = age(vacancy, seeker, reasons);
        boolean sexMet = sex(vacancy, seeker, reasons);
        score += (ageMet ? AGE : 0) + (sexMet ? SEX : 0);
        return new Match(id, score, ageMet && sexMet, reasons);
    }

    private static int occupation(MatchCriteria vacancy, Candidate seeker, List<MatchReason> reasons) {
        String code = vacancy.occupationCode();
        OccupationMatch best = OccupationMatch.NONE;
        String closest = null;
        for (String preferred : seeker.preferredOccupations()) {
            OccupationMatch match = OccupationMatch.of(code, preferred);
            if (match.closerThan(best)) {
                best = match;
                closest = preferred;
                if (best == OccupationMatch.SAME_UNIT_GROUP) {
                    break;
                }
            }
        }
        String seekerCodes = closest != null ? closest : String.join(", ", seeker.preferredOccupations());
        reasons.add(MatchReason.of(Criterion.OCCUPATION, best != OccupationMatch.NONE, KEYS + "occupation." + best.name(),
                code, seekerCodes, best.sharedGroup(code)));
        return points(best);
    }

    private static int points(OccupationMatch level) {
        return switch (level) {
            case SAME_UNIT_GROUP -> OCCUPATION_SAME_UNIT_GROUP;
            case SAME_MINOR_GROUP -> OCCUPATION_SAME_MINOR_GROUP;
            case SAME_SUB_MAJOR_GROUP -> OCCUPATION_SAME_SUB_MAJOR_GROUP;
            case NONE -> 0;
        };
    }

    /** The highest score of a seeker whose closest choice is at this level: every other criterion met. */
    static int ceiling(OccupationMatch level) {
        return MAX_SCORE - OCCUPATION_SAME_UNIT_GROUP + points(level);
    }

    private static int education(MatchCriteria vacancy, Candidate seeker, List<MatchReason> reasons) {
        String required = vacancy.minEducationCode();
        String held = seeker.educationCode();
        if (required == null) {
            reasons.add(MatchReason.of(Criterion.EDUCATION, true, KEYS + "education.none"));
            return EDUCATION;
        }
        if (held == null) {
            reasons.add(MatchReason.of(Criterion.EDUCATION, false, KEYS + "education.missing", required));
            return 0;
        }
        boolean met = EducationRank.meets(held, required);
        reasons.add(MatchReason.of(Criterion.EDUCATION, met, KEYS + (met ? "education.met" : "education.unmet"),
                required, held));
        return met ? EDUCATION : 0;
    }

    private static int location(MatchCriteria vacancy, Candidate seeker, List<MatchReason> reasons) {
        String work = vacancy.kabKota();
        String domicile = seeker.domicileKabKota();
        if (work == null) {
            reasons.add(MatchReason.of(Criterion.LOCATION, true, KEYS + "location.none"));
            return LOCATION;
        }
        if (work.equals(domicile)) {
            reasons.add(MatchReason.of(Criterion.LOCATION, true, KEYS + "location.domicile", work, domicile));
            return LOCATION;
        }
        String province = null;
        for (String preferred : seeker.preferredKabKota()) {
            if (work.equals(preferred)) {
                reasons.add(MatchReason.of(Criterion.LOCATION, true, KEYS + "location.preferred", work, domicile));
                return LOCATION;
            }
            if (province == null && isProvinceOf(preferred, work)) {
                province = preferred;
            }
        }
        if (province != null) {
            reasons.add(MatchReason.of(Criterion.LOCATION, true, KEYS + "location.province", work, domicile, province));
            return LOCATION_PROVINCE;
        }
        reasons.add(MatchReason.of(Criterion.LOCATION, false, KEYS + "location.unmet", work, domicile));
        return 0;
    }

    /** "32" is the province of "32.73": wilayah codes nest by dotted prefix. */
    private static boolean isProvinceOf(String province, String kabKota) {
        return province.indexOf('.') < 0 && kabKota.length() > province.length()
                && kabKota.charAt(province.length()) == '.' && kabKota.startsWith(province);
    }

    private static int skills(Skills required, Skills held, List<MatchReason> reasons) {
        if (required.size() == 0) {
            reasons.add(MatchReason.of(Criterion.SKILLS, true, KEYS + "skills.none", "0", "0", "", ""));
            return SKILLS;
        }
        Skills.Overlap overlap = required.heldBy(held);
        int count = overlap.held().size();
        int of = overlap.required();
        String key = count == of ? "skills.all" : count == 0 ? "skills.unmet" : "skills";
        reasons.add(MatchReason.of(Criterion.SKILLS, count == of, KEYS + key, String.valueOf(count), String.valueOf(of),
                String.join(SKILL_SEPARATOR, overlap.held()), String.join(SKILL_SEPARATOR, overlap.missing())));
        return (SKILLS * count * 2 + of) / (2 * of);
    }

    private static boolean age(MatchCriteria vacancy, Candidate seeker, List<MatchReason> reasons) {
        Integer min = vacancy.ageMin();
        Integer max = vacancy.ageMax();
        if (min == null && max == null) {
            reasons.add(MatchReason.of(Criterion.AGE, true, KEYS + "age.none"));
            return true;
        }
        int age = Period.between(seeker.birthDate(), vacancy.asOf()).getYears();
        boolean met = (min == null || age >= min) && (max == null || age <= max);
        String outcome = met ? ".met" : ".unmet";
        String years = String.valueOf(age);
        MatchReason reason;
        if (min != null && max != null) {
            reason = MatchReason.of(Criterion.AGE, met, KEYS + "age.between" + outcome, years, min.toString(), max.toString());
        } else if (min != null) {
            reason = MatchReason.of(Criterion.AGE, met, KEYS + "age.min" + outcome, years, min.toString());
        } else {
            reason = MatchReason.of(Criterion.AGE, met, KEYS + "age.max" + outcome, years, max.toString());
        }
        reasons.add(reason);
        return met;
    }

    private static boolean sex(MatchCriteria vacancy, Candidate seeker, List<MatchReason> reasons) {
        String required = vacancy.sex();
        if (MatchCriteria.ANY.equals(required)) {
            reasons.add(MatchReason.of(Criterion.SEX, true, KEYS + "sex.none"));
            return true;
        }
        boolean met = required.equals(seeker.sex());
        reasons.add(MatchReason.of(Criterion.SEX, met, KEYS + "sex." + required + (met ? ".met" : ".unmet")));
        return met;
    }

    private static void requireLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("Negative limit: " + limit);
        }
    }

    private static List<Match> best(List<Match> matches, int limit) {
        matches.sort(RANKING);
        return List.copyOf(matches.subList(0, Math.min(limit, matches.size())));
    }
}
