package id.go.jabarprov.disnakertrans.jobinfo.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Skills as free text, compared leniently because employers and seekers word them differently: an entry is
 * split at commas and semicolons (a form field often holds "menjahit, obras"), trimmed, lower-cased and its
 * inner whitespace collapsed. A required skill is held when a seeker's skill equals it or either contains the
 * other as whole words ("las" and "las listrik" match, "las" and "kelas" do not). Plain string scanning: this
 * runs for thousands of seekers per ranking.
 */
final class Skills {

    private final String[] normalised;
    private final String[] wording;

    private Skills(String[] normalised, String[] wording) {
        this.normalised = normalised;
        this.wording = wording;
    }

    /** Required skills: distinct, keeping the first wording of each for explanations. */
    static Skills required(List<String> entries) {
        Map<String, String> byNormalised = new LinkedHashMap<>();
        split(entries, piece -> byNormalised.putIfAbsent(normalise(piece), piece));
        return new Skills(byNormalised.keySet().toArray(String[]::new), byNormalised.values().toArray(String[]::new));
    }

    /** A seeker's skills: only ever searched, so neither deduplicated nor kept in their wording. */
    static Skills held(List<String> entries) {
        List<String> normalised = new ArrayList<>(entries.size() + 2);
        split(entries, piece -> normalised.add(normalise(piece)));
        String[] array = normalised.toArray(String[]::new);
        return new Skills(array, array);
    }

    private static void split(List<String> entries, Consumer<String> pieces) {
        for (String entry : entries) {
            int start = 0;
            for (int i = 0; i <= entry.length(); i++) {
                if (i == entry.length() || entry.charAt(i) == ',' || entry.charAt(i) == ';') {
                    String piece = entry.substring(start, i).strip();
                    if (!piece.isEmpty()) {
                        pieces.accept(piece);
                    }
                    start = i + 1;
                }
            }
        }
    }

    int size() {
        return normalised.length;
    }

    /** Which of these required skills the seeker holds. */
    Overlap heldBy(Skills seeker) {
        List<String> held = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int r = 0; r < normalised.length; r++) {
            (seeker.holds(normalised[r]) ? held : missing).add(wording[r]);
        }
        return new Overlap(held, missing);
    }

    private boolean holds(String required) {
        for (String skill : normalised) {
            if (containsWords(skill, required) || containsWords(required, skill)) {
                return true;
            }
        }
        return false;
    }

    static String normalise(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder collapsed = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space) {
                    collapsed.append(' ');
                    space = false;
                }
                collapsed.append(c);
            }
        }
        return collapsed.toString();
    }

    /** Whether words occurs in text with no letter or digit right before or after it. */
    static boolean containsWords(String text, String words) {
        int from = 0;
        int at;
        while ((at = text.indexOf(words, from)) >= 0) {
            int end = at + words.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    /** The required skills a seeker holds and lacks, in the vacancy's wording and order. */
    record Overlap(List<String> held, List<String> missing) {

        int required() {
            return held.size() + missing.size();
        }
    }
}
