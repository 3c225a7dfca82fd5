package id.go.jabarprov.disnakertrans.platform.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A KBJI 2014 occupation group (ISCO-08 structure): major group (1 digit), sub-major (2), minor (3) and
 * unit group (4). The code's prefixes are its ancestors. Read-only.
 */
@Entity
@Table(name = "platform_occupation")
public class Occupation {

    @Id
    private String code;

    private int level;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(name = "title_id")
    private String titleId;

    @Column(name = "title_en")
    private String titleEn;

    protected Occupation() {
    }

    public String getCode() { return code; }
    public int getLevel() { return level; }
    public String getParentCode() { return parentCode; }
    public String getTitleId() { return titleId; }
    public String getTitleEn() { return titleEn; }

    /** The title in the reader's language, Indonesian where no English title exists. */
    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleId;
    }

    public boolean isUnitGroup() {
        return level == 4;
    }
}
