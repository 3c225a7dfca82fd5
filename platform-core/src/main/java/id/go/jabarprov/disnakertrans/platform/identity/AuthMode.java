package id.go.jabarprov.disnakertrans.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How people sign in: {@code local} (accounts in the portal's database, the embedded default) or
 * {@code oidc} (the province's Keycloak over OpenID Connect), from {@code portal.auth.mode}.
 */
@Named
@ApplicationScoped
public class AuthMode {

    public static final String LOCAL = "local";
    public static final String OIDC = "oidc";

    /** Read directly from the configuration: the CDI extension needs it before beans exist. */
    public static String configured() {
        return ConfigProvider.getConfig().getOptionalValue("portal.auth.mode", String.class).orElse(LOCAL).trim();
    }

    public boolean isOidc() {
        return OIDC.equals(configured());
    }

    /** Where the "sign in" link goes: the portal's own form, or the SSO entry that checks Keycloak answers, then sends the browser there. */
    public String getSignInPath() {
        return isOidc() ? "/sign-in" : "/login.xhtml";
    }
}
