package id.go.jabarprov.disnakertrans.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Field;
import java.net.URI;
import java.util.Optional;

/**
 * The page a visitor asked for before being sent to sign in. Jakarta Security keeps it in the
 * session, but when the application itself calls {@code SecurityContext.authenticate} (as the sign-in
 * page does) the reference implementation answers SUCCESS without going back to it. So the sign-in
 * page reads it first. Only the path and query are used, so a crafted value cannot send the browser
 * to another site.
 */
final class OriginalRequest {

    /** Where Soteria (the Jakarta Security implementation in Payara) keeps the saved request. */
    private static final String SAVED_REQUEST = "org.glassfish.soteria.original.request";

    private OriginalRequest() {
    }

    static Optional<String> pathOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(SAVED_REQUEST);
        if (saved == null) {
            return Optional.empty();
        }
        String url = field(saved, "requestURL");
        String query = field(saved, "queryString");
        if (url == null) {
            return Optional.empty();
        }
        String path = URI.create(url).getRawPath();
        if (path == null || !path.startsWith(request.getContextPath() + "/") || path.startsWith("//")) {
            return Optional.empty();
        }
        return Optional.of(query == null || query.isEmpty() ? path : path + "?" + query);
    }

    private static String field(Object target, String name) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            Object value = field.get(target);
            return value == null ? null : value.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // another implementation: fall back to the landing page
        }
    }
}
