package id.go.jabarprov.disnakertrans.platform.api;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A service's refusal as an API answer: 422 with the same texts the pages show, per field, in the
 * caller's language (Accept-Language: Indonesian unless English is asked for).
 */
@Provider
public class RefusalMapper implements ExceptionMapper<BusinessException> {

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException e) {
        Locale locale = headers != null && headers.getAcceptableLanguages().stream()
                .anyMatch(l -> "en".equals(l.getLanguage())) ? Locale.ENGLISH : Messages.INDONESIAN;
        Map<String, String> fields = new LinkedHashMap<>();
        e.fieldKeys().forEach((field, key) -> fields.put(field, messages.text(locale, key)));
        return Response.status(422).type(MediaType.APPLICATION_JSON)
                .entity(new Refusal(e.key() == null ? null : messages.text(locale, e.key()), fields)).build();
    }

    /** What was refused: a message for the whole request and/or one per field. */
    public record Refusal(String message, Map<String, String> fields) {
    }
}
