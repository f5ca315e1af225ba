package ems.portal.web;

import ems.error.FieldError;
import ems.error.ValidationException;
import ems.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.Map;

/** The messages to show next to a form's fields, already in the viewer's language. */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(Map.of());
    private final Map<String, String> byField;

    private FormErrors(Map<String, String> byField) {
        this.byField = byField;
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(ValidationException e, Messages msg) {
        Map<String, String> map = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            map.putIfAbsent(error.field(), msg.error(error));
        }
        return new FormErrors(map);
    }

    public static FormErrors single(String field, String message) {
        return new FormErrors(Map.of(field, message));
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.getOrDefault(field, "");
    }

    public Map<String, String> all() {
        return byField;
    }
}
