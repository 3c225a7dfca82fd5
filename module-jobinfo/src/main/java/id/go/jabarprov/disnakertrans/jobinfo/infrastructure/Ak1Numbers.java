package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import id.go.jabarprov.disnakertrans.platform.numbering.RunningNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * AK/1 numbers: the kab/kota's four digits, the year, a running number of the kab/kota and year
 * ({@code 3273.2026.000042}). The number names the office that holds the card, so an employer reporting
 * a hire by number reaches the right office.
 */
@ApplicationScoped
public class Ak1Numbers {

    @PersistenceContext(unitName = "jobinfo")
    EntityManager em;

    @Inject
    RunningNumbers numbers;

    public String next(String kabKota, int year) {
        String prefix = kabKota.replace(".", "") + "." + year + ".";
        long seq = numbers.next("jobinfo.ak1/" + kabKota + "/" + year, () -> {
            String last = em.createQuery("select max(s.ak1Number) from JobSeeker s where s.ak1Number like :p", String.class)
                    .setParameter("p", prefix + "%").getSingleResult();
            return last == null ? 0 : Long.parseLong(last.substring(prefix.length()));
        });
        return prefix + String.format("%06d", seq);
    }

    /** The kab/kota whose office holds a card, read from its number; empty for anything malformed. */
    public static java.util.Optional<String> officeOf(String number) {
        if (number == null || !number.strip().matches("\\d{4}\\.\\d{4}\\.\\d{6}")) {
            return java.util.Optional.empty();
        }
        String n = number.strip();
        return java.util.Optional.of(n.substring(0, 2) + "." + n.substring(2, 4));
    }
}
