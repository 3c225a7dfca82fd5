package id.go.jabarprov.disnakertrans.platform.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** A level of formal education (Dukcapil/BPS list). Read-only. */
@Entity
@Table(name = "platform_education_level")
public class EducationLevel {

    @Id
    private String code;

    @Column(name = "name_id")
    private String nameId;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "sort_order")
    private int sortOrder;

    protected EducationLevel() {
    }

    public String getCode() { return code; }
    public String getNameId() { return nameId; }
    public String getNameEn() { return nameEn; }
    public int getSortOrder() { return sortOrder; }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameId;
    }
}
