package id.go.jabarprov.disnakertrans.platform.application;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal the user must read: what was wrong, as i18n keys, per field where there is one.
 * Unchecked, so a {@code @Transactional} service rolls back. Pages show each field's message beside the field.
 */
public class BusinessException extends RuntimeException {

    private final Map<String, String> fieldKeys;
    private final String key;

    /** A refusal of the whole request, e.g. an illegal transition. */
    public BusinessException(String key) {
        super(key);
        this.key = key;
        this.fieldKeys = Map.of();
    }

    /** Refusals per field: field name to i18n key. */
    public BusinessException(Map<String, String> fieldKeys) {
        super(fieldKeys.toString());
        this.key = null;
        this.fieldKeys = Map.copyOf(new LinkedHashMap<>(fieldKeys));
    }

    public String key() {
        return key;
    }

    public Map<String, String> fieldKeys() {
        return fieldKeys;
    }
}
