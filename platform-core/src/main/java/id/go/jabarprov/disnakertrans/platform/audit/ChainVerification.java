package id.go.jabarprov.disnakertrans.platform.audit;

/**
 * The outcome of walking the audit chain.
 *
 * @param intact       whether every record links to the one before and hashes to what it stores
 * @param checked      how many records were read
 * @param firstBroken  the sequence number of the first record that does not hold, or 0
 * @param reason       why it does not hold, or {@code null}
 */
public record ChainVerification(boolean intact, long checked, long firstBroken, String reason) {

    static ChainVerification ok(long checked) {
        return new ChainVerification(true, checked, 0, null);
    }

    static ChainVerification broken(long checked, long seq, String reason) {
        return new ChainVerification(false, checked, seq, reason);
    }

    public boolean isIntact() { return intact; }
    public long getChecked() { return checked; }
    public long getFirstBroken() { return firstBroken; }
    public String getReason() { return reason; }
}
