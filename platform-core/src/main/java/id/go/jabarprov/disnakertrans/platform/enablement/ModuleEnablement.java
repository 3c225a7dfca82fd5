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

/**
 * Whether a module is switched on for a kab/kota. Not cached: with several portal instances a
 * switch made on one must take effect on all at once.
 */
@Entity
@Cacheable(false)
@IdClass(ModuleEnablement.Key.class)
@Table(name = "platform_module_enablement")
public class ModuleEnablement {

    @Id
    @Column(name = "tenant_code")
    private String tenantCode;

    @Id
    @Column(name = "module_id")
    private String moduleId;

    private boolean enabled;

    @Version
    private long version;

    protected ModuleEnablement() {
    }

    public ModuleEnablement(String tenantCode, String moduleId, boolean enabled) {
        this.tenantCode = tenantCode;
        this.moduleId = moduleId;
        this.enabled = enabled;
    }

    public String getTenantCode() { return tenantCode; }
    public String getModuleId() { return moduleId; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }

    /** Composite key: kab/kota and module. */
    public static class Key implements Serializable {
        private String tenantCode;
        private String moduleId;

        public Key() {
        }

        public Key(String tenantCode, String moduleId) {
            this.tenantCode = tenantCode;
            this.moduleId = moduleId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantCode, k.tenantCode) && Objects.equals(moduleId, k.moduleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantCode, moduleId);
        }
    }
}
