package ems.admin.access;

import ems.admin.ui.Text;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Portal Access tab of a consignee: its accounts, and Create Portal Account. */
public final class PortalAccessView {

    private PortalAccessView() {
    }

    public static Parent create(PortalAccessViewModel vm, Text text) {
        TableView<?> table = AccountTable.create(vm.accounts(), text, false);
        table.setId("access-table");
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(10, table, NewPortalAccountView.create(vm.creator(), text, null, a -> vm.refresh()));
        box.setPadding(new Insets(10));
        return box;
    }
}
