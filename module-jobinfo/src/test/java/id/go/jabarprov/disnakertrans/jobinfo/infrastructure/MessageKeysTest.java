package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jabarprov.disnakertrans.jobinfo.domain.SexRequirement;
import id.go.jabarprov.disnakertrans.jobinfo.domain.VacancyDraft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the vacancy and sheet classes use has a text in both languages; a missing one shows as ???key???. */
class MessageKeysTest {

    private static final String BUNDLE = "id.go.jabarprov.disnakertrans.jobinfo.messages";
    private static final Path SOURCES = Path.of("src/main/java/id/go/jabarprov/disnakertrans/jobinfo");
    /** A whole key in quotes; prefixes such as "jobinfo.sex." end with a dot and are covered below. */
    private static final Pattern KEY = Pattern.compile("\"(jobinfo\\.(?:vacancy|sheet|sex)\\.[\\w.]*\\w)\"");

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.list(SOURCES.resolve("domain")),
                Files.list(SOURCES.resolve("infrastructure")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        Arrays.stream(SexRequirement.values()).map(SexRequirement::key).forEach(keys::add);
        Arrays.stream(SheetColumn.values()).map(SheetColumn::helpKey).forEach(keys::add);
        return keys;
    }

    @Test
    void everyKeyUsedHasATextInBothLanguages() throws IOException {
        Set<String> used = usedKeys();
        assertTrue(used.size() > 40, () -> "the scan found too little: " + used);
        ResourceBundle indonesian = bundle(Locale.forLanguageTag("id"));
        ResourceBundle english = bundle(Locale.ENGLISH);
        assertEquals(Locale.ROOT, indonesian.getLocale(), "Indonesian is the default bundle");
        assertEquals(Locale.ENGLISH, english.getLocale());
        for (String key : used) {
            assertTrue(indonesian.keySet().contains(key), () -> "messages.properties lacks " + key);
            assertTrue(english.keySet().contains(key), () -> "messages_en.properties lacks " + key);
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(bundle(Locale.forLanguageTag("id")).keySet()),
                new TreeSet<>(bundle(Locale.ENGLISH).keySet()));
    }

    @Test
    void textsWithArgumentsShowThem() {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("id"), Locale.ENGLISH}) {
            ResourceBundle texts = bundle(locale);
            for (String key : new String[] {"tooLarge", "tooManyRows", "missingColumn", "date", "number", "sex"}) {
                String text = new MessageFormat(texts.getString("jobinfo.sheet.error." + key), locale).format(
                        new Object[] {"ARG"});
                assertTrue(text.contains("ARG"), text);
                assertFalse(text.contains("{"), text);
            }
        }
    }

    @Test
    void limitsInTheTextsAreTheLimitsInTheCode() {
        assertMentions("tooLong.title", " " + VacancyDraft.MAX_TITLE_LENGTH + " ");
        assertMentions("tooLongOpen", " " + VacancyDraft.MAX_OPEN_DAYS + " ");
        assertMentions("skills", " " + VacancyDraft.MAX_SKILLS + " ");
        assertMentions("tooLong.skill", " " + VacancyDraft.MAX_SKILL_LENGTH + " ");
        assertMentions("tooLong.workAddress", " " + VacancyDraft.MAX_ADDRESS_LENGTH + " ");
        assertMentions("age", VacancyDraft.MIN_AGE + " dan " + VacancyDraft.MAX_AGE);
        assertMentions("experience", VacancyDraft.MIN_EXPERIENCE_YEARS + " dan " + VacancyDraft.MAX_EXPERIENCE_YEARS);
    }

    private static void assertMentions(String error, String limit) {
        String text = bundle(Locale.forLanguageTag("id")).getString("jobinfo.vacancy.error." + error);
        assertTrue(text.contains(limit), () -> text + " should mention " + limit);
    }
}
