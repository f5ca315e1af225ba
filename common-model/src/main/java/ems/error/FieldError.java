package ems.error;

import java.util.List;

/**
 * One problem with one input field: the field's name, a message key from {@code i18n/errors}
 * and the arguments the message needs. The apps translate it for the viewer.
 */
public record FieldError(String field, String key, List<Object> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String key, Object... args) {
        return new FieldError(field, key, List.of(args));
    }
}
