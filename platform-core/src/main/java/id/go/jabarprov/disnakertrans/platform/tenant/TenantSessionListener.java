package id.go.jabarprov.disnakertrans.platform.tenant;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * The one place where tenant isolation is switched on: every persistence unit names this class in
 * {@code eclipselink.session-event-listener}, and each client session or unit of work it acquires
 * gets the request's tenant. Outside a request (or before a kab/kota is chosen) no tenant is set,
 * and EclipseLink refuses to read tenant-owned rows: it fails closed.
 */
public class TenantSessionListener extends SessionEventAdapter {

    @Override
    public void postAcquireClientSession(SessionEvent event) {
        applyTenant(event.getSession());
    }

    @Override
    public void postAcquireUnitOfWork(SessionEvent event) {
        applyTenant(event.getSession());
    }

    private static void applyTenant(Session session) {
        currentTenant().ifPresent(code -> session.setProperty(TenantContext.PROPERTY, code));
    }

    private static java.util.Optional<String> currentTenant() {
        try {
            return CDI.current().select(TenantContext.class).get().current();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return java.util.Optional.empty();
        }
    }
}
