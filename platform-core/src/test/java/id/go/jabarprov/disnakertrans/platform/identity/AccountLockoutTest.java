package id.go.jabarprov.disnakertrans.platform.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountLockoutTest {

    private final Instant now = Instant.parse("2026-11-28T03:00:00Z");

    @Test
    void locksAtTheLimitForTheGivenTimeAndUnlocksAfterwards() {
        Account account = new Account("budi", "Budi", null, Account.Kind.STAFF, now);
        assertFalse(account.registerFailure(now, 3, Duration.ofMinutes(15)));
        assertFalse(account.registerFailure(now, 3, Duration.ofMinutes(15)));
        assertTrue(account.registerFailure(now, 3, Duration.ofMinutes(15)));
        assertTrue(account.isLockedAt(now.plusSeconds(60)));
        assertFalse(account.isLockedAt(now.plus(Duration.ofMinutes(15)).plusSeconds(1)));
    }

    @Test
    void aSuccessClearsEarlierFailures() {
        Account account = new Account("budi", "Budi", null, Account.Kind.STAFF, now);
        account.registerFailure(now, 3, Duration.ofMinutes(15));
        account.registerFailure(now, 3, Duration.ofMinutes(15));
        account.registerSuccess();
        assertFalse(account.registerFailure(now, 3, Duration.ofMinutes(15)));
        assertFalse(account.isLockedAt(now));
    }
}
