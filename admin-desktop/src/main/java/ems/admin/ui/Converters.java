package ems.admin.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for combo boxes that show enum values in the staff member's language. */
public final class Converters {

    private Converters() {
    }

    public static <T> StringConverter<T> of(Function<T, String> display) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : display.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("display only");
            }
        };
    }
}
