package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Field checks shared by the records: collect every problem of a form, then refuse once. */
final class Texts {

    private final Map<String, String> problems = new LinkedHashMap<>();

    Texts required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.putIfAbsent(field, ErrorKeys.REQUIRED);
        }
        return optional(field, value, max);
    }

    Texts required(String field, Object value) {
        if (value == null) {
            problems.putIfAbsent(field, ErrorKeys.REQUIRED);
        }
        return this;
    }

    Texts optional(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.putIfAbsent(field, ErrorKeys.TOO_LONG);
        }
        return this;
    }

    Texts check(boolean ok, String field, String key) {
        if (!ok) {
            problems.putIfAbsent(field, key);
        }
        return this;
    }

    Map<String, String> problems() {
        return Map.copyOf(problems);
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new BusinessException(problems);
        }
    }

    /** Blank becomes null, the rest is stripped: what is stored. */
    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
