package ems.admin.production;

import ems.admin.ui.Converters;
import ems.admin.ui.Tables;
import ems.admin.ui.Text;
import ems.consignee.Consignee;
import ems.production.OrderLine;
import ems.production.OrderRow;
import ems.production.OrderStatus;
import ems.production.ProductionOrder;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Production orders: work list on the left; the selected order, its lines and its next steps on the right. */
public final class OrdersView {

    private OrdersView() {
    }

    public static Parent create(OrdersViewModel vm, Text text) {
        ComboBox<OrderStatus> status = new ComboBox<>();
        status.setId("orders-status");
        status.getItems().add(null);
        status.getItems().addAll(OrderStatus.values());
        status.setPromptText(text.get("queue.anyStatus"));
        status.setConverter(Converters.of(s -> text.get("orderStatus." + s.name())));
        status.valueProperty().bindBidirectional(vm.statusProperty());
        status.setOnAction(e -> vm.refresh());
        ComboBox<Consignee> consignee = new ComboBox<>(vm.consignees());
        consignee.setPromptText(text.get("shipments.allConsignees"));
        consignee.setConverter(Converters.of(c -> c.code() + " — " + c.legalName()));
        consignee.valueProperty().bindBidirectional(vm.consigneeProperty());
        Button apply = new Button(text.get("shipments.apply"));
        apply.setOnAction(e -> vm.refresh());
        FlowPane filters = new FlowPane(6, 6, status, consignee, apply);

        TableView<OrderRow> table = new TableView<>(vm.items());
        table.setId("orders-table");
        table.setPlaceholder(new Label(text.get("orders.none")));
        table.getColumns().add(Tables.column(text.get("orders.number"), OrderRow::number, 120));
        table.getColumns().add(Tables.column(text.get("access.consignee"), OrderRow::consigneeName, 160));
        table.getColumns().add(Tables.column(text.get("orders.request"), OrderRow::requestNumber, 120));
        table.getColumns().add(Tables.column(text.get("queue.status"), o -> text.get("orderStatus." + o.status().name()), 110));
        table.getColumns().add(Tables.column(text.get("orders.scheduled"), OrderRow::scheduledDate, 100));
        table.getColumns().add(Tables.column(text.get("queue.units"), OrderRow::units, 70));
        table.getColumns().add(Tables.column(text.get("orders.produced"), OrderRow::produced, 80));
        table.getSelectionModel().selectedItemProperty().addListener((o, b, a) -> {
            if (a != null) {
                vm.selectedProperty().set(a);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, filters, table);
        left.setPadding(new Insets(10));

        Label heading = new Label(text.get("orders.select"));
        heading.setId("orders-heading");
        heading.getStyleClass().add("title");
        TableView<OrderLine> lines = new TableView<>();
        lines.setId("orders-lines");
        lines.getColumns().add(Tables.column(text.get("queue.product"), OrderLine::productName, 160));
        lines.getColumns().add(Tables.column(text.get("queue.size"), OrderLine::sizeLabel, 70));
        lines.getColumns().add(Tables.column(text.get("queue.sku"), OrderLine::sku, 110));
        lines.getColumns().add(Tables.column(text.get("queue.region"), l -> text.get("region." + l.region().name()), 90));
        lines.getColumns().add(Tables.column(text.get("queue.requested"), OrderLine::quantity, 80));
        lines.getColumns().add(Tables.column(text.get("orders.produced"), OrderLine::produced, 80));
        VBox.setVgrow(lines, Priority.ALWAYS);
        DatePicker date = new DatePicker();
        date.setId("orders-date");
        date.valueProperty().bindBidirectional(vm.scheduleDateProperty());
        Button schedule = new Button(text.get("orders.schedule"));
        schedule.setId("orders-schedule");
        schedule.setOnAction(e -> vm.schedule());
        Button start = new Button(text.get("orders.start"));
        start.setId("orders-start");
        start.setOnAction(e -> vm.start());
        Button complete = new Button(text.get("orders.complete"));
        complete.setId("orders-complete");
        complete.getStyleClass().add("primary");
        complete.setOnAction(e -> vm.complete());
        Button cancel = new Button(text.get("orders.cancel"));
        cancel.setId("orders-cancel");
        cancel.getStyleClass().add("danger");
        cancel.setOnAction(e -> vm.cancel());
        Label hint = new Label(text.get("orders.completeHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Label error = new Label();
        error.setId("orders-error");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errors().field("scheduledDate").concat(vm.errors().field("status"))
                .concat(vm.errors().field("lines")).concat(vm.errors().field("stamps")).concat(vm.errors().general()));
        Label done = new Label();
        done.setId("orders-message");
        done.getStyleClass().add("ok");
        done.textProperty().bind(vm.messageProperty());
        HBox actions = new HBox(8, date, schedule, start, complete, cancel);
        VBox right = new VBox(8, heading, lines, actions, hint, error, done);
        right.setPadding(new Insets(10));
        vm.detailProperty().addListener((o, b, d) -> {
            if (d == null) {
                heading.setText(text.get("orders.select"));
                lines.getItems().clear();
                actions.setDisable(true);
                return;
            }
            ProductionOrder order = d.order();
            heading.setText(order.number() + " — " + text.get("orderStatus." + order.status().name()));
            lines.getItems().setAll(d.lines());
            actions.setDisable(false);
            schedule.setDisable(!order.status().canMoveTo(OrderStatus.SCHEDULED));
            start.setDisable(!order.status().canMoveTo(OrderStatus.IN_PROGRESS));
            complete.setDisable(!order.status().canMoveTo(OrderStatus.COMPLETED));
            cancel.setDisable(!order.status().canMoveTo(OrderStatus.CANCELLED));
        });
        actions.setDisable(true);
        vm.refresh();
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.5);
        return split;
    }
}
