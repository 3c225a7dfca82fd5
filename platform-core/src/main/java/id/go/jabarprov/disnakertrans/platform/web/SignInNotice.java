package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.identity.oidc.OidcProfile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Why a signed-in person has fewer rights than expected, shown on every page; never opens a session. */
@Named
@RequestScoped
public class SignInNotice {

    @Inject
    HttpServletRequest request;

    /** The i18n key of the notice, or null. */
    public String getKey() {
        HttpSession session = request.getSession(false);
        Object key = session == null ? null : session.getAttribute(OidcProfile.PROBLEM);
        return key instanceof String s ? s : null;
    }
}
