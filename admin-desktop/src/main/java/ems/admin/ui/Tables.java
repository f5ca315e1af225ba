package ems.admin.ui;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

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
        column.setCellFactory(c -> new FullTextCell<>());
        return column;
    }

    /**
     * A text cell that shows its whole value in a tooltip, so a value cut short by the column width
     * ("Northern Haze Pre-roll …") can still be read without resizing the column.
     */
    private static final class FullTextCell<T> extends TableCell<T, String> {
        private final Tooltip tip = new Tooltip();

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            boolean blank = empty || value == null || value.isEmpty();
            setText(blank ? null : value);
            tip.setText(blank ? "" : value);
            setTooltip(blank ? null : tip);
        }
    }
}
