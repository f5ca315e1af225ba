package ems.admin.ui;

import javafx.beans.property.StringProperty;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Text inputs bound both ways to a ViewModel property, with the id tests and CSS find them by. */
public final class Controls {

    private Controls() {
    }

    public static TextField textField(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    public static TextArea textArea(String id, StringProperty property) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(2);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(property);
        return area;
    }
}
