package id.go.jabarprov.disnakertrans.jobinfo.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A job seeker as matching sees them, read from the AK/1 registration.
 *
 * @param id                   opaque to matching; returned as {@link Match#id()}
 * @param preferredOccupations 1 to 5 KBJI 2014 unit groups the seeker wants to work in
 * @param educationCode        highest completed education (reference code); null = not recorded
 * @param domicileKabKota      kab/kota the seeker lives in ("32.73")
 * @param preferredKabKota     other kab/kota the seeker would work in; a province code ("32") means anywhere
 *                             in that province; empty = only the domicile kab/kota
 * @param skills               as the seeker wrote them
 * @param birthDate            for the age on the vacancy's {@link MatchCriteria#asOf()}
 * @param sex                  {@value #MALE} or {@value #FEMALE}
 */
public record Candidate(String id, List<String> preferredOccupations, String educationCode, String domicileKabKota,
        List<String> preferredKabKota, List<String> skills, LocalDate birthDate, String sex) {

    public static final String MALE = "MALE";
    public static final String FEMALE = "FEMALE";
    /** The AK/1 form has room for five occupations. */
    public static final int MAX_PREFERRED_OCCUPATIONS = 5;

    public Candidate {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("Candidate without id");
        }
        preferredOccupations = List.copyOf(preferredOccupations);
        if (preferredOccupations.isEmpty() || preferredOccupations.size() > MAX_PREFERRED_OCCUPATIONS) {
            throw new IllegalArgumentException(
                    "A seeker prefers 1 to " + MAX_PREFERRED_OCCUPATIONS + " occupations, not " + preferredOccupations.size());
        }
        preferredOccupations.forEach(OccupationMatch::requireUnitGroup);
        if (educationCode != null && !EducationRank.known(educationCode)) {
            throw new IllegalArgumentException("Unknown education code: " + educationCode);
        }
        if (domicileKabKota == null || domicileKabKota.isBlank()) {
            throw new IllegalArgumentException("Candidate " + id + " without domicile");
        }
        preferredKabKota = preferredKabKota == null ? List.of() : List.copyOf(preferredKabKota);
        skills = skills == null ? List.of() : List.copyOf(skills);
        Objects.requireNonNull(birthDate, "birthDate");
        if (!isSex(sex)) {
            throw new IllegalArgumentException("Unknown sex: " + sex);
        }
    }

    static boolean isSex(String code) {
        return MALE.equals(code) || FEMALE.equals(code);
    }
}
