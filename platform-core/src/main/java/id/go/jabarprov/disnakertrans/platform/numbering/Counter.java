package id.go.jabarprov.disnakertrans.platform.numbering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last number given in one series. */
@Entity
@Table(name = "platform_counter")
public class Counter {

    @Id
    private String name;

    @Column(name = "last_value")
    private long lastValue;

    protected Counter() {
    }

    Counter(String name, long lastValue) {
        this.name = name;
        this.lastValue = lastValue;
    }

    long next() {
        return ++lastValue;
    }
}
