package id.go.jabarprov.disnakertrans.jobinfo.domain;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A vacancy as an employer reported it (Perpres 57/2023), by form, spreadsheet row or API, before it is
 * stored. Values are tidied on construction so every channel checks and stores the same thing; whether
 * they are acceptable is {@link #problems}, because a spreadsheet wants all problems, not the first.
 *
 * @param occupationCode KBJI 2014 unit group (4 digits)
 * @param educationCode  minimum education, a code of the reference list such as SMA or S1
 * @param wageMin        rupiah per month
 * @param workKabKota    kab/kota code with its dot, e.g. "32.73"
 */
public record VacancyDraft(
        String title,
        String occupationCode,
        Integer needed,
        LocalDate validFrom,
        LocalDate validUntil,
        Integer ageMin,
        Integer ageMax,
        SexRequirement sex,
        String educationCode,
        List<String> skills,
        Integer experienceYears,
        Long wageMin,
        Long wageMax,
        String workKabKota,
        String workAddress,
        String description) {

    public static final int MAX_TITLE_LENGTH = 150;
    public static final int MIN_NEEDED = 1;
    /** A bound against typing errors (an extra zero); no single report of one employer needs more. */
    public static final int MAX_NEEDED = 10_000;
    /** A vacancy open longer than this is no longer a real vacancy but a standing advertisement. */
    public static final int MAX_OPEN_DAYS = 180;
    /** BPS counts the working-age population from 15; an upper age limit past 70 limits nobody. */
    public static final int MIN_AGE = 15;
    public static final int MAX_AGE = 70;
    public static final int MAX_SKILLS = 20;
    public static final int MAX_SKILL_LENGTH = 60;
    public static final int MIN_EXPERIENCE_YEARS = 0;
    public static final int MAX_EXPERIENCE_YEARS = 40;
    /** A monthly wage above a billion rupiah is a typing error (an extra digit or cents), not an offer. */
    public static final long MIN_WAGE = 0;
    public static final long MAX_WAGE = 1_000_000_000L;
    public static final int MAX_ADDRESS_LENGTH = 255;
    public static final int MAX_DESCRIPTION_LENGTH = 4000;

    private static final String REQUIRED = "jobinfo.vacancy.error.required";
    private static final String TITLE_TOO_LONG = "jobinfo.vacancy.error.tooLong.title";
    private static final String OCCUPATION = "jobinfo.vacancy.error.occupation";
    private static final String NEEDED = "jobinfo.vacancy.error.needed";
    private static final String DATES = "jobinfo.vacancy.error.dates";
    private static final String PAST = "jobinfo.vacancy.error.past";
    private static final String TOO_LONG_OPEN = "jobinfo.vacancy.error.tooLongOpen";
    private static final String AGE = "jobinfo.vacancy.error.age";
    private static final String AGE_ORDER = "jobinfo.vacancy.error.ageOrder";
    private static final String EDUCATION = "jobinfo.vacancy.error.education";
    private static final String SKILLS = "jobinfo.vacancy.error.skills";
    private static final String SKILL_TOO_LONG = "jobinfo.vacancy.error.tooLong.skill";
    private static final String EXPERIENCE = "jobinfo.vacancy.error.experience";
    private static final String WAGE = "jobinfo.vacancy.error.wage";
    private static final String WAGE_ORDER = "jobinfo.vacancy.error.wageOrder";
    private static final String KAB_KOTA = "jobinfo.vacancy.error.kabKota";
    private static final String ADDRESS_TOO_LONG = "jobinfo.vacancy.error.tooLong.workAddress";
    private static final String DESCRIPTION_TOO_LONG = "jobinfo.vacancy.error.tooLong.description";

    public VacancyDraft {
        title = clean(title);
        occupationCode = clean(occupationCode);
        sex = sex == null ? SexRequirement.ANY : sex;
        // the reference codes are upper case; people type "sma" as often as "SMA"
        educationCode = clean(educationCode);
        educationCode = educationCode == null ? null : educationCode.toUpperCase(Locale.ROOT);
        skills = distinct(skills);
        workKabKota = clean(workKabKota);
        workAddress = clean(workAddress);
        description = clean(description);
    }

    /** Field name to the i18n key of its first problem, in field order; empty when the draft may be stored. */
    public Map<String, String> problems(VacancyRules rules) {
        Map<String, String> found = new LinkedHashMap<>();
        note(found, "title", title == null ? REQUIRED : tooLong(title, MAX_TITLE_LENGTH, TITLE_TOO_LONG));
        note(found, "occupationCode", occupationCode == null ? REQUIRED
                : rules.knownOccupation(occupationCode) ? null : OCCUPATION);
        note(found, "needed", needed == null ? REQUIRED : outside(needed, MIN_NEEDED, MAX_NEEDED, NEEDED));
        note(found, "validFrom", validFrom == null ? REQUIRED : null);
        note(found, "validUntil", validUntilProblem(rules.today()));
        note(found, "ageMin", outside(ageMin, MIN_AGE, MAX_AGE, AGE));
        note(found, "ageMax", upperBoundProblem(ageMin, ageMax, MIN_AGE, MAX_AGE, AGE, AGE_ORDER));
        note(found, "educationCode", educationCode == null || rules.knownEducation(educationCode) ? null : EDUCATION);
        note(found, "skills", skillsProblem());
        note(found, "experienceYears", outside(experienceYears, MIN_EXPERIENCE_YEARS, MAX_EXPERIENCE_YEARS, EXPERIENCE));
        note(found, "wageMin", outside(wageMin, MIN_WAGE, MAX_WAGE, WAGE));
        note(found, "wageMax", upperBoundProblem(wageMin, wageMax, MIN_WAGE, MAX_WAGE, WAGE, WAGE_ORDER));
        note(found, "workKabKota", workKabKota == null ? REQUIRED : rules.knownKabKota(workKabKota) ? null : KAB_KOTA);
        note(found, "workAddress", tooLong(workAddress, MAX_ADDRESS_LENGTH, ADDRESS_TOO_LONG));
        note(found, "description", description == null ? REQUIRED
                : tooLong(description, MAX_DESCRIPTION_LENGTH, DESCRIPTION_TOO_LONG));
        return found;
    }

    /** Refuses the draft with every field's problem, for the form and the API. */
    public void check(VacancyRules rules) {
        Map<String, String> found = problems(rules);
        if (!found.isEmpty()) {
            throw new BusinessException(found);
        }
    }

    private String validUntilProblem(LocalDate today) {
        if (validUntil == null) {
            return REQUIRED;
        }
        if (validFrom != null && validUntil.isBefore(validFrom)) {
            return DATES;
        }
        if (validUntil.isBefore(today)) {
            return PAST;
        }
        return validFrom != null && validUntil.isAfter(validFrom.plusDays(MAX_OPEN_DAYS)) ? TOO_LONG_OPEN : null;
    }

    private String skillsProblem() {
        if (skills.size() > MAX_SKILLS) {
            return SKILLS;
        }
        return skills.stream().anyMatch(s -> length(s) > MAX_SKILL_LENGTH) ? SKILL_TOO_LONG : null;
    }

    /** The order of a pair is only worth reporting when both ends are acceptable on their own. */
    private static String upperBoundProblem(Number low, Number high, long min, long max, String rangeKey,
            String orderKey) {
        String own = outside(high, min, max, rangeKey);
        if (own != null || low == null || high == null || outside(low, min, max, rangeKey) != null) {
            return own;
        }
        return high.longValue() < low.longValue() ? orderKey : null;
    }

    private static String outside(Number value, long min, long max, String key) {
        return value != null && (value.longValue() < min || value.longValue() > max) ? key : null;
    }

    /** Counted in characters as the database counts them, so an emoji is one, not two. */
    private static String tooLong(String value, int max, String key) {
        return value != null && length(value) > max ? key : null;
    }

    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    private static void note(Map<String, String> found, String field, String key) {
        if (key != null) {
            found.put(field, key);
        }
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static List<String> distinct(List<String> skills) {
        if (skills == null) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String skill : skills) {
            String cleaned = clean(skill);
            if (cleaned != null && seen.add(cleaned.toLowerCase(Locale.ROOT))) {
                kept.add(cleaned);
            }
        }
        return List.copyOf(kept);
    }
}
