package id.go.jabarprov.disnakertrans.sikhi.domain;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The public reference of a filed case, {@code SK-7KX4-Q9M2}: printed on the receipt, read out on the
 * phone and typed from paper, so its alphabet leaves out 0/O and 1/I/L (the same alphabet as the core's
 * verification codes). Eight random characters give 31^8, about 8.5 * 10^11 codes; a code is not a
 * password: the status page also asks for the case's secret ({@link CaseSecret}). Services insert
 * under the unique index and draw again on the (rare) collision.
 */
public record TrackingCode(String value) {

    /** No 0/O, 1/I/L. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final String PREFIX = "SK-";
    private static final Pattern FORMAT = Pattern.compile("SK-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public TrackingCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a tracking code: " + value);
        }
    }

    /** A fresh code from a cryptographically strong source. */
    public static TrackingCode generate() {
        return generate(RANDOM);
    }

    /** A code from the given source (tests pass a seeded one). */
    public static TrackingCode generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(PREFIX);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new TrackingCode(code.toString());
    }

    /**
     * Reads a code as a person typed it: case, spaces and dashes are forgiven, the prefix may be left out
     * ({@code sk 7kx4q9m2}, {@code 7KX4-Q9M2}). Empty when it cannot be a code.
     */
    public static Optional<TrackingCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        if (compact.startsWith("SK") && compact.length() == 10) {
            compact = compact.substring(2);
        }
        if (compact.length() != 8) {
            return Optional.empty();
        }
        String candidate = PREFIX + compact.substring(0, 4) + "-" + compact.substring(4);
        return FORMAT.matcher(candidate).matches() ? Optional.of(new TrackingCode(candidate)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
