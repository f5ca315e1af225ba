package ems.admin.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A two-column form: label on the left, the control with its error message underneath on the right. */
public final class FormGrid {

    private final GridPane grid = new GridPane();
    private int row;

    public FormGrid() {
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        ColumnConstraints labels = new ColumnConstraints();
        // Long captions ("Custom sub-account limit (blank: plan's)") wrap instead of ending in "…".
        labels.setMinWidth(170);
        labels.setPrefWidth(210);
        labels.setMaxWidth(240);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, controls);
    }

    public FormGrid add(String label, Node control, ObservableStringValue error) {
        Label caption = new Label(label);
        caption.setLabelFor(control);
        caption.setMnemonicParsing(false);
        caption.setWrapText(true);
        caption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label message = new Label();
        message.getStyleClass().add("error");
        message.setWrapText(true);
        if (error != null) {
            message.textProperty().bind(error);
            message.managedProperty().bind(message.textProperty().isNotEmpty());
            message.visibleProperty().bind(message.textProperty().isNotEmpty());
            if (control.getId() != null) {
                message.setId(control.getId() + "-error");
            }
        } else {
            message.setManaged(false);
        }
        grid.add(caption, 0, row);
        grid.add(new VBox(2, control, message), 1, row);
        row++;
        return this;
    }

    public FormGrid addWide(Node node) {
        grid.add(node, 0, row++, 2, 1);
        return this;
    }

    public GridPane node() {
        return grid;
    }
}
