package ems.admin.shipment;

import ems.admin.ui.Times;
import ems.admin.ui.Converters;
import ems.admin.ui.Tables;
import ems.admin.ui.Text;
import ems.consignee.Consignee;
import ems.shipment.Phase;
import ems.shipment.Shipment;
import ems.shipment.ShipmentEvent;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Shipments across consignees: filters and list on the left; the selected one, its phase and receiving on the right. */
public final class ShipmentsView {


    private ShipmentsView() {
    }

    public static Parent create(ShipmentsViewModel vm, NewShipmentViewModel creator, ReceivingViewModel receiving,
                                Text text) {
        ComboBox<Consignee> consignee = new ComboBox<>(vm.consignees());
        consignee.setPromptText(text.get("shipments.allConsignees"));
        consignee.setConverter(Converters.of(c -> c.code() + " — " + c.legalName()));
        consignee.valueProperty().bindBidirectional(vm.consigneeProperty());
        ComboBox<Phase> phase = new ComboBox<>();
        phase.getItems().add(null);
        phase.getItems().addAll(Phase.values());
        phase.setPromptText(text.get("shipments.anyPhase"));
        phase.setConverter(Converters.of(p -> text.get("phase." + p.name())));
        phase.valueProperty().bindBidirectional(vm.phaseProperty());
        DatePicker from = new DatePicker();
        from.setPromptText(text.get("shipments.from"));
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setPromptText(text.get("shipments.to"));
        to.valueProperty().bindBidirectional(vm.toProperty());
        TextField search = new TextField();
        search.setPromptText(text.get("shipments.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setOnAction(e -> vm.refresh());
        Button apply = new Button(text.get("shipments.apply"));
        apply.setId("ship-apply");
        apply.setOnAction(e -> vm.refresh());
        FlowPane filters = new FlowPane(6, 6, consignee, phase, from, to, search, apply);

        TableView<Shipment> table = new TableView<>(vm.items());
        table.setId("ship-table");
        table.setPlaceholder(new Label(text.get("shipments.none")));
        table.getColumns().add(Tables.column(text.get("shipments.number"), Shipment::number, 130));
        table.getColumns().add(Tables.column(text.get("access.consignee"), s -> vm.consigneeCode(s.consigneeId()), 70));
        table.getColumns().add(Tables.column(text.get("shipments.carrier"), Shipment::carrier, 110));
        table.getColumns().add(Tables.column(text.get("shipments.tracking"), Shipment::trackingNumber, 120));
        table.getColumns().add(Tables.column(text.get("shipments.expectedArrival"), Shipment::expectedArrival, 100));
        table.getColumns().add(Tables.column(text.get("shipments.phase"), s -> text.get("phase." + s.phase().name()), 100));
        table.getColumns().add(Tables.column(text.get("shipments.boxes"), Shipment::boxCount, 60));
        table.getColumns().add(Tables.column(text.get("shipments.units"), Shipment::unitCount, 70));
        table.getSelectionModel().selectedItemProperty().addListener((o, b, a) -> {
            if (a != null) {
                vm.selectedProperty().set(a);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, filters, table, NewShipmentView.create(creator, vm.consignees(), text, vm::show));
        left.setPadding(new Insets(10));

        Label heading = new Label(text.get("shipments.select"));
        heading.setId("ship-heading");
        heading.getStyleClass().add("title");
        Label facts = new Label();
        facts.setWrapText(true);
        ComboBox<Phase> target = new ComboBox<>();
        target.setId("ship-target-phase");
        target.getItems().setAll(Phase.values());
        target.setConverter(Converters.of(p -> text.get("phase." + p.name())));
        target.valueProperty().bindBidirectional(vm.targetPhaseProperty());
        TextField note = new TextField();
        note.setId("ship-note");
        note.setPromptText(text.get("shipments.notePrompt"));
        note.textProperty().bindBidirectional(vm.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button move = new Button(text.get("shipments.move"));
        move.setId("ship-move");
        move.setOnAction(e -> vm.changePhase());
        Label phaseError = new Label();
        phaseError.getStyleClass().add("error");
        phaseError.setWrapText(true);
        phaseError.textProperty().bind(vm.errors().field("phase").concat(vm.errors().field("note"))
                .concat(vm.errors().general()));
        Label moved = new Label();
        moved.getStyleClass().add("ok");
        moved.textProperty().bind(vm.messageProperty());
        ListView<ShipmentEvent> timeline = new ListView<>();
        timeline.setPrefHeight(170);
        timeline.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ShipmentEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : Times.WHEN.format(e.at()) + "  " + text.get("phase." + e.phase().name())
                        + "  [" + e.kind() + "]  " + e.actorName() + (e.note().isEmpty() ? "" : " — " + e.note()));
            }
        });
        VBox phasePane = new VBox(10, new HBox(8, target, note, move), phaseError, moved,
                new Label(text.get("shipments.timeline")), timeline);
        phasePane.setPadding(new Insets(10, 0, 0, 0));
        VBox.setVgrow(timeline, Priority.ALWAYS);
        Tab phaseTab = new Tab(text.get("shipments.phaseTab"), phasePane);
        Tab receivingTab = new Tab(text.get("receiving.title"), ReceivingView.create(receiving, text,
                vm::loadDetail, vm::show));
        TabPane tabs = new TabPane(phaseTab, receivingTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox right = new VBox(10, heading, facts, tabs);
        right.setPadding(new Insets(10));
        right.disableProperty().bind(vm.detailProperty().isNull());
        vm.detailProperty().addListener((o, b, detail) -> {
            receiving.show(detail);
            if (detail == null) {
                heading.setText(text.get("shipments.select"));
                facts.setText("");
                timeline.getItems().clear();
                return;
            }
            Shipment s = detail.shipment();
            heading.setText(s.number() + " — " + text.get("phase." + s.phase().name()));
            facts.setText(text.get("shipments.facts", vm.consigneeCode(s.consigneeId()), s.carrier(),
                    s.trackingNumber(), s.origin(), s.expectedArrival(), s.boxCount(), s.unitCount(), s.expectedUnits()));
            timeline.getItems().setAll(detail.timeline());
        });
        vm.refresh();
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.55);
        return split;
    }

}
