package ems.admin.feedback;

import ems.admin.ui.Times;
import ems.admin.ui.Controls;
import ems.admin.ui.Converters;
import ems.admin.ui.Tables;
import ems.admin.ui.Text;
import ems.consignee.Consignee;
import ems.feedback.Feedback;
import ems.feedback.FeedbackRow;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Feedback: every submission with its Customer / Internal badge, filters, and the selected one's text. */
public final class FeedbackView {


    private FeedbackView() {
    }

    public static Parent create(FeedbackViewModel vm, Text text) {
        ComboBox<Feedback.Source> source = combo(Feedback.Source.values(), "feedback.anySource",
                s -> text.get("feedback.source." + s.name()), text);
        source.setId("fb-source");
        source.valueProperty().bindBidirectional(vm.sourceProperty());
        ComboBox<Feedback.Category> category = combo(Feedback.Category.values(), "feedback.anyCategory",
                c -> text.get("feedback.category." + c.name()), text);
        category.valueProperty().bindBidirectional(vm.categoryProperty());
        ComboBox<Feedback.Status> status = combo(Feedback.Status.values(), "queue.anyStatus",
                s -> text.get("feedback.status." + s.name()), text);
        status.valueProperty().bindBidirectional(vm.statusProperty());
        ComboBox<Consignee> consignee = new ComboBox<>(vm.consignees());
        consignee.setPromptText(text.get("shipments.allConsignees"));
        consignee.setConverter(Converters.of(c -> c.code() + " — " + c.legalName()));
        consignee.valueProperty().bindBidirectional(vm.consigneeProperty());
        Button apply = new Button(text.get("shipments.apply"));
        apply.setId("fb-apply");
        apply.setOnAction(e -> vm.refresh());
        FlowPane filters = new FlowPane(6, 6, source, category, status, consignee, apply);

        TableView<FeedbackRow> table = new TableView<>(vm.items());
        table.setId("fb-table");
        table.setPlaceholder(new Label(text.get("feedback.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<FeedbackRow, String> badge = Tables.column(text.get("feedback.source"),
                r -> text.get("feedback.source." + r.feedback().source().name()), 90);
        badge.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().removeAll("badge-customer", "badge-internal");
                setText(empty ? null : value);
                if (!empty && getTableRow() != null && getTableRow().getItem() != null) {
                    getStyleClass().add(getTableRow().getItem().feedback().source() == Feedback.Source.CUSTOMER
                            ? "badge-customer" : "badge-internal");
                }
            }
        });
        table.getColumns().add(badge);
        TableColumn<FeedbackRow, String> received = Tables.column(text.get("feedback.received"),
                r -> Times.LISTED.format(r.feedback().createdAt()), 125);
        received.setMinWidth(125);
        table.getColumns().add(received);
        table.getColumns().add(Tables.column(text.get("feedback.categoryCol"),
                r -> text.get("feedback.category." + r.feedback().category().name()), 100));
        table.getColumns().add(Tables.column(text.get("access.consignee"), r -> r.consigneeCode() == null ? "—"
                : r.consigneeCode(), 70));
        table.getColumns().add(Tables.column(text.get("feedback.author"), r -> r.feedback().authorName(), 130));
        table.getColumns().add(Tables.column(text.get("queue.status"),
                r -> text.get("feedback.status." + r.feedback().status().name()), 90));
        table.getSelectionModel().selectedItemProperty().addListener((o, b, a) -> {
            if (a != null) {
                vm.selectedProperty().set(a);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, filters, table);
        left.setPadding(new Insets(10));

        Label heading = new Label(text.get("feedback.select"));
        heading.setId("fb-heading");
        heading.getStyleClass().add("title");
        Label facts = new Label();
        facts.setWrapText(true);
        TextArea body = new TextArea();
        body.setId("fb-message");
        body.setEditable(false);
        body.setWrapText(true);
        Button reviewed = new Button(text.get("feedback.markReviewed"));
        reviewed.setId("fb-reviewed");
        reviewed.getStyleClass().add("primary");
        reviewed.setOnAction(e -> vm.markReviewed());
        Button close = new Button(text.get("feedback.close"));
        close.setId("fb-close");
        close.setOnAction(e -> vm.close());
        Label error = new Label();
        error.getStyleClass().add("error");
        error.textProperty().bind(vm.errors().general().concat(vm.errors().field("message"))
                .concat(vm.errors().field("category")));
        Label done = new Label();
        done.setId("fb-done");
        done.getStyleClass().add("ok");
        done.textProperty().bind(vm.messageProperty());
        ComboBox<Feedback.Category> newCategory = new ComboBox<>();
        newCategory.getItems().setAll(Feedback.Category.values());
        newCategory.setConverter(Converters.of(c -> text.get("feedback.category." + c.name())));
        newCategory.valueProperty().bindBidirectional(vm.newCategoryProperty());
        TextArea internal = Controls.textArea("fb-internal", vm.newMessageProperty());
        internal.setPromptText(text.get("feedback.internalPrompt"));
        internal.setPrefRowCount(3);
        Button add = new Button(text.get("feedback.addInternal"));
        add.setOnAction(e -> vm.addInternal());
        VBox detail = new VBox(8, heading, facts, body, new HBox(8, reviewed, close));
        detail.setDisable(true);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox right = new VBox(10, detail, error, done, new Label(text.get("feedback.internalTitle")), newCategory,
                internal, add);
        right.setPadding(new Insets(10));
        vm.selectedProperty().addListener((o, b, row) -> {
            detail.setDisable(row == null);
            if (row == null) {
                heading.setText(text.get("feedback.select"));
                facts.setText("");
                body.clear();
                return;
            }
            Feedback f = row.feedback();
            heading.setText(text.get("feedback.source." + f.source().name()) + " · "
                    + text.get("feedback.category." + f.category().name()) + " · "
                    + text.get("feedback.status." + f.status().name()));
            facts.setText(text.get("feedback.facts", f.authorName(), row.consigneeName() == null ? "—"
                    : row.consigneeName(), f.page().isEmpty() ? "—" : f.page(), Times.WHEN.format(f.createdAt())));
            body.setText(f.message());
            reviewed.setDisable(f.status() != Feedback.Status.NEW);
            close.setDisable(f.status() == Feedback.Status.CLOSED);
        });
        vm.refresh();
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.55);
        return split;
    }

    private static <T> ComboBox<T> combo(T[] values, String prompt, java.util.function.Function<T, String> label,
                                         Text text) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setPromptText(text.get(prompt));
        box.setConverter(Converters.of(label));
        return box;
    }
}
