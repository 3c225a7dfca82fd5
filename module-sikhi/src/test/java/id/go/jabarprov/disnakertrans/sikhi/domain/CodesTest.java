package id.go.jabarprov.disnakertrans.sikhi.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Registration numbers, tracking codes and case secrets. */
class CodesTest {

    @Test
    void registrationNumberFormat() {
        assertEquals("0007/PHI/32.73/2026", new RegistrationNumber(7, "32.73", 2026).format());
        assertEquals("0001/PHI/32.01/2027", RegistrationNumber.after(0, "32.01", 2027).toString());
        assertEquals("0124/PHI/32/2026", RegistrationNumber.after(123, "32", 2026).format(), "the province registers too");
        assertEquals("12345/PHI/32.73/2026", new RegistrationNumber(12345, "32.73", 2026).format());
    }

    @Test
    void registrationNumberParsesWhatItFormats() {
        RegistrationNumber number = RegistrationNumber.parse(" 0007/PHI/32.73/2026 ");
        assertEquals(new RegistrationNumber(7, "32.73", 2026), number);
        assertEquals(12345, RegistrationNumber.parse("12345/PHI/32.73/2026").sequence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"7/PHI/32.73/2026", "0007/PHI/3273/2026", "0007-PHI-32.73-2026", "0007/PHI/32.73.01/2026", ""})
    void malformedRegistrationNumbersAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> RegistrationNumber.parse(text));
    }

    @Test
    void registrationNumberParts() {
        assertThrows(IllegalArgumentException.class, () -> new RegistrationNumber(0, "32.73", 2026));
        assertThrows(IllegalArgumentException.class, () -> new RegistrationNumber(1, "Bandung", 2026));
        assertThrows(IllegalArgumentException.class, () -> new RegistrationNumber(1, "32.73", 26));
    }

    @Test
    void trackingCodesUseTheUnambiguousAlphabet() {
        assertEquals("23456789ABCDEFGHJKMNPQRSTUVWXYZ", TrackingCode.ALPHABET);
        for (char ambiguous : "01OIL".toCharArray()) {
            assertEquals(-1, TrackingCode.ALPHABET.indexOf(ambiguous), "no " + ambiguous);
        }
        Random seeded = new Random(42);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = TrackingCode.generate(seeded).value();
            assertTrue(code.matches("SK-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), code);
            seen.add(code);
        }
        assertEquals(2000, seen.size());
        assertTrue(TrackingCode.generate().value().startsWith("SK-"));
    }

    @Test
    void trackingCodesAreReadAsPeopleTypeThem() {
        TrackingCode code = new TrackingCode("SK-7KX4-Q9M2");
        assertEquals(Optional.of(code), TrackingCode.parse("sk-7kx4-q9m2"));
        assertEquals(Optional.of(code), TrackingCode.parse(" SK 7KX4 Q9M2 "));
        assertEquals(Optional.of(code), TrackingCode.parse("7kx4q9m2"));
        assertEquals(Optional.of(code), TrackingCode.parse("7KX4-Q9M2"));
        assertEquals(Optional.empty(), TrackingCode.parse("SK-7KX4-Q9M0"), "0 is not in the alphabet");
        assertEquals(Optional.empty(), TrackingCode.parse("SK-7KX4-Q9MO"), "nor O");
        assertEquals(Optional.empty(), TrackingCode.parse("SK-7KX4-Q9M"));
        assertEquals(Optional.empty(), TrackingCode.parse(null));
        assertThrows(IllegalArgumentException.class, () -> new TrackingCode("SK-1111-1111"));
    }

    @Test
    void theSecretIsStoredOnlyAsASaltedHash() {
        String secret = CaseSecret.generate();
        assertTrue(secret.matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), secret);
        String stored = CaseSecret.hash(secret);
        assertFalse(stored.contains(secret));
        assertFalse(stored.contains(secret.replace("-", "")));
        assertTrue(stored.startsWith("pbkdf2-sha256:" + CaseSecret.ITERATIONS + ":"));
        assertNotEquals(stored, CaseSecret.hash(secret), "a new salt every time");
        assertTrue(CaseSecret.verify(secret, stored));
        assertTrue(CaseSecret.verify(secret.toLowerCase().replace("-", " "), stored), "case and separators forgiven");
    }

    @Test
    void aWrongOrMissingSecretDoesNotVerify() {
        String stored = CaseSecret.hash("7KX4-Q9M2-HT3W");
        assertFalse(CaseSecret.verify("7KX4-Q9M2-HT3X", stored));
        assertFalse(CaseSecret.verify("", stored));
        assertFalse(CaseSecret.verify(null, stored));
        assertFalse(CaseSecret.verify("7KX4-Q9M2-HT3W", null));
        assertFalse(CaseSecret.verify("7KX4-Q9M2-HT3W", "7KX4-Q9M2-HT3W"), "a plain stored secret is not a hash");
        assertFalse(CaseSecret.verify("7KX4-Q9M2-HT3W", "pbkdf2-sha256:x:y:z"));
        assertFalse(CaseSecret.verify("7KX4-Q9M2-HT3W", CaseSecret.DECOY_HASH));
    }

    @Test
    void aSecretGeneratedFromAGivenSourceIsReproducible() {
        assertEquals(CaseSecret.generate(new Random(7)), CaseSecret.generate(new Random(7)));
        assertThrows(IllegalArgumentException.class, () -> CaseSecret.hash(" - "));
    }
}
