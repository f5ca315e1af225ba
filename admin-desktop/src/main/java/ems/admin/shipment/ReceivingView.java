package ems.admin.shipment;

import ems.admin.ui.Converters;
import ems.admin.ui.Controls;
import ems.admin.ui.FormGrid;
import ems.admin.ui.Tables;
import ems.admin.ui.Text;
import ems.catalog.CatalogRow;
import ems.shipment.BoxCondition;
import ems.shipment.ReceivedLine;
import ems.shipment.ShipmentBox;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The receiving session: expected against received, box entry, the manifest so far, Complete. */
final class ReceivingView {

    private ReceivingView() {
    }

    static Node create(ReceivingViewModel vm, Text text, Runnable onChanged,
                       java.util.function.Consumer<ems.shipment.Shipment> onCompleted) {
        TableView<ReceivedLine> comparison = new TableView<>(vm.comparison());
        comparison.setId("recv-comparison");
        comparison.setPrefHeight(140);
        comparison.getColumns().add(Tables.column(text.get("products.name"), r -> r.productName() + " " + r.sizeLabel(), 240));
        comparison.getColumns().add(Tables.column(text.get("receiving.expected"), ReceivedLine::expected, 90));
        comparison.getColumns().add(Tables.column(text.get("receiving.received"), ReceivedLine::received, 90));
        comparison.getColumns().add(Tables.column(text.get("receiving.difference"), r -> r.difference() == 0 ? "✓"
                : (r.isOver() ? text.get("receiving.over", r.difference()) : text.get("receiving.short", -r.difference())), 110));
        comparison.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReceivedLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("short", "over");
                if (!empty && item != null && item.isShort()) {
                    getStyleClass().add("short");
                } else if (!empty && item != null && item.isOver()) {
                    getStyleClass().add("over");
                }
            }
        });

        var errors = vm.errors();
        TextField label = Controls.textField("recv-label", vm.labelProperty());
        ComboBox<CatalogRow> variant = new ComboBox<>(vm.catalogue());
        variant.setId("recv-variant");
        variant.setConverter(Converters.of(r -> r.productName() + " " + r.sizeLabel() + " (" + r.sku() + ")"));
        variant.valueProperty().bindBidirectional(vm.variantProperty());
        TextField lot = Controls.textField("recv-lot", vm.lotProperty());
        TextField units = Controls.textField("recv-units", vm.unitsProperty());
        TextField weight = Controls.textField("recv-weight", vm.weightProperty());
        ComboBox<BoxCondition> condition = new ComboBox<>();
        condition.getItems().setAll(BoxCondition.values());
        condition.setConverter(Converters.of(c -> text.get("condition." + c.name())));
        condition.valueProperty().bindBidirectional(vm.conditionProperty());
        Button add = new Button(text.get("receiving.addBox"));
        add.setId("recv-add");
        add.setDefaultButton(false);
        add.setOnAction(e -> vm.addBox(onChanged));
        FormGrid form = new FormGrid()
                .add(text.get("receiving.label"), label, errors.field("label"))
                .add(text.get("products.name"), variant, errors.field("variant"))
                .add(text.get("receiving.lot"), lot, errors.field("lot"))
                .add(text.get("shipments.units"), units, errors.field("units"))
                .add(text.get("receiving.weight"), weight, errors.field("weight"))
                .add(text.get("receiving.condition"), condition, errors.field("condition"))
                .addWide(add);
        form.node().disableProperty().bind(vm.openProperty().not());

        TableView<ShipmentBox> boxes = new TableView<>(vm.boxes());
        boxes.setId("recv-boxes");
        boxes.setPrefHeight(180);
        boxes.setPlaceholder(new Label(text.get("receiving.noBoxes")));
        boxes.getColumns().add(Tables.column(text.get("receiving.label"), ShipmentBox::label, 100));
        boxes.getColumns().add(Tables.column(text.get("products.name"), b -> b.productName() + " " + b.sizeLabel(), 200));
        boxes.getColumns().add(Tables.column(text.get("receiving.lot"), ShipmentBox::lot, 90));
        boxes.getColumns().add(Tables.column(text.get("shipments.units"), ShipmentBox::units, 70));
        boxes.getColumns().add(Tables.column(text.get("receiving.weight"), ShipmentBox::weightKg, 80));
        boxes.getColumns().add(Tables.column(text.get("receiving.condition"),
                b -> text.get("condition." + b.condition().name()), 90));
        Button remove = new Button(text.get("receiving.removeBox"));
        remove.disableProperty().bind(boxes.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.openProperty().not()));
        remove.setOnAction(e -> vm.removeBox(boxes.getSelectionModel().getSelectedItem(), onChanged));
        Button complete = new Button(text.get("receiving.complete"));
        complete.setId("recv-complete");
        complete.getStyleClass().add("primary");
        complete.disableProperty().bind(vm.openProperty().not());
        complete.setOnAction(e -> vm.complete(onCompleted));
        Label message = new Label();
        message.setId("recv-message");
        message.getStyleClass().add("ok");
        message.textProperty().bind(vm.messageProperty());
        Label general = new Label();
        general.getStyleClass().add("error");
        general.setId("recv-error");
        general.textProperty().bind(errors.general());
        return new VBox(8, new Label(text.get("receiving.comparison")), comparison, form.node(), boxes,
                new HBox(10, remove, complete, message, general));
    }

}
