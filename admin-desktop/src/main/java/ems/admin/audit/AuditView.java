package ems.admin.audit;

import ems.Model;
import ems.admin.ui.Converters;
import ems.admin.ui.Tables;
import ems.admin.ui.Text;
import ems.audit.AuditEvent;
import ems.consignee.Consignee;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The audit log screen. */
public final class AuditView {

    private AuditView() {
    }

    public static Parent create(AuditViewModel vm, Text text) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(Model.ZONE);
        ComboBox<Consignee> consignee = new ComboBox<>(vm.consignees());
        consignee.setId("audit-consignee");
        consignee.setPromptText(text.get("shipments.allConsignees"));
        consignee.setConverter(Converters.of(c -> c.code() + " — " + c.legalName()));
        consignee.valueProperty().bindBidirectional(vm.consigneeProperty());
        Button all = new Button(text.get("audit.all"));
        all.setOnAction(e -> vm.consigneeProperty().set(null));
        Button refresh = new Button(text.get("inventory.refresh"));
        refresh.setOnAction(e -> vm.refresh());
        TableView<AuditEvent> table = new TableView<>(vm.events());
        table.setId("audit-table");
        table.setPlaceholder(new Label(text.get("audit.none")));
        table.getColumns().add(Tables.column(text.get("audit.when"), e -> when.format(e.at()), 170));
        table.getColumns().add(Tables.column(text.get("audit.who"), e -> e.actorName() + " (" + e.actorType() + ")", 230));
        table.getColumns().add(Tables.column(text.get("audit.action"), AuditEvent::action, 190));
        table.getColumns().add(Tables.column(text.get("audit.entity"), e -> e.entity() + " #" + e.entityId(), 160));
        table.getColumns().add(Tables.column(text.get("audit.summary"), AuditEvent::summary, 460));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, new HBox(8, consignee, all, refresh), table);
        box.setPadding(new Insets(10));
        vm.refresh();
        return box;
    }
}
