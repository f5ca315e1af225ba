package ems.admin.access;

import ems.account.PortalAccountSummary;
import ems.admin.ui.Text;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import java.util.function.Function;

/** A table of portal accounts, used by the Portal Access tab and by Settings → Users. */
public final class AccountTable {

    private AccountTable() {
    }

    public static TableView<PortalAccountSummary> create(ObservableList<PortalAccountSummary> items, Text text,
                                                         boolean withConsignee) {
        TableView<PortalAccountSummary> table = new TableView<>(items);
        table.setPlaceholder(new javafx.scene.control.Label(text.get("access.none")));
        table.getColumns().add(column(text.get("access.email"), PortalAccountSummary::email, 240));
        table.getColumns().add(column(text.get("access.name"), PortalAccountSummary::name, 160));
        if (withConsignee) {
            table.getColumns().add(column(text.get("access.consignee"),
                    a -> a.consigneeName() + " (" + a.consigneeCode() + ")", 240));
        }
        table.getColumns().add(column(text.get("access.role"), a -> text.get("role." + a.role().name()), 110));
        table.getColumns().add(column(text.get("access.state"), a -> !a.active() ? text.get("state.inactive")
                : a.mustChangePassword() ? text.get("state.mustChange") : text.get("state.active"), 150));
        return table;
    }

    private static TableColumn<PortalAccountSummary, String> column(String title,
            Function<PortalAccountSummary, String> value, double width) {
        TableColumn<PortalAccountSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
