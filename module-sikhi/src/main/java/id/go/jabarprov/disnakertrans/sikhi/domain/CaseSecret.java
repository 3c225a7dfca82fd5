package id.go.jabarprov.disnakertrans.sikhi.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.random.RandomGenerator;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The secret that, with the {@link TrackingCode}, lets a party without an account follow its case on
 * the public status page. It is shown once, on the filing receipt; only its PBKDF2 hash is stored.
 *
 * <p>The secret is 12 random characters of the tracking-code alphabet ({@code 7KX4-Q9M2-HT3W}, about
 * 2^59 possibilities), so even a fast hash would resist guessing; PBKDF2-HMAC-SHA256 with a 16-byte salt
 * and {@value #ITERATIONS} iterations adds a work factor while keeping a status lookup to a few
 * milliseconds on a 2-core server. The stored form {@code pbkdf2-sha256:<iterations>:<salt>:<hash>}
 * (Base64) names its parameters, so the count can be raised later without breaking stored hashes.
 */
public final class CaseSecret {

    static final int ITERATIONS = 10_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final int LENGTH = 12;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A hash no secret matches, to verify against when the tracking code is unknown: the answer then
     * takes as long as for a known code, so timing does not tell which codes exist.
     */
    public static final String DECOY_HASH = hash(generate());

    private CaseSecret() {
    }

    /** A fresh secret, grouped by four for reading: {@code 7KX4-Q9M2-HT3W}. */
    public static String generate() {
        return generate(RANDOM);
    }

    static String generate(RandomGenerator random) {
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                secret.append('-');
            }
            secret.append(TrackingCode.ALPHABET.charAt(random.nextInt(TrackingCode.ALPHABET.length())));
        }
        return secret.toString();
    }

    /** The value to store for a secret (a new salt every time). */
    public static String hash(String secret) {
        if (secret == null || normalise(secret).isEmpty()) {
            throw new IllegalArgumentException("empty secret");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(normalise(secret), salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder();
        return SCHEME + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    /**
     * Whether the typed secret matches the stored hash. Case, spaces and dashes are forgiven; the
     * comparison takes the same time wherever the first difference is. A malformed stored value matches nothing.
     */
    public static boolean verify(String typed, String stored) {
        if (typed == null || stored == null || normalise(typed).isEmpty()) {
            return false;
        }
        String[] parts = stored.split(":");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || salt.length == 0 || expected.length == 0) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(normalise(typed), salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String normalise(String secret) {
        return secret.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
