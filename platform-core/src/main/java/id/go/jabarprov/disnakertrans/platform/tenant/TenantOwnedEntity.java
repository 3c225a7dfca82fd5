package id.go.jabarprov.disnakertrans.platform.tenant;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every row that belongs to one kab/kota. EclipseLink fills and filters the
 * {@code tenant_code} column from the {@value TenantContext#PROPERTY} property that
 * {@link TenantSessionListener} sets for every unit of work, so no query names the tenant and none
 * can forget it. Reads without a tenant fail closed. Module tables extending this need a NOT NULL
 * {@code tenant_code varchar(8)} column.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = TenantContext.PROPERTY, length = 8)
public abstract class TenantOwnedEntity {
}
