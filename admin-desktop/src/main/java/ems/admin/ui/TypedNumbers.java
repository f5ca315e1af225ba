package ems.admin.ui;

/** Whole numbers as staff type them ("24", "+24", " -6 "); null when the text is not one. */
public final class TypedNumbers {

    private TypedNumbers() {
    }

    public static Long whole(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static Integer wholeInt(String text) {
        Long value = whole(text);
        return value == null || value != value.intValue() ? null : value.intValue();
    }

    /** Amounts as staff type them ("18.40", "1,200.5", " 3 "); null when the text is not a number. */
    public static java.math.BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(text.strip().replace(",", "").replace("$", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
