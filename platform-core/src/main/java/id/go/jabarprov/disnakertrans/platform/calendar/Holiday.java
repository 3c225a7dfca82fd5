package id.go.jabarprov.disnakertrans.platform.calendar;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A national holiday or a day of cuti bersama, as decreed for the whole country. */
@Entity
@Cacheable(false)
@Table(name = "platform_holiday")
public class Holiday {

    public enum Kind { LIBUR_NASIONAL, CUTI_BERSAMA }

    @Id
    @Column(name = "holiday_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "name_id")
    private String nameId;

    @Column(name = "name_en")
    private String nameEn;

    @Version
    private long version;

    protected Holiday() {
    }

    public Holiday(LocalDate date, Kind kind, String nameId, String nameEn) {
        this.date = date;
        this.kind = kind;
        this.nameId = nameId;
        this.nameEn = nameEn;
    }

    public LocalDate getDate() { return date; }
    public Kind getKind() { return kind; }
    public String getNameId() { return nameId; }
    public String getNameEn() { return nameEn; }
}
