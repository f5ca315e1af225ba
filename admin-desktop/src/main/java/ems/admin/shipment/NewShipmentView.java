package ems.admin.shipment;

import ems.admin.ui.Converters;
import ems.admin.ui.Controls;
import ems.admin.ui.FormGrid;
import ems.admin.ui.Tables;
import ems.admin.ui.Text;
import ems.catalog.CatalogRow;
import ems.consignee.Consignee;
import ems.shipment.Shipment;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;

/** The New shipment form. */
final class NewShipmentView {

    private NewShipmentView() {
    }

    static Node create(NewShipmentViewModel vm, ObservableList<Consignee> consignees, Text text,
                       Consumer<Shipment> onCreated) {
        var errors = vm.errors();
        ComboBox<Consignee> consignee = new ComboBox<>(consignees);
        consignee.setId("ship-consignee");
        consignee.setConverter(Converters.of(c -> c.legalName() + " (" + c.code() + ")"));
        consignee.valueProperty().bindBidirectional(vm.consigneeProperty());
        TextField carrier = Controls.textField("ship-carrier", vm.carrierProperty());
        TextField tracking = Controls.textField("ship-tracking", vm.trackingProperty());
        TextField origin = Controls.textField("ship-origin", vm.originProperty());
        DatePicker arrival = new DatePicker();
        arrival.setId("ship-arrival");
        arrival.valueProperty().bindBidirectional(vm.expectedArrivalProperty());
        ComboBox<CatalogRow> variant = new ComboBox<>(vm.catalogue());
        variant.setId("ship-line-variant");
        variant.setConverter(Converters.of(r -> r.productName() + " " + r.sizeLabel() + " (" + r.sku() + ")"));
        variant.valueProperty().bindBidirectional(vm.lineVariantProperty());
        TextField quantity = Controls.textField("ship-line-quantity", vm.lineQuantityProperty());
        quantity.setPrefColumnCount(6);
        Button addLine = new Button(text.get("shipments.addLine"));
        addLine.setId("ship-add-line");
        addLine.setOnAction(e -> vm.addLine());
        addLine.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        TableView<NewShipmentViewModel.Line> lines = new TableView<>(vm.lines());
        lines.setPrefHeight(120);
        lines.setPlaceholder(new Label(text.get("shipments.noLines")));
        lines.getColumns().add(Tables.column(text.get("products.name"),
                l -> l.variant().productName() + " " + l.variant().sizeLabel(), 260));
        lines.getColumns().add(Tables.column(text.get("shipments.units"), l -> l.quantity(), 90));
        Button create = new Button(text.get("shipments.create"));
        create.setId("ship-create");
        create.setOnAction(e -> vm.create(onCreated));
        Label created = new Label();
        created.setId("ship-created");
        created.getStyleClass().add("ok");
        created.textProperty().bind(vm.createdProperty());
        Label general = new Label();
        general.getStyleClass().add("error");
        general.textProperty().bind(errors.general());
        FormGrid form = new FormGrid()
                .add(text.get("access.consignee"), consignee, errors.field("consignee"))
                .add(text.get("shipments.carrier"), carrier, errors.field("carrier"))
                .add(text.get("shipments.tracking"), tracking, errors.field("trackingNumber"))
                .add(text.get("shipments.origin"), origin, errors.field("origin"))
                .add(text.get("shipments.expectedArrival"), arrival, errors.field("expectedArrival"))
                .add(text.get("shipments.expectedLines"), new HBox(6, variant, quantity, addLine), errors.field("lines"))
                .addWide(lines)
                .addWide(new HBox(10, create, created, general));
        TitledPane pane = new TitledPane(text.get("shipments.new"), form.node());
        pane.setExpanded(false);
        pane.setId("ship-new-pane");
        return pane;
    }

}
