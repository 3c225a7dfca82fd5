package id.go.jabarprov.disnakertrans.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static AuditEntry entry(String summary, String details) {
        return new AuditEntry(Instant.parse("2026-11-28T03:00:00.123456Z"), "admin", "platform-admin", "32.73",
                "platform", "module.enabled", "testmod", summary, details, "127.0.0.1", "req-1");
    }

    @Test
    void theSameContentAndPredecessorGiveTheSameHash() {
        assertEquals(AuditChain.hash(AuditChain.GENESIS, 1, entry("a", "b")),
                AuditChain.hash(AuditChain.GENESIS, 1, entry("a", "b")));
        assertEquals(64, AuditChain.hash(AuditChain.GENESIS, 1, entry("a", "b")).length());
    }

    @Test
    void anyChangeOfContentSequenceOrPredecessorChangesTheHash() {
        String base = AuditChain.hash(AuditChain.GENESIS, 1, entry("a", "b"));
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, 1, entry("a!", "b")));
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, 2, entry("a", "b")));
        assertNotEquals(base, AuditChain.hash("1".repeat(64), 1, entry("a", "b")));
    }

    @Test
    void movingTextBetweenFieldsChangesTheHash() {
        assertNotEquals(AuditChain.hash(AuditChain.GENESIS, 1, entry("ab", "")),
                AuditChain.hash(AuditChain.GENESIS, 1, entry("a", "b")));
        assertNotEquals(AuditChain.hash(AuditChain.GENESIS, 1, entry(null, "b")),
                AuditChain.hash(AuditChain.GENESIS, 1, entry("", "b")));
    }

    @Test
    void timesAreKeptToTheMillisecondSoADatabaseRoundTripHashesTheSame() {
        assertEquals(Instant.parse("2026-11-28T03:00:00.123Z"), entry("a", "b").occurredAt());
    }
}
