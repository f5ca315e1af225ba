package ems.admin.ui;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;

/** Read-only text columns, the kind almost every desktop table is made of. */
public final class Tables {

    private Tables() {
    }

    public static <T> TableColumn<T, String> column(String title, Function<T, Object> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> {
            Object v = value.apply(cell.getValue());
            return new SimpleStringProperty(v == null ? "" : v.toString());
        });
        column.setPrefWidth(width);
        return column;
    }
}
