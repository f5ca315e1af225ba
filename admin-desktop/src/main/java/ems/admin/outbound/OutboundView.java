package ems.admin.outbound;

import ems.admin.invoice.PdfPages;
import ems.admin.ui.Controls;
import ems.admin.ui.Converters;
import ems.admin.ui.Tables;
import ems.admin.ui.Text;
import ems.catalog.CatalogRow;
import ems.consignee.Consignee;
import ems.consignee.Region;
import ems.inventory.Bucket;
import ems.outbound.DestinationKind;
import ems.outbound.OutboundEvent;
import ems.outbound.OutboundLine;
import ems.outbound.OutboundOrder;
import ems.outbound.OutboundStatus;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Outbound orders: list and new order on the left; the selected order, its steps and documents on the right. */
public final class OutboundView {

    private OutboundView() {
    }

    public static Parent create(OutboundViewModel vm, Text text) {
        ComboBox<OutboundStatus> status = new ComboBox<>();
        status.getItems().add(null);
        status.getItems().addAll(OutboundStatus.values());
        status.setPromptText(text.get("queue.anyStatus"));
        status.setConverter(Converters.of(s -> text.get("outboundStatus." + s.name())));
        status.valueProperty().bindBidirectional(vm.statusProperty());
        status.setOnAction(e -> vm.refresh());
        ComboBox<Consignee> consignee = new ComboBox<>(vm.consignees());
        consignee.setId("out-consignee");
        consignee.setPromptText(text.get("shipments.allConsignees"));
        consignee.setConverter(Converters.of(c -> c.code() + " — " + c.legalName()));
        consignee.valueProperty().bindBidirectional(vm.consigneeProperty());
        Button apply = new Button(text.get("shipments.apply"));
        apply.setOnAction(e -> vm.refresh());
        FlowPane filters = new FlowPane(6, 6, status, consignee, apply);

        TableView<OutboundOrder> table = new TableView<>(vm.items());
        table.setId("out-table");
        table.setPlaceholder(new Label(text.get("outbound.none")));
        table.getColumns().add(Tables.column(text.get("outbound.number"), OutboundOrder::number, 120));
        table.getColumns().add(Tables.column(text.get("outbound.destination"), OutboundOrder::destinationName, 170));
        table.getColumns().add(Tables.column(text.get("queue.region"), o -> o.region().name(), 60));
        table.getColumns().add(Tables.column(text.get("queue.status"), o -> text.get("outboundStatus." + o.status().name()), 100));
        table.getColumns().add(Tables.column(text.get("outbound.tracking"), OutboundOrder::trackingNumber, 110));
        table.getSelectionModel().selectedItemProperty().addListener((o, b, a) -> {
            if (a != null) {
                vm.selectedProperty().set(a);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField name = Controls.textField("out-dest-name", vm.destinationNameProperty());
        name.setPromptText(text.get("outbound.destination"));
        TextField address = Controls.textField("out-dest-address", vm.destinationAddressProperty());
        address.setPromptText(text.get("outbound.address"));
        ComboBox<DestinationKind> kind = new ComboBox<>();
        kind.getItems().setAll(DestinationKind.values());
        kind.setConverter(Converters.of(k -> text.get("outbound.kind." + k.name())));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        ComboBox<Region> region = new ComboBox<>();
        region.setId("out-region");
        region.getItems().setAll(Region.values());
        region.setPromptText(text.get("queue.region"));
        region.setConverter(Converters.of(r -> text.get("region." + r.name())));
        region.valueProperty().bindBidirectional(vm.regionProperty());
        TextField carrier = Controls.textField("out-carrier", vm.carrierProperty());
        carrier.setPromptText(text.get("outbound.carrier"));
        ComboBox<CatalogRow> variant = new ComboBox<>(vm.catalogue());
        variant.setId("out-line-variant");
        variant.setPromptText(text.get("queue.product"));
        variant.setConverter(Converters.of(r -> r.productName() + " " + r.sizeLabel() + " (" + r.sku() + ")"));
        variant.valueProperty().bindBidirectional(vm.lineVariantProperty());
        ComboBox<Bucket> bucket = new ComboBox<>();
        bucket.setId("out-line-bucket");
        bucket.getItems().setAll(Bucket.values());
        bucket.setPromptText(text.get("outbound.bucket"));
        bucket.setConverter(Converters.of(b -> text.get("bucket." + b.name())));
        bucket.valueProperty().bindBidirectional(vm.lineBucketProperty());
        TextField qty = Controls.textField("out-line-quantity", vm.lineQuantityProperty());
        qty.setPromptText(text.get("queue.units"));
        qty.setPrefColumnCount(5);
        TextField cases = Controls.textField("out-line-cases", vm.lineCasesProperty());
        cases.setPrefColumnCount(4);
        Button addLine = new Button(text.get("invoices.addLine"));
        addLine.setId("out-add-line");
        addLine.setOnAction(e -> vm.addLine());
        ListView<OutboundViewModel.DraftLine> newLines = new ListView<>(vm.newLines());
        newLines.setPrefHeight(70);
        newLines.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(OutboundViewModel.DraftLine d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.variant().productName() + " " + d.variant().sizeLabel() + " · "
                        + text.get("bucket." + d.bucket().name()) + " · " + d.quantity() + " / " + d.cases());
            }
        });
        Button create = new Button(text.get("outbound.create"));
        create.setId("out-create");
        create.getStyleClass().add("primary");
        create.setOnAction(e -> vm.create());
        VBox form = new VBox(6, new HBox(6, name, kind), address, new HBox(6, region, carrier),
                new HBox(6, variant, bucket, qty, cases, addLine), newLines, create);
        TitledPane newOrder = new TitledPane(text.get("outbound.newOrder"), form);
        newOrder.setId("out-new-pane");
        newOrder.setExpanded(false);
        Label error = new Label();
        error.setId("out-error");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errors().general().concat(vm.errors().field("lines"))
                .concat(vm.errors().field("status")).concat(vm.errors().field("destinationName"))
                .concat(vm.errors().field("destinationAddress")).concat(vm.errors().field("region"))
                .concat(vm.errors().field("carrier")).concat(vm.errors().field("location"))
                .concat(vm.errors().field("at")));
        Label done = new Label();
        done.setId("out-message");
        done.getStyleClass().add("ok");
        done.textProperty().bind(vm.messageProperty());
        VBox left = new VBox(8, filters, table, newOrder, error, done);
        left.setPadding(new Insets(10));

