package id.go.jabarprov.disnakertrans.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Local mode: accounts and PBKDF2 hashes in the portal's own database. The outcome is left on the
 * request so the login page can say "locked" rather than only "wrong password".
 */
@ApplicationScoped
public class LocalIdentityStore implements IdentityStore {

    public static final String OUTCOME = "portal.auth.outcome";

    @Inject
    AccountService accountService;

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        AuthenticationOutcome outcome = accountService.authenticate(credential.getCaller(), credential.getPasswordAsString());
        request.setAttribute(OUTCOME, outcome);
        if (outcome != AuthenticationOutcome.SIGNED_IN) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account account = accounts.findActiveByUsername(credential.getCaller().trim().toLowerCase()).orElseThrow();
        return new CredentialValidationResult(account.getUsername(), account.getRoles());
    }
}
