package ems.admin.ui;

import ems.error.FieldError;
import ems.error.ValidationException;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.util.HashMap;
import java.util.Map;

/** One message property per form field, shown under the field; empty means no problem. */
public final class FormErrors {

    private final Map<String, StringProperty> byField = new HashMap<>();
    private final StringProperty general = new SimpleStringProperty("");
    private final Text text;

    public FormErrors(Text text) {
        this.text = text;
    }

    public ReadOnlyStringProperty field(String name) {
        return byField.computeIfAbsent(name, k -> new SimpleStringProperty(""));
    }

    /** A message that belongs to no single field (a conflict, a failure). */
    public ReadOnlyStringProperty general() {
        return general;
    }

    public void clear() {
        byField.values().forEach(p -> p.set(""));
        general.set("");
    }

    public void show(ValidationException e) {
        clear();
        for (FieldError error : e.errors()) {
            StringProperty property = byField.computeIfAbsent(error.field(), k -> new SimpleStringProperty(""));
            if (property.get().isEmpty()) {
                property.set(text.error(error));
            }
        }
    }

    public void showGeneral(String message) {
        general.set(message);
    }

    public boolean hasAny() {
        return !general.get().isEmpty() || byField.values().stream().anyMatch(p -> !p.get().isEmpty());
    }
}