        Label heading = new Label(text.get("outbound.select"));
        heading.setId("out-heading");
        heading.getStyleClass().add("title");
        TableView<OutboundLine> lines = new TableView<>();
        lines.setPrefHeight(120);
        lines.getColumns().add(Tables.column(text.get("queue.product"), OutboundLine::productName, 150));
        lines.getColumns().add(Tables.column(text.get("queue.size"), OutboundLine::sizeLabel, 60));
        lines.getColumns().add(Tables.column(text.get("outbound.bucket"), l -> text.get("bucket." + l.bucket().name()), 90));
        lines.getColumns().add(Tables.column(text.get("queue.units"), OutboundLine::quantity, 60));
        lines.getColumns().add(Tables.column(text.get("outbound.cases"), OutboundLine::cases, 60));
        ListView<OutboundEvent> events = new ListView<>();
        events.setPrefHeight(110);
        events.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(OutboundEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : vm.eventText(e));
            }
        });
        Button pick = new Button(text.get("outbound.pick"));
        pick.setOnAction(e -> vm.pick());
        Button pack = new Button(text.get("outbound.pack"));
        pack.setOnAction(e -> vm.pack());
        TextField tracking = Controls.textField("out-tracking", vm.trackingProperty());
        tracking.setPromptText(text.get("outbound.tracking"));
        Button dispatch = new Button(text.get("outbound.dispatch"));
        dispatch.setId("out-dispatch");
        dispatch.getStyleClass().add("primary");
        dispatch.setOnAction(e -> vm.dispatch());
        Button cancel = new Button(text.get("outbound.cancel"));
        cancel.getStyleClass().add("danger");
        cancel.setOnAction(e -> vm.cancel());
        TextField where = Controls.textField("out-location", vm.locationProperty());
        where.setPromptText(text.get("outbound.location"));
        TextField note = Controls.textField("out-event-note", vm.eventNoteProperty());
        note.setPromptText(text.get("outbound.eventNote"));
        Button event = new Button(text.get("outbound.recordEvent"));
        event.setOnAction(e -> vm.recordEvent());
        Button deliver = new Button(text.get("outbound.deliver"));
        deliver.setOnAction(e -> vm.deliver());
        Button slip = new Button(text.get("outbound.previewSlip"));
        slip.setOnAction(e -> vm.previewPackingSlip());
        Button bol = new Button(text.get("outbound.previewBol"));
        bol.setOnAction(e -> vm.previewBillOfLading());
        // Buttons keep their whole label; the text fields beside them give up the width instead.
        for (Button b : List.of(pick, pack, dispatch, cancel, event, deliver)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        VBox steps = new VBox(6, lines, new HBox(6, pick, pack, tracking, dispatch, cancel),
                new HBox(6, where, note, event, deliver), events, new HBox(6, slip, bol));
        VBox pages = new VBox(12);
        pages.setPadding(new Insets(10));
        vm.previewProperty().addListener((o, b, pngs) -> pages.getChildren().setAll(PdfPages.images(pngs).stream()
                .map(img -> {
                    ImageView view = new ImageView(img);
                    view.setPreserveRatio(true);
                    view.setFitWidth(560);
                    return view;
                }).toList()));
        Tab stepsTab = new Tab(text.get("outbound.stepsTab"), steps);
        Tab previewTab = new Tab(text.get("invoices.previewTab"), new ScrollPane(pages));
        TabPane tabs = new TabPane(stepsTab, previewTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        vm.previewProperty().addListener((o, b, pngs) -> {
            if (!pngs.isEmpty()) {
                tabs.getSelectionModel().select(previewTab);
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox right = new VBox(8, heading, tabs);
        right.setPadding(new Insets(10));
        right.setDisable(true);
        vm.detailProperty().addListener((o, b, d) -> {
            right.setDisable(d == null);
            if (d == null) {
                heading.setText(text.get("outbound.select"));
                return;
            }
            OutboundOrder order = d.order();
            heading.setText(order.number() + " — " + order.destinationName() + " — "
                    + text.get("outboundStatus." + order.status().name()));
            lines.getItems().setAll(d.lines());
            events.getItems().setAll(d.events());
            pick.setDisable(!order.status().canMoveTo(OutboundStatus.PICKING));
            pack.setDisable(!order.status().canMoveTo(OutboundStatus.PACKED));
            dispatch.setDisable(!order.status().canMoveTo(OutboundStatus.DISPATCHED));
            cancel.setDisable(!order.status().canMoveTo(OutboundStatus.CANCELLED));
            event.setDisable(!order.status().canMoveTo(OutboundStatus.IN_TRANSIT)
                    && order.status() != OutboundStatus.IN_TRANSIT);
            deliver.setDisable(!order.status().canMoveTo(OutboundStatus.DELIVERED));
            slip.setDisable(!order.status().isDispatched());
            bol.setDisable(!order.status().isDispatched());
            tabs.getSelectionModel().select(stepsTab);
        });
        vm.refresh();
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.45);
        return split;
    }
}
