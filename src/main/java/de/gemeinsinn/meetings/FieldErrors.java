package de.gemeinsinn.meetings;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.Errors;

/** Field → message key, collected by the checks and handed to a form or a problem+json answer. */
final class FieldErrors {

    final Map<String, String> byField = new LinkedHashMap<>();

    void add(String field, String key) {
        byField.putIfAbsent(field, key);
    }

    boolean any() {
        return !byField.isEmpty();
    }

    void into(Errors errors) {
        byField.forEach((field, key) -> errors.rejectValue(field, key));
    }

    static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    static boolean validUrl(String s) {
        if (s.isEmpty()) {
            return true;
        }
        if (s.length() > 500 || !(s.startsWith("https://") || s.startsWith("http://")) || s.contains(" ")) {
            return false;
        }
        try {
            java.net.URI uri = java.net.URI.create(s);
            return uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
