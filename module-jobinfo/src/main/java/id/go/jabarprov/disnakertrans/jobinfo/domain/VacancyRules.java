package id.go.jabarprov.disnakertrans.jobinfo.domain;

import java.time.LocalDate;

/**
 * What a vacancy is checked against that the draft cannot know by itself: the reference lists and the date.
 * The application layer implements it over the reference data, tests over small sets.
 */
public interface VacancyRules {

    /** True only for a KBJI 2014 unit group (4 digits): a vacancy is for one occupation, not a whole group. */
    boolean knownOccupation(String code);

    boolean knownEducation(String code);

    /** A kab/kota code with its dot, e.g. "32.73". */
    boolean knownKabKota(String code);

    LocalDate today();
}
