package id.go.jabarprov.disnakertrans.platform.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person was judged competent and certified (fired by the training module when a competency or
 * training certificate is issued). The job-information module adds the competency to the person's
 * skills when they are a registered job seeker.
 *
 * @param tenantCode        the kab/kota of the training centre
 * @param username          the certified person's portal account
 * @param competency        the competency or scheme as printed on the certificate
 * @param certificateNumber the certificate's number
 * @param issuedOn          the day of issue
 */
public record CompetencyCertified(String tenantCode, String username, String competency, String certificateNumber,
                                  LocalDate issuedOn) {

    public CompetencyCertified {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(issuedOn, "issuedOn");
    }
}
