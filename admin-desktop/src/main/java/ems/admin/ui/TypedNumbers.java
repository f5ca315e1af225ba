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
}
