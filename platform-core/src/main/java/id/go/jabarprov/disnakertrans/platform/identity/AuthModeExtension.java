package id.go.jabarprov.disnakertrans.platform.identity;

import id.go.jabarprov.disnakertrans.platform.identity.oidc.OidcSignIn;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Keeps exactly one sign-in mechanism: Jakarta Security refuses two, and the mode is a deployment
 * setting ({@code portal.auth.mode}), so the beans of the other mode are vetoed before they exist.
 */
public class AuthModeExtension implements Extension {

    private static final Logger LOG = Logger.getLogger(AuthModeExtension.class.getName());
    private static final Set<Class<?>> LOCAL_ONLY = Set.of(LocalSignIn.class, LocalIdentityStore.class);
    private static final Set<Class<?>> OIDC_ONLY = Set.of(OidcSignIn.class);

    <T> void keepOneMode(@Observes ProcessAnnotatedType<T> event) {
        Class<T> type = event.getAnnotatedType().getJavaClass();
        boolean oidc = AuthMode.OIDC.equals(AuthMode.configured());
        if ((oidc && LOCAL_ONLY.contains(type)) || (!oidc && OIDC_ONLY.contains(type))) {
            event.veto();
            LOG.fine(() -> "Sign-in mode " + (oidc ? "oidc" : "local") + ": " + type.getSimpleName() + " left out");
        }
    }
}
