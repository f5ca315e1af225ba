package ems.error;

import java.util.List;

/** Input was refused before anything was written; every problem found is listed. */
public final class ValidationException extends RuntimeException {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("invalid input: " + errors);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String key, Object... args) {
        return new ValidationException(List.of(FieldError.of(field, key, args)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The first error for a field, or null: what a form shows next to that field. */
    public FieldError errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).findFirst().orElse(null);
    }
}
