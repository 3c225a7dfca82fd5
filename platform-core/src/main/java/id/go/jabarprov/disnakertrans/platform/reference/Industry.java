package id.go.jabarprov.disnakertrans.platform.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** A KBLI 2020 section (A–U) or division (01–99). Read-only. */
@Entity
@Table(name = "platform_industry")
public class Industry {

    @Id
    private String code;

    private String level;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(name = "title_id")
    private String titleId;

    @Column(name = "title_en")
    private String titleEn;

    protected Industry() {
    }

    public String getCode() { return code; }
    public String getLevel() { return level; }
    public String getParentCode() { return parentCode; }
    public String getTitleId() { return titleId; }
    public String getTitleEn() { return titleEn; }

    public boolean isDivision() {
        return "DIVISION".equals(level);
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleId;
    }
}
