package id.go.jabarprov.disnakertrans.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that links each audit record to the one before: SHA-256 over the previous hash, the
 * sequence number and every field of the record, each field length-prefixed so that moving text
 * from one field to the next changes the hash.
 */
public final class AuditChain {

    /** The "previous hash" of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String prevHash, long seq, AuditEntry entry) {
        StringBuilder canonical = new StringBuilder(512);
        append(canonical, prevHash);
        append(canonical, Long.toString(seq));
        append(canonical, Long.toString(entry.occurredAt().toEpochMilli()));
        append(canonical, entry.actor());
        append(canonical, entry.roles());
        append(canonical, entry.tenantCode());
        append(canonical, entry.moduleId());
        append(canonical, entry.action());
        append(canonical, entry.target());
        append(canonical, entry.summary());
        append(canonical, entry.details());
        append(canonical, entry.clientAddress());
        append(canonical, entry.requestId());
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void append(StringBuilder out, String value) {
        if (value == null) {
            out.append("-1:");
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append('|');
    }
}
