package ems.admin.stamp;

import ems.Model;
import ems.admin.ui.Controls;
import ems.admin.ui.Converters;
import ems.admin.ui.FormGrid;
import ems.admin.ui.Tables;
import ems.admin.ui.Text;
import ems.consignee.Region;
import ems.stamp.StampMovement;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Stamps tab of a consignee. */
public final class StampsView {

    private StampsView() {
    }

    public static Parent create(StampsViewModel vm, Text text) {
        TableView<StampsViewModel.Row> stock = new TableView<>(vm.stock());
        stock.setId("stamps-stock");
        stock.setPrefHeight(170);
        stock.getColumns().add(Tables.column(text.get("stamps.region"), r -> text.get("region." + r.region().name()), 160));
        stock.getColumns().add(Tables.column(text.get("stamps.onHand"), StampsViewModel.Row::onHand, 120));
        ComboBox<Region> region = new ComboBox<>();
        region.getItems().setAll(Region.values());
        region.setConverter(Converters.of(r -> text.get("region." + r.name())));
        region.valueProperty().bindBidirectional(vm.regionProperty());
        Button receive = new Button(text.get("stamps.receive"));
        receive.setId("stamps-receive");
        receive.setOnAction(e -> vm.record(true));
        Button adjust = new Button(text.get("stamps.adjust"));
        adjust.setOnAction(e -> vm.record(false));
        Label message = new Label();
        message.getStyleClass().add("ok");
        message.textProperty().bind(vm.messageProperty());
        FormGrid form = new FormGrid()
                .add(text.get("stamps.region"), region, vm.errors().field("region"))
                .add(text.get("stamps.quantity"), Controls.textField("stamps-quantity", vm.quantityProperty()),
                        vm.errors().field("quantity"))
                .add(text.get("stamps.referenceOrReason"), Controls.textField("stamps-reference",
                        vm.referenceProperty()), vm.errors().field("reference").concat(vm.errors().field("reason")))
                .addWide(new HBox(10, receive, adjust, message));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(Model.ZONE);
        TableView<StampMovement> movements = new TableView<>(vm.movements());
        movements.setPlaceholder(new Label(text.get("stamps.noMovements")));
        movements.getColumns().add(Tables.column(text.get("audit.when"), m -> when.format(m.at()), 170));
        movements.getColumns().add(Tables.column(text.get("stamps.region"), m -> text.get("region." + m.region().name()), 100));
        movements.getColumns().add(Tables.column(text.get("stamps.change"), StampMovement::delta, 90));
        movements.getColumns().add(Tables.column(text.get("stamps.reason"), m -> m.reason().name(), 110));
        movements.getColumns().add(Tables.column(text.get("stamps.details"),
                m -> (m.reference() + " " + m.note()).strip(), 260));
        movements.getColumns().add(Tables.column(text.get("audit.who"), StampMovement::actorName, 180));
        VBox box = new VBox(10, stock, form.node(), new Label(text.get("stamps.history")), movements);
        box.setPadding(new Insets(10));
        return box;
    }
}
