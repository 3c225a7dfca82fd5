package id.go.jabarprov.disnakertrans.jobinfo.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Whom a vacancy is open to; most are open to everyone, which is also what an empty answer means. */
public enum SexRequirement {
    ANY, MALE, FEMALE;

    /**
     * Spreadsheets and API clients write the codes of Indonesian forms (L/P), the words, or the English names.
     * "L/P" is how job advertisements say "men and women". Spaces and hyphens are dropped before matching so
     * "laki-laki", "laki laki" and "lakilaki" are the same word.
     */
    private static final Map<String, SexRequirement> WORDS = Map.ofEntries(
            Map.entry("", ANY), Map.entry("semua", ANY), Map.entry("bebas", ANY), Map.entry("any", ANY),
            Map.entry("l/p", ANY), Map.entry("p/l", ANY), Map.entry("pria/wanita", ANY),
            Map.entry("lakilaki/perempuan", ANY),
            Map.entry("l", MALE), Map.entry("lakilaki", MALE), Map.entry("pria", MALE), Map.entry("male", MALE),
            Map.entry("p", FEMALE), Map.entry("perempuan", FEMALE), Map.entry("wanita", FEMALE),
            Map.entry("female", FEMALE));

    public String key() {
        return "jobinfo.sex." + name();
    }

    /** The requirement a person wrote; empty when the word is not one we know (null and "-" mean any). */
    public static Optional<SexRequirement> parse(String text) {
        String word = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0-]", "");
        return Optional.ofNullable(WORDS.get(word));
    }
}
