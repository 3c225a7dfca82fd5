package id.go.jabarprov.disnakertrans.platform.enablement;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/** A value an administrator set for a module's setting in one kab/kota; absent means the default. */
@Entity
@Cacheable(false)
@IdClass(ModuleSetting.Key.class)
@Table(name = "platform_module_setting")
public class ModuleSetting {

    @Id
    @Column(name = "tenant_code")
    private String tenantCode;

    @Id
    @Column(name = "module_id")
    private String moduleId;

    @Id
    private String name;

    @Column(name = "setting_value")
    private String value;

    @Version
    private long version;

    protected ModuleSetting() {
    }

    public ModuleSetting(String tenantCode, String moduleId, String name, String value) {
        this.tenantCode = tenantCode;
        this.moduleId = moduleId;
        this.name = name;
        this.value = value;
    }

    public String getName() { return name; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }

    /** Composite key: kab/kota, module and setting name. */
    public static class Key implements Serializable {
        private String tenantCode;
        private String moduleId;
        private String name;

        public Key() {
        }

        public Key(String tenantCode, String moduleId, String name) {
            this.tenantCode = tenantCode;
            this.moduleId = moduleId;
            this.name = name;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantCode, k.tenantCode) && Objects.equals(moduleId, k.moduleId)
                    && Objects.equals(name, k.name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantCode, moduleId, name);
        }
    }
}
