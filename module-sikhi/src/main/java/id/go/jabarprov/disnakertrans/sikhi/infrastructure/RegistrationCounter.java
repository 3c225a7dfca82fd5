package id.go.jabarprov.disnakertrans.sikhi.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last registration number given in a kab/kota and year ({@code 32.73/2026}); read under a row lock. */
@Entity
@Table(name = "sikhi_registration_counter")
public class RegistrationCounter {

    @Id
    private String id;

    @Column(name = "last_seq")
    private int lastSeq;

    protected RegistrationCounter() {
    }

    public RegistrationCounter(String tenantCode, int year, int lastSeq) {
        this.id = key(tenantCode, year);
        this.lastSeq = lastSeq;
    }

    public static String key(String tenantCode, int year) {
        return tenantCode + "/" + year;
    }

    /** Takes the next number. */
    public int next() {
        return ++lastSeq;
    }
}
