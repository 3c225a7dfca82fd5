package id.go.jabarprov.disnakertrans.jobinfo.domain;

import java.util.List;

/**
 * Why a criterion did or did not count, as an i18n key of the module's bundle and its MessageFormat
 * arguments, so the officer's page renders it in the officer's language. Arguments are codes and numbers as
 * text (education and kab/kota codes, KBJI codes); a page may swap codes for their reference names first.
 *
 * @param met for skills: every required skill; otherwise whether the requirement is met (or absent)
 */
public record MatchReason(Criterion criterion, boolean met, String key, List<String> args) {

    public enum Criterion {
        OCCUPATION, EDUCATION, LOCATION, SKILLS, AGE, SEX
    }

    public MatchReason {
        if (criterion == null || key == null) {
            throw new IllegalArgumentException("Reason without criterion or key");
        }
        args = List.copyOf(args);
    }

    static MatchReason of(Criterion criterion, boolean met, String key, String... args) {
        return new MatchReason(criterion, met, key, List.of(args));
    }
}
