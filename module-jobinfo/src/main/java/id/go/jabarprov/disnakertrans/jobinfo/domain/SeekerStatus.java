package id.go.jabarprov.disnakertrans.jobinfo.domain;

/** The AK/1 card's life: submitted for verification, returned for corrections, active (issued), closed by a placement. An active card past its validity is shown as expired (see JobSeeker#isExpired), not stored as such. */
public enum SeekerStatus {
    SUBMITTED, RETURNED, ACTIVE, PLACED;

    public String key() {
        return "jobinfo.seekerStatus." + name();
    }
}
