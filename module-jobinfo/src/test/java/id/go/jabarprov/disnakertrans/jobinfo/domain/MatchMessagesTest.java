package id.go.jabarprov.disnakertrans.jobinfo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every explanation the scorer produces can be shown in both languages, and the bundles hold no stale key. */
class MatchMessagesTest {

    private static final String BUNDLE = "/id/go/jabarprov/disnakertrans/jobinfo/messages";

    @Test
    void everyProducedKeyIsInBothBundlesAndFormats() throws IOException {
        Map<String, List<String>> produced = producedKeysWithArgs();
        for (String file : List.of(BUNDLE + ".properties", BUNDLE + "_en.properties")) {
            Properties bundle = load(file);
            for (Map.Entry<String, List<String>> key : produced.entrySet()) {
                String pattern = bundle.getProperty(key.getKey());
                assertNotNull(pattern, key.getKey() + " in " + file);
                String text = new MessageFormat(pattern, Locale.ROOT).format(key.getValue().toArray());
                assertFalse(text.contains("{"), key.getKey() + " leaves a placeholder: " + text);
                assertFalse(pattern.contains("'"), key.getKey() + ": MessageFormat would swallow a single quote");
            }
            Set<String> inBundle = bundle.stringPropertyNames().stream()
                    .filter(k -> k.startsWith(MatchScorer.KEYS)).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(produced.keySet()), inBundle, "matching keys in " + file);
        }
    }

    @Test
    void theWorkedExampleReadsNaturally() throws IOException {
        Properties id = load(BUNDLE + ".properties");
        Match b = MatchScorer.score(MatchScorerTest.PENJAHIT, MatchScorerTest.B);
        MatchReason skills = b.reason(MatchReason.Criterion.SKILLS);
        assertEquals("Memiliki 1 dari 2 keahlian yang disyaratkan: menjahit; belum: obras",
                MessageFormat.format(id.getProperty(skills.key()), skills.args().toArray()));
        MatchReason education = b.reason(MatchReason.Criterion.EDUCATION);
        assertEquals("Pendidikan memenuhi: minimal SMP, pencari kerja SMA",
                MessageFormat.format(id.getProperty(education.key()), education.args().toArray()));
    }

    /** Keys with one example of their arguments, from scoring that reaches every branch. */
    private static Map<String, List<String>> producedKeysWithArgs() {
        LocalDate asOf = MatchScorerTest.AS_OF;
        List<MatchCriteria> vacancies = new ArrayList<>();
        for (String sex : new String[] {null, "MALE", "FEMALE"}) {
            for (Integer[] ages : new Integer[][] {{null, null}, {18, 35}, {30, null}, {null, 25}}) {
                for (String education : new String[] {null, "SMA"}) {
                    vacancies.add(new MatchCriteria("7533", education, ages[0] == null ? null : "32.73",
                            ages[1] == null ? List.of() : List.of("menjahit", "obras"), ages[0], ages[1], sex, asOf));
                }
            }
        }
        List<Candidate> seekers = new ArrayList<>(MatchScorerTest.randomCandidates(300, new Random(3)));
        seekers.add(MatchScorerTest.A);
        seekers.add(MatchScorerTest.B);
        seekers.add(MatchScorerTest.D);
        Map<String, List<String>> produced = new HashMap<>();
        for (MatchCriteria vacancy : vacancies) {
            for (Candidate seeker : seekers) {
                for (MatchReason reason : MatchScorer.score(vacancy, seeker).reasons()) {
                    produced.putIfAbsent(reason.key(), reason.args());
                }
            }
        }
        assertTrue(produced.size() > 20, "scenarios reach the branches: " + produced.keySet());
        return produced;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MatchMessagesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
