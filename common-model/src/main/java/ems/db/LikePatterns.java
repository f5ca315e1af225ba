package ems.db;

import java.util.Locale;

/** LIKE patterns for "contains" searches; the user's text is escaped, so % and _ match themselves. */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** "%text%" in lower case, for {@code lower(column) like :pattern}; blank text matches everything. */
    public static String contains(String text) {
        String clean = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + clean.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
