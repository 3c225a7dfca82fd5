package id.go.jabarprov.disnakertrans.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A new installation has no account: this creates {@code admin} at the first start, with the
 * configured password or, when none is set, a generated one printed once to the log.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "portal.bootstrap.admin.password")
    Optional<String> configuredPassword;

    /** Called once at start-up by the core's start-up sequence, after the migrations. */
    public void createFirstAdministrator() {
        String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(AdminBootstrap::generate);
        if (accounts.bootstrapAdmin(password)) {
            if (configuredPassword.filter(p -> !p.isBlank()).isPresent()) {
                LOG.warning("First administrator created: sign in as 'admin' with portal.bootstrap.admin.password");
            } else {
                LOG.warning("First administrator created: sign in as 'admin' with password " + password
                        + " (shown once; change it after signing in)");
            }
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder("A1");
        for (int i = 0; i < 14; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
