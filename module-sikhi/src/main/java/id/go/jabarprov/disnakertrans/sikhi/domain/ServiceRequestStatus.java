package id.go.jabarprov.disnakertrans.sikhi.domain;

/** Where a service request stands. */
public enum ServiceRequestStatus {
    /** Filed (or filed again), waiting for an officer. */
    SUBMITTED,
    /** Sent back to the company with notes on what to correct. */
    RETURNED,
    /** Approved: validated or registered, with the office's reference number. */
    APPROVED;

    public String key() {
        return "sikhi.requestStatus." + name();
    }
}
