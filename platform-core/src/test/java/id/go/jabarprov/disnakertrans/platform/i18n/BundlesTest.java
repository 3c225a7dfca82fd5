package id.go.jabarprov.disnakertrans.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in Bahasa Indonesia and in English, and every key a core page names exists. */
class BundlesTest {

    private static final String BASE = "/id/go/jabarprov/disnakertrans/platform/i18n/";

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(BASE + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void indonesianAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties id = load("messages.properties");
        Properties en = load("messages_en.properties");
        Set<String> onlyId = new TreeSet<>(id.stringPropertyNames());
        onlyId.removeAll(en.stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(id.stringPropertyNames());
        assertEquals(Set.of(), onlyId, "keys without English");
        assertEquals(Set.of(), onlyEn, "keys without Bahasa Indonesia");
        id.stringPropertyNames().forEach(k -> assertTrue(!id.getProperty(k).isBlank() && !en.getProperty(k).isBlank(), k));
        Properties facesId = load("faces_id.properties");
        Properties facesEn = load("faces_en.properties");
        assertEquals(facesId.stringPropertyNames(), facesEn.stringPropertyNames());
    }

    @Test
    void everyLiteralKeyOfTheCorePagesExists() throws IOException {
        Properties id = load("messages.properties");
        Pattern literal = Pattern.compile("msg\\['([a-z0-9._-]+)'\\]|name=\"title\" value=\"([a-z0-9._-]+)\"|label=\"([a-z0-9._-]+)\"|help=\"([a-z0-9._-]+)\"");
        Set<String> missing = new TreeSet<>();
        for (Path root : new Path[] {Path.of("src/main/resources/META-INF/resources"),
                Path.of("../theme/src/main/resources/META-INF/resources")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).collect(Collectors.toList())) {
                    Matcher m = literal.matcher(Files.readString(page));
                    while (m.find()) {
                        for (int g = 1; g <= m.groupCount(); g++) {
                            if (m.group(g) != null && !id.containsKey(m.group(g))) {
                                missing.add(page.getFileName() + ": " + m.group(g));
                            }
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
