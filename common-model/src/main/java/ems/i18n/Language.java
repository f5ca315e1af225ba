package ems.i18n;

import java.util.Locale;

/** The languages the product speaks. Stored per account as its lower-case code. */
public enum Language {
    EN(Locale.CANADA), FR(Locale.CANADA_FRENCH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language for a stored or submitted code; English for anything unknown. */
    public static Language fromCode(String code) {
        return "fr".equalsIgnoreCase(code == null ? "" : code.strip()) ? FR : EN;
    }
}
