package id.go.jabarprov.disnakertrans.platform.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A region from the Kemendagri list: the province, a kab/kota, a kecamatan or a desa/kelurahan. Read-only. */
@Entity
@Table(name = "platform_wilayah")
public class Wilayah {

    public static final String PROVINCE_CODE = "32";

    @Id
    private String code;

    @Column(name = "parent_code")
    private String parentCode;

    private String name;

    private int level;

    private String kind;

    protected Wilayah() {
    }

    public String getCode() {
        return code;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getName() {
        return name;
    }

    public int getLevel() {
        return level;
    }

    public String getKind() {
        return kind;
    }

    public boolean isProvince() {
        return level == 1;
    }
}
