package id.go.jabarprov.disnakertrans.platform.enablement;

import id.go.jabarprov.disnakertrans.platform.module.SettingDefinition;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks a setting's value against its declared type; answers the i18n key of the problem. */
public final class SettingValidator {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private SettingValidator() {
    }

    public static Optional<String> check(SettingDefinition definition, String value) {
        if (value == null || value.isBlank()) {
            return definition.required() ? Optional.of("validation.required") : Optional.empty();
        }
        String v = value.trim();
        switch (definition.type()) {
            case INTEGER -> {
                try {
                    long n = Long.parseLong(v);
                    if ((definition.min() != null && n < definition.min()) || (definition.max() != null && n > definition.max())) {
                        return Optional.of("validation.range");
                    }
                } catch (NumberFormatException e) {
                    return Optional.of("validation.integer");
                }
            }
            case BOOLEAN -> {
                if (!v.equals("true") && !v.equals("false")) {
                    return Optional.of("validation.boolean");
                }
            }
            case URL -> {
                try {
                    URI uri = new URI(v);
                    if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                        return Optional.of("validation.url");
                    }
                } catch (URISyntaxException e) {
                    return Optional.of("validation.url");
                }
            }
            case EMAIL -> {
                if (!EMAIL.matcher(v).matches()) {
                    return Optional.of("validation.email");
                }
            }
            case CHOICE -> {
                if (!definition.options().contains(v)) {
                    return Optional.of("validation.choice");
                }
            }
            case TEXT -> {
                if (v.length() > 2000) {
                    return Optional.of("validation.toolong");
                }
            }
        }
        return Optional.empty();
    }
}
