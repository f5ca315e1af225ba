package ems.account;

import ems.error.Validation;
import java.util.Locale;

/** What a password must be: long enough, not absurdly long, and not the email address. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Adds the problems with {@code password} (and its confirmation, when given) to {@code v}. */
    public static void check(Validation v, String field, String password, String confirmation, String email) {
        String pw = password == null ? "" : password;
        if (pw.isEmpty()) {
            v.add(field, "error.required");
        } else if (pw.length() < MIN_LENGTH) {
            v.add(field, "error.password.tooShort", MIN_LENGTH);
        } else if (pw.length() > MAX_LENGTH) {
            v.add(field, "error.password.tooLong", MAX_LENGTH);
        } else if (email != null && !email.isBlank()
                && pw.toLowerCase(Locale.ROOT).contains(email.strip().toLowerCase(Locale.ROOT))) {
            v.add(field, "error.password.containsEmail");
        }
        if (confirmation != null && !pw.equals(confirmation)) {
            v.add(field + "Confirm", "error.password.mismatch");
        }
    }
}
