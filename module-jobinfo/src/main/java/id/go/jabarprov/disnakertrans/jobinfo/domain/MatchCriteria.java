package id.go.jabarprov.disnakertrans.jobinfo.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a vacancy asks of a job seeker, as far as matching is concerned. Null means the vacancy states no
 * such requirement, which every seeker meets.
 *
 * @param occupationCode   KBJI 2014 unit group (4 digits, may start with 0)
 * @param minEducationCode lowest accepted education (reference code, see {@link EducationRank}); null = any
 * @param kabKota          kab/kota of the work location ("32.73"); null = not tied to a place
 * @param skills           required skills as the employer wrote them; empty = none
 * @param ageMin           inclusive, in whole years; null = no minimum
 * @param ageMax           inclusive, in whole years; null = no maximum
 * @param sex              {@value #ANY}, {@value Candidate#MALE} or {@value Candidate#FEMALE}; null is read as {@value #ANY}
 * @param asOf             the day ages are computed on, so a ranking can be reproduced later
 */
public record MatchCriteria(String occupationCode, String minEducationCode, String kabKota, List<String> skills,
        Integer ageMin, Integer ageMax, String sex, LocalDate asOf) {

    public static final String ANY = "ANY";

    public MatchCriteria {
        OccupationMatch.requireUnitGroup(occupationCode);
        if (minEducationCode != null && !EducationRank.known(minEducationCode)) {
            throw new IllegalArgumentException("Unknown education code: " + minEducationCode);
        }
        if (kabKota != null && kabKota.isBlank()) {
            throw new IllegalArgumentException("Blank kab/kota");
        }
        skills = skills == null ? List.of() : List.copyOf(skills);
        if (ageMin != null && ageMin < 0 || ageMax != null && ageMax < 0) {
            throw new IllegalArgumentException("Negative age limit");
        }
        if (ageMin != null && ageMax != null && ageMin > ageMax) {
            throw new IllegalArgumentException("Age minimum " + ageMin + " above maximum " + ageMax);
        }
        sex = sex == null ? ANY : sex;
        if (!ANY.equals(sex) && !Candidate.isSex(sex)) {
            throw new IllegalArgumentException("Unknown sex requirement: " + sex);
        }
        Objects.requireNonNull(asOf, "asOf");
    }
}
