package id.go.jabarprov.disnakertrans.platform.i18n;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;

/**
 * Chooses the language of a page without an HTTP session, so public pages stay stateless: a
 * {@code ?lang=en} parameter picks it and is remembered in a cookie; otherwise the cookie; otherwise
 * Bahasa Indonesia.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "portal-lang";

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        String asked = external.getRequestParameterMap().get(PARAMETER);
        if (isSupported(asked)) {
            HttpServletResponse response = (HttpServletResponse) external.getResponse();
            Cookie cookie = new Cookie(COOKIE, asked);
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            return Locale.forLanguageTag(asked);
        }
        Cookie[] cookies = ((HttpServletRequest) external.getRequest()).getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && isSupported(cookie.getValue())) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        return Messages.INDONESIAN;
    }

    private static boolean isSupported(String tag) {
        return "id".equals(tag) || "en".equals(tag);
    }
}
