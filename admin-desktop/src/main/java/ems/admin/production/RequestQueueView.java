package ems.admin.production;

import ems.admin.ui.Times;
import ems.admin.ui.Converters;
import ems.admin.ui.Tables;
import ems.admin.ui.Text;
import ems.consignee.Consignee;
import ems.production.LineStock;
import ems.production.PoEvent;
import ems.production.PoNote;
import ems.production.PoRequest;
import ems.production.PoRequestDetail;
import ems.production.PoRevision;
import ems.production.PoStatus;
import ems.production.RequestReview;
import ems.production.RequestRow;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The PO request queue: list on the left, the selected request's review and the decision on the right. */
public final class RequestQueueView {

    private RequestQueueView() {
    }

    public static Parent create(RequestQueueViewModel vm, Text text) {
        ComboBox<PoStatus> status = new ComboBox<>();
        status.setId("queue-status");
        status.getItems().add(null);
        status.getItems().addAll(PoStatus.values());
        status.setPromptText(text.get("queue.anyStatus"));
        status.setConverter(Converters.of(s -> text.get("poStatus." + s.name())));
        status.valueProperty().bindBidirectional(vm.statusProperty());
        ComboBox<Consignee> consignee = new ComboBox<>(vm.consignees());
        consignee.setPromptText(text.get("shipments.allConsignees"));
        consignee.setConverter(Converters.of(c -> c.code() + " — " + c.legalName()));
        consignee.valueProperty().bindBidirectional(vm.consigneeProperty());
        consignee.setOnAction(e -> vm.reload());
        // Shown only while one consignee is chosen: the way back to everyone's requests.
        Button all = new Button(text.get("queue.allConsignees"));
        all.setId("queue-all-consignees");
        all.visibleProperty().bind(vm.consigneeProperty().isNotNull());
        all.managedProperty().bind(all.visibleProperty());
        all.setOnAction(e -> vm.consigneeProperty().set(null));
        Button apply = new Button(text.get("inventory.refresh"));
        apply.setId("queue-apply");
        apply.setOnAction(e -> vm.reload());
        status.setOnAction(e -> vm.reload());
        FlowPane filters = new FlowPane(6, 6, status, consignee, all, apply);
        Label counts = new Label();
        counts.setId("queue-counts");
        counts.getStyleClass().add("hint");
        counts.setWrapText(true);
        vm.countsProperty().addListener((o, b, a) -> counts.setText(vm.countsText()));

        TableView<RequestRow> table = new TableView<>(vm.items());
        table.setId("queue-table");
        table.setPlaceholder(new Label(text.get("queue.none")));
        table.getColumns().add(Tables.column(text.get("queue.number"), RequestRow::number, 120));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // What triage needs, readable in the pane's width; dates and lines are in the review beside it.
        table.getColumns().add(Tables.column(text.get("access.consignee"), RequestRow::consigneeName, 150));
        table.getColumns().add(Tables.column(text.get("queue.status"), r -> text.get("poStatus." + r.status().name()), 125));
        table.getColumns().add(Tables.column(text.get("queue.revision"), RequestRow::currentRevision, 40));
        table.getColumns().add(Tables.column(text.get("queue.submitted"), r -> Times.DAY.format(r.createdAt()), 110));
        table.getSelectionModel().selectedItemProperty().addListener((o, b, a) -> {
            if (a != null) {
                vm.selectedProperty().set(a);
            }
        });
        vm.items().addListener((javafx.collections.ListChangeListener<RequestRow>) c -> {
            if (vm.selectedProperty().get() != null) {
                table.getItems().stream().filter(r -> r.id() == vm.selectedProperty().get().id()).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, filters, counts, table);
        left.setPadding(new Insets(10));

        Label heading = new Label(text.get("queue.select"));
        heading.setId("queue-heading");
        heading.getStyleClass().add("title");
        Label facts = new Label();
        facts.setId("queue-facts");
        facts.setWrapText(true);
        facts.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label shortage = new Label();
        shortage.setId("queue-shortage");
        shortage.getStyleClass().add("error");
        shortage.setWrapText(true);
        shortage.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        TableView<LineStock> lines = new TableView<>();
        lines.setId("queue-lines");
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        lines.setPlaceholder(new Label(""));
        // Product and size read as one name ("Northern Haze 1 x 1 g"); the SKU stays for the pickers.
        lines.getColumns().add(Tables.column(text.get("queue.product"),
                s -> s.line().productName() + " " + s.line().sizeLabel(), 230));
        lines.getColumns().add(Tables.column(text.get("queue.sku"), s -> s.line().sku(), 110));
        lines.getColumns().add(Tables.column(text.get("queue.region"),
                s -> text.get("region." + s.line().region().name()), 80));
        lines.getColumns().add(Tables.column(text.get("queue.requested"), s -> s.line().quantity(), 70));
        lines.getColumns().add(Tables.column(text.get("queue.unstamped"), s -> s.unstamped()
                + (s.unitsShort() ? "  ⚠ " + text.get("queue.short", s.unitsShortBy()) : ""), 120));
        lines.getColumns().add(Tables.column(text.get("queue.stamps"), s -> s.stamps()
                + (s.stampsShort() ? "  ⚠ " + text.get("queue.short", s.stampsShortBy()) : ""), 120));
        lines.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LineStock item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("short");
                if (!empty && item != null && item.anyShort()) {
                    getStyleClass().add("short");
                }
            }
        });
        TextArea revisions = new TextArea();
        revisions.setId("queue-revisions");
        revisions.setEditable(false);
        revisions.setWrapText(true);
        ListView<PoNote> notes = new ListView<>();
        notes.setId("queue-notes");
        notes.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PoNote n, boolean empty) {
                super.updateItem(n, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || n == null ? null : Times.WHEN.format(n.at()) + "  " + n.authorName() + " ("
                        + text.get("side." + n.side().name()) + ")\n" + n.text());
            }
        });
        ListView<PoEvent> events = new ListView<>();
        events.setId("queue-events");
        events.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PoEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : Times.WHEN.format(e.at()) + "  "
                        + text.get("poStatus." + e.status().name()) + "  " + e.actorName() + " ("
                        + text.get("side." + e.side().name()) + ")");
            }
        });
        Tab linesTab = new Tab(text.get("queue.linesTab"), new VBox(6, shortage, lines));
        Tab revisionsTab = new Tab(text.get("queue.revisionsTab"), revisions);
        Tab notesTab = new Tab(text.get("queue.notesTab"), notes);
        Tab eventsTab = new Tab(text.get("queue.timelineTab"), events);
        TabPane tabs = new TabPane(linesTab, revisionsTab, notesTab, eventsTab);
        tabs.setId("queue-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        TextArea note = new TextArea();
        note.setId("queue-note");
        note.setPromptText(text.get("queue.notePrompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.noteProperty());
        Button approve = new Button(text.get("queue.approve"));
        approve.setId("queue-approve");
        approve.getStyleClass().add("primary");
        approve.setOnAction(e -> vm.approve());
        Button sendBack = new Button(text.get("queue.sendBack"));
        sendBack.setId("queue-send-back");
        sendBack.setOnAction(e -> vm.sendBack());
        Button reject = new Button(text.get("queue.reject"));
        reject.setId("queue-reject");
        reject.getStyleClass().add("danger");
        reject.setOnAction(e -> vm.reject());
        HBox decisions = new HBox(8, approve, sendBack, reject);
        Label error = new Label();
        error.setId("queue-error");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errors().field("note").concat(vm.errors().field("status"))
                .concat(vm.errors().field("lines")).concat(vm.errors().general()));
        Label done = new Label();
        done.setId("queue-message");
        done.getStyleClass().add("ok");
        done.textProperty().bind(vm.messageProperty());
        VBox decisionBox = new VBox(6, new Label(text.get("queue.decision")), note, decisions);
        decisionBox.setId("queue-decision");

        VBox right = new VBox(8, heading, facts, tabs, decisionBox, error, done);
        right.setPadding(new Insets(10));
        vm.reviewProperty().addListener((o, b, review) -> show(review, heading, facts, shortage, lines, revisions,
                notes, events, decisionBox, text));
        show(null, heading, facts, shortage, lines, revisions, notes, events, decisionBox, text);
        vm.refresh();
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.46);
        return split;
    }

    private static void show(RequestReview review, Label heading, Label facts, Label shortage,
                             TableView<LineStock> lines, TextArea revisions, ListView<PoNote> notes,
                             ListView<PoEvent> events, VBox decisionBox, Text text) {
        if (review == null) {
            heading.setText(text.get("queue.select"));
            facts.setText("");
            shortage.setText("");
            lines.getItems().clear();
            revisions.clear();
            notes.getItems().clear();
            events.getItems().clear();
            decisionBox.setDisable(true);
            return;
        }
        PoRequestDetail detail = review.detail();
        PoRequest r = detail.request();
        PoRevision current = detail.current();
        heading.setText(r.number() + " — " + text.get("poStatus." + r.status().name()));
        facts.setText(text.get("queue.facts", review.consigneeName(), r.currentRevision(), current.preferredFrom(),
                current.preferredTo(), current.stampSequence().isEmpty() ? "—" : current.stampSequence(),
                r.decisionNote().isEmpty() ? "—" : r.decisionNote()));
        shortage.setText(review.anyShort() ? text.get("queue.shortage") : "");
        lines.getItems().setAll(review.stock());
        StringBuilder history = new StringBuilder();
        for (PoRevision rev : detail.newestFirst()) {
            history.append(HistoryText.revision(detail, rev, text)).append("\n\n");
        }
        revisions.setText(history.toString().strip());
        notes.getItems().setAll(detail.notes());
        events.getItems().setAll(detail.events());
        decisionBox.setDisable(r.status() != PoStatus.SUBMITTED);
    }
}
