package ems.admin.invoice;

import ems.admin.ui.Controls;
import ems.admin.ui.Converters;
import ems.admin.ui.Tables;
import ems.admin.ui.Text;
import ems.consignee.Consignee;
import ems.invoice.DraftCredit;
import ems.invoice.Invoice;
import ems.invoice.InvoiceMath;
import ems.invoice.InvoiceStatus;
import ems.invoice.Settlement;
import java.text.NumberFormat;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Invoices: list on the left; the selected invoice's editor, settlements and PDF preview on the right. */
public final class InvoicesView {

    private InvoicesView() {
    }

    public static Parent create(InvoicesViewModel vm, Text text) {
        NumberFormat money = NumberFormat.getCurrencyInstance(text.language() == ems.i18n.Language.FR
                ? Locale.CANADA_FRENCH : Locale.CANADA);
        ComboBox<InvoiceStatus> status = new ComboBox<>();
        status.getItems().add(null);
        status.getItems().addAll(InvoiceStatus.values());
        status.setPromptText(text.get("queue.anyStatus"));
        status.setConverter(Converters.of(s -> text.get("invoiceStatus." + s.name())));
        status.valueProperty().bindBidirectional(vm.statusProperty());
        ComboBox<Consignee> consignee = new ComboBox<>(vm.consignees());
        consignee.setId("inv-consignee");
        consignee.setPromptText(text.get("shipments.allConsignees"));
        consignee.setConverter(Converters.of(c -> c.code() + " — " + c.legalName()));
        consignee.valueProperty().bindBidirectional(vm.consigneeProperty());
        TextField search = Controls.textField("inv-search", vm.searchProperty());
        search.setPromptText(text.get("invoices.search"));
        search.setOnAction(e -> vm.refresh());
        Button apply = new Button(text.get("shipments.apply"));
        apply.setOnAction(e -> vm.refresh());
        Button newDraft = new Button(text.get("invoices.newDraft"));
        newDraft.setId("inv-new");
        newDraft.getStyleClass().add("primary");
        newDraft.setOnAction(e -> vm.newDraft());
        FlowPane filters = new FlowPane(6, 6, status, consignee, search, apply, newDraft);

        TableView<Invoice> table = new TableView<>(vm.items());
        table.setId("inv-table");
        table.setPlaceholder(new Label(text.get("invoices.none")));
        table.getColumns().add(Tables.column(text.get("invoices.number"), i -> i.number() == null
                ? text.get("invoices.draftN", i.id()) : i.number(), 118));
        // The list is for finding and chasing: the due day, not the issue day (that is in the pane beside it).
        table.getColumns().add(Tables.column(text.get("queue.status"), vm::statusText, 125));
        table.getColumns().add(Tables.column(text.get("invoices.dueDate"), Invoice::dueDate, 88));
        TableColumn<Invoice, String> total = Tables.column(text.get("invoices.total"), i -> money.format(i.total()), 82);
        TableColumn<Invoice, String> balance = Tables.column(text.get("invoices.balance"),
                i -> money.format(i.balance()), 82);
        total.getStyleClass().add("num");
        balance.getStyleClass().add("num");
        table.getColumns().add(total);
        table.getColumns().add(balance);
        // Staff chasing payment see at a glance what is late.
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Invoice item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue");
                if (!empty && item != null && vm.daysOverdue(item) > 0) {
                    getStyleClass().add("overdue");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, b, a) -> {
            if (a != null) {
                vm.selectedProperty().set(a);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Label general = new Label();
        general.getStyleClass().add("error");
        general.setWrapText(true);
        general.textProperty().bind(vm.errors().general().concat(vm.errors().field("status"))
                .concat(vm.errors().field("lines")).concat(vm.errors().field("amount"))
                .concat(vm.errors().field("reason")).concat(vm.errors().field("termsDays")));
        general.setId("inv-error");
        Label done = new Label();
        done.setId("inv-message");
        done.getStyleClass().add("ok");
        done.textProperty().bind(vm.messageProperty());
        VBox left = new VBox(8, filters, table, general, done);
        left.setPadding(new Insets(10));

        Label heading = new Label(text.get("invoices.select"));
        heading.setId("inv-heading");
        heading.getStyleClass().add("title");

        // --- draft editor ---
        TableView<LineRow> lines = new TableView<>(vm.lines());
        lines.setId("inv-lines");
        lines.setPrefHeight(170);
        lines.getColumns().add(Tables.column(text.get("invoices.description"), LineRow::description, 220));
        lines.getColumns().add(Tables.column(text.get("invoices.quantity"), r -> r.quantity().stripTrailingZeros()
                .toPlainString(), 60));
        lines.getColumns().add(Tables.column(text.get("invoices.unitPrice"), r -> money.format(r.unitPrice()), 80));
        lines.getColumns().add(Tables.column(text.get("invoices.duty"), r -> money.format(r.exciseDuty()), 80));
        lines.getColumns().add(Tables.column(text.get("invoices.amount"), r -> money.format(
                InvoiceMath.lineTotal(r.quantity(), r.unitPrice())), 90));
        lines.getColumns().add(Tables.column(text.get("invoices.referenceCol"), r -> r.reference() == null ? ""
                : r.reference().label(), 110));
        TextField description = Controls.textField("inv-line-description", vm.lineDescriptionProperty());
        description.setPromptText(text.get("invoices.description"));
        TextField quantity = Controls.textField("inv-line-quantity", vm.lineQuantityProperty());
        quantity.setPromptText(text.get("invoices.quantity"));
        quantity.setPrefColumnCount(5);
        TextField price = Controls.textField("inv-line-price", vm.linePriceProperty());
        price.setPromptText(text.get("invoices.unitPrice"));
        price.setPrefColumnCount(6);
        TextField duty = Controls.textField("inv-line-duty", vm.lineDutyProperty());
        duty.setPromptText(text.get("invoices.duty"));
        duty.setPrefColumnCount(6);
        ComboBox<LineRow.Reference> ref = new ComboBox<>(vm.references());
        ref.setPromptText(text.get("invoices.referenceCol"));
        ref.setConverter(Converters.of(LineRow.Reference::label));
        ref.valueProperty().bindBidirectional(vm.lineReferenceProperty());
        Button addLine = new Button(text.get("invoices.addLine"));
        addLine.setId("inv-add-line");
        addLine.setOnAction(e -> vm.addLine());
        Button removeLine = new Button(text.get("invoices.removeLine"));
        removeLine.setOnAction(e -> {
            LineRow row = lines.getSelectionModel().getSelectedItem();
            if (row != null) {
                vm.removeLine(row);
            }
        });
        Label lineError = new Label();
        lineError.getStyleClass().add("error");
        lineError.setId("inv-line-error");
        lineError.textProperty().bind(vm.errors().field("line0.description").concat(vm.errors().field("line0.quantity"))
                .concat(vm.errors().field("line0.unitPrice")).concat(vm.errors().field("line0.exciseDuty")));
        VBox newLine = new VBox(6, description, new HBox(6, quantity, price, duty, ref, addLine, removeLine));

        ListView<DraftCredit> creditList = new ListView<>(vm.credits());
        creditList.setPrefHeight(60);
        creditList.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(DraftCredit c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.description() + "  −" + money.format(c.amount()));
            }
        });
        TextField creditDescription = Controls.textField("inv-credit-description", vm.creditDescriptionProperty());
        creditDescription.setPromptText(text.get("invoices.creditDescription"));
        HBox.setHgrow(creditDescription, Priority.ALWAYS);
        TextField creditAmount = Controls.textField("inv-credit-amount", vm.creditAmountProperty());
        creditAmount.setPromptText(text.get("invoices.amount"));
        Button addCredit = new Button(text.get("invoices.addCredit"));
        addCredit.setOnAction(e -> vm.addCredit());
        Button removeCredit = new Button(text.get("invoices.removeLine"));
        removeCredit.setOnAction(e -> {
            DraftCredit c = creditList.getSelectionModel().getSelectedItem();
            if (c != null) {
                vm.removeCredit(c);
            }
        });
        Label creditError = new Label();
        creditError.getStyleClass().add("error");
        creditError.textProperty().bind(vm.errors().field("credit0.description").concat(vm.errors()
                .field("credit0.amount")));
        TextField terms = Controls.textField("inv-terms", vm.termsProperty());
        terms.setPrefColumnCount(4);
        TextField notes = Controls.textField("inv-notes", vm.notesProperty());
        notes.setPromptText(text.get("invoices.notes"));
        HBox.setHgrow(notes, Priority.ALWAYS);
        Label totals = new Label();
        totals.setId("inv-totals");
        totals.getStyleClass().add("strong");
        vm.totalsProperty().addListener((o, b, t) -> totals.setText(t == null ? "" : text.get("invoices.liveTotals",
                money.format(t.subtotal()), money.format(t.duty()), money.format(t.credits()), money.format(t.tax()),
                money.format(t.total()))));
        DatePicker issueDate = new DatePicker();
        issueDate.valueProperty().bindBidirectional(vm.issueDateProperty());
        Button save = new Button(text.get("invoices.save"));
        save.setId("inv-save");
        save.setOnAction(e -> vm.save());
        Button issue = new Button(text.get("invoices.issue"));
        issue.setId("inv-issue");
        issue.getStyleClass().add("primary");
        issue.setOnAction(e -> vm.issue());
        Button delete = new Button(text.get("invoices.deleteDraft"));
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> vm.deleteDraft());
        VBox editor = new VBox(6, lines, newLine, lineError, new Label(text.get("invoices.credits")), creditList,
                new HBox(6, creditDescription, creditAmount, addCredit, removeCredit), creditError,
                new HBox(6, new Label(text.get("invoices.terms")), terms, notes), totals,
                new HBox(6, save, new Label(text.get("invoices.issueOn")), issueDate, issue, delete));
        editor.setPadding(new Insets(8, 0, 0, 0));

        // --- settlements ---
        ListView<Settlement> settled = new ListView<>();
        settled.setPrefHeight(120);
        settled.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Settlement s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.onDate() + "  " + text.get("settlement." + s.kind().name())
                        + (s.number() == null ? "" : " " + s.number()) + "  " + money.format(s.amount()) + "  "
                        + s.method() + " " + s.reference());
            }
        });
        TextField amount = Controls.textField("inv-amount", vm.amountProperty());
        amount.setPromptText(text.get("invoices.amount"));
        DatePicker paid = new DatePicker();
        paid.valueProperty().bindBidirectional(vm.paymentDateProperty());
        TextField method = Controls.textField("inv-method", vm.methodProperty());
        method.setPrefColumnCount(6);
        TextField reference = Controls.textField("inv-reference", vm.referenceProperty());
        reference.setPromptText(text.get("invoices.paymentReference"));
        Button pay = new Button(text.get("invoices.recordPayment"));
        pay.setId("inv-pay");
        pay.getStyleClass().add("primary");
        pay.setOnAction(e -> vm.recordPayment());
        TextField reason = Controls.textField("inv-reason", vm.reasonProperty());
        reason.setPromptText(text.get("invoices.reason"));
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button credit = new Button(text.get("invoices.creditNote"));
        credit.setOnAction(e -> vm.creditNote());
        Button voidIt = new Button(text.get("invoices.void"));
        voidIt.getStyleClass().add("danger");
        voidIt.setOnAction(e -> vm.voidInvoice());
        VBox settlements = new VBox(6, settled, new HBox(6, amount, paid, method, reference, pay),
                new HBox(6, reason, credit, voidIt));
        settlements.setPadding(new Insets(8, 0, 0, 0));

        // --- preview ---
        VBox pages = new VBox(12);
        pages.setId("inv-preview");
        pages.setPadding(new Insets(10));
        vm.previewProperty().addListener((o, b, pngs) -> pages.getChildren().setAll(PdfPages.images(pngs).stream()
                .map(img -> {
                    ImageView view = new ImageView(img);
                    view.setPreserveRatio(true);
                    view.setFitWidth(560);
                    return view;
                }).toList()));
        ScrollPane previewScroll = new ScrollPane(pages);

        Tab editTab = new Tab(text.get("invoices.editTab"), editor);
        Tab settleTab = new Tab(text.get("invoices.settleTab"), settlements);
        Tab previewTab = new Tab(text.get("invoices.previewTab"), previewScroll);
        previewTab.setId("inv-preview-tab");
        TabPane tabs = new TabPane(editTab, settleTab, previewTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox right = new VBox(8, heading, tabs);
        right.setPadding(new Insets(10));
        vm.detailProperty().addListener((o, b, d) -> {
            right.setDisable(d == null);
            if (d == null) {
                heading.setText(text.get("invoices.select"));
                return;
            }
            Invoice i = d.invoice();
            boolean draft = i.status() == InvoiceStatus.DRAFT;
            heading.setText((draft ? text.get("invoices.draftN", i.id()) : i.number()) + " — " + d.consigneeName()
                    + " — " + text.get("invoiceStatus." + i.status().name()) + " — "
                    + text.get("invoices.balanceIs", money.format(i.balance())));
            editor.setDisable(!draft);
            settlements.setDisable(!i.status().isOutstanding());
            settled.getItems().setAll(d.settlements());
            tabs.getSelectionModel().select(draft ? editTab : settleTab);
        });
        right.setDisable(true);
        vm.refresh();
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.48);
        return split;
    }
}
