package id.go.jabarprov.disnakertrans.platform.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A registered job seeker has been placed in a job (fired by the job-information module after the
 * placement is stored). Training, for example, may count its graduates' placements.
 *
 * @param tenantCode     the kab/kota that holds the seeker's AK/1 card
 * @param ak1Number      the AK/1 card number, the key other modules know the seeker by
 * @param username       the seeker's portal account, or null for a seeker registered at the counter without one
 * @param occupationCode the KBJI 2014 unit group of the job
 * @param placedOn       the first day of work
 */
public record JobSeekerPlaced(String tenantCode, String ak1Number, String username, String occupationCode,
                              LocalDate placedOn) {

    public JobSeekerPlaced {
        Objects.requireNonNull(tenantCode, "tenantCode");
        Objects.requireNonNull(ak1Number, "ak1Number");
        Objects.requireNonNull(placedOn, "placedOn");
    }
}
