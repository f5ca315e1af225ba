package ems.error;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects field errors while input is checked, then throws them all at once.
 * Text is stripped of surrounding blanks; control characters are refused everywhere
 * (line breaks only where a field is multi-line).
 */
public final class Validation {

    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    public static final int EMAIL_MAX = 254;

    private final List<FieldError> errors = new ArrayList<>();

    /** A required single-line text of at most {@code max} characters; returns it stripped. */
    public String text(String field, String value, int max) {
        return checkText(field, value, max, true, false);
    }

    /** An optional single-line text; returns it stripped, or "" when absent. */
    public String optionalText(String field, String value, int max) {
        return checkText(field, value, max, false, false);
    }

    /** A required text that may span lines (an address, a note). */
    public String multiline(String field, String value, int max) {
        return checkText(field, value, max, true, true);
    }

    public String optionalMultiline(String field, String value, int max) {
        return checkText(field, value, max, false, true);
    }

    /** A required email address; returns it lower-cased, since emails are compared that way. */
    public String email(String field, String value) {
        String email = checkText(field, value, EMAIL_MAX, true, false);
        if (!email.isEmpty() && !hasError(field) && !EMAIL.matcher(email).matches()) {
            add(field, "error.email.invalid");
        }
        return email.toLowerCase(java.util.Locale.ROOT);
    }

    public void check(boolean ok, String field, String key, Object... args) {
        if (!ok) {
            add(field, key, args);
        }
    }

    public void add(String field, String key, Object... args) {
        errors.add(FieldError.of(field, key, args));
    }

    public boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private String checkText(String field, String value, int max, boolean required, boolean multiline) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                add(field, "error.required");
            }
            return "";
        }
        if (text.length() > max) {
            add(field, "error.tooLong", max);
        } else if (hasControlCharacters(text, multiline)) {
            add(field, "error.controlCharacters");
        }
        return text;
    }

    static boolean hasControlCharacters(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowedBreak = multiline && (c == '\n' || c == '\r' || c == '\t');
            if (Character.isISOControl(c) && !allowedBreak) {
                return true;
            }
            int type = Character.getType(c);
            if (type == Character.FORMAT && c != '\u200d' || type == Character.UNASSIGNED) {
                return true;
            }
        }
        return false;
    }
}
