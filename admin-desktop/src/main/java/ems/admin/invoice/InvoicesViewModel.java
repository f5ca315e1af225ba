package ems.admin.invoice;

import ems.admin.ui.Failures;
import ems.admin.ui.FormErrors;
import ems.admin.ui.StaffSession;
import ems.admin.ui.Text;
import ems.admin.ui.TypedNumbers;
import ems.admin.ui.UiExecutor;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeService;
import ems.error.ValidationException;
import ems.invoice.DraftCredit;
import ems.invoice.DraftLine;
import ems.invoice.Invoice;
import ems.invoice.InvoiceDetail;
import ems.invoice.InvoiceDraft;
import ems.invoice.InvoiceMath;
import ems.invoice.InvoiceService;
import ems.invoice.InvoiceStatus;
import ems.invoice.SalesTax;
import ems.outbound.OutboundService;
import ems.pdf.InvoicePdf;
import ems.pdf.Letterhead;
import ems.production.ProductionOrderService;
import ems.shipment.ShipmentFilter;
import ems.shipment.ShipmentService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Invoices: the list (status, consignee, number), the draft editor with live totals computed by the same
 * {@link InvoiceMath} the stored invoice uses, issuing, payments, credit notes, voids, and the preview —
 * the very PDF the customer downloads, rendered page by page.
 */
public final class InvoicesViewModel {

    public static final int LIMIT = 500;

    private final ObjectProperty<InvoiceStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Consignee> consignee = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Consignee> consignees = FXCollections.observableArrayList();
    private final ObservableList<Invoice> items = FXCollections.observableArrayList();
    private final ObjectProperty<Invoice> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<InvoiceDetail> detail = new SimpleObjectProperty<>();
    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    private final ObservableList<DraftCredit> credits = FXCollections.observableArrayList();
    private final ObservableList<LineRow.Reference> references = FXCollections.observableArrayList();
    private final StringProperty terms = new SimpleStringProperty("30");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty lineDescription = new SimpleStringProperty("");
    private final StringProperty lineQuantity = new SimpleStringProperty("");
    private final StringProperty linePrice = new SimpleStringProperty("");
    private final StringProperty lineDuty = new SimpleStringProperty("0");
    private final ObjectProperty<LineRow.Reference> lineReference = new SimpleObjectProperty<>();
    private final StringProperty creditDescription = new SimpleStringProperty("");
    private final StringProperty creditAmount = new SimpleStringProperty("");
    private final ObjectProperty<InvoiceMath.Totals> totals = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> issueDate = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> paymentDate = new SimpleObjectProperty<>();
    private final StringProperty method = new SimpleStringProperty("EFT");
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<List<byte[]>> preview = new SimpleObjectProperty<>(List.of());
    private final StringProperty message = new SimpleStringProperty("");
    private final InvoiceService invoices;
    private final ConsigneeService consigneeService;
    private final ShipmentService shipments;
    private final ProductionOrderService productionOrders;
    private final OutboundService outbound;
    private final Letterhead letterhead;
    private final StaffSession session;
    private final UiExecutor executor;
    private final Text text;
    private final FormErrors errors;

    public InvoicesViewModel(InvoiceService invoices, ConsigneeService consigneeService, ShipmentService shipments,
                             ProductionOrderService productionOrders, OutboundService outbound, Letterhead letterhead,
                             StaffSession session, UiExecutor executor, Text text) {
        this.invoices = invoices;
        this.consigneeService = consigneeService;
        this.shipments = shipments;
        this.productionOrders = productionOrders;
        this.outbound = outbound;
        this.letterhead = letterhead;
        this.session = session;
        this.executor = executor;
        this.text = text;
        this.errors = new FormErrors(text);
        selected.addListener((o, before, after) -> {
            if (after == null || before == null || after.id() != before.id()) {
                errors.clear();
                message.set("");
            }
            load();
        });
        lines.addListener((ListChangeListener<LineRow>) c -> recompute());
        credits.addListener((ListChangeListener<DraftCredit>) c -> recompute());
    }

    public void refresh() {
        InvoiceStatus shown = status.get();
        Long only = consignee.get() == null ? null : consignee.get().id();
        String text = search.get();
        executor.run(() -> new Loaded(consignees.isEmpty() ? consigneeService.search("") : null,
                invoices.staffList(shown, only, text, LIMIT)), loaded -> {
                    if (loaded.consignees() != null) {
                        consignees.setAll(loaded.consignees());
                    }
                    Long keep = selected.get() == null ? null : selected.get().id();
                    items.setAll(loaded.rows());
                    selected.set(keep == null ? null
                            : loaded.rows().stream().filter(i -> i.id() == keep).findFirst().orElse(null));
                }, failure -> Failures.show(failure, errors, this.text));
    }

    /** Days past due today, 0 for an invoice that is not outstanding or not yet due. */
    public long daysOverdue(Invoice invoice) {
        return invoice.daysOverdue(invoices.today());
    }

    /** The status as the list shows it: an outstanding invoice past its due date says by how many days. */
    public String statusText(Invoice invoice) {
        long late = daysOverdue(invoice);
        return late > 0 ? text.get("invoices.overdueStatus", late)
                : text.get("invoiceStatus." + invoice.status().name());
    }

    /** A new draft for the consignee chosen in the filter. */
    public void newDraft() {
        Consignee forWhom = consignee.get();
        if (forWhom == null) {
            errors.clear();
            errors.showGeneral(text.get("invoices.chooseConsignee"));
            return;
        }
        executor.run(() -> invoices.createDraft(session.actor(), forWhom.id()), created -> {
            message.set(text.get("invoices.draftCreated", forWhom.code()));
            selected.set(created);
            refresh();
        }, failure -> Failures.show(failure, errors, text));
    }

    public void load() {
        Invoice shown = selected.get();
        if (shown == null) {
            detail.set(null);
            lines.clear();
            credits.clear();
            preview.set(List.of());
            return;
        }
        executor.run(() -> new Opened(invoices.detailForStaff(shown.id()), referencesFor(shown.consigneeId())), opened -> {
            InvoiceDetail d = opened.detail();
            detail.set(d);
            references.setAll(opened.references());
            lines.setAll(d.lines().stream().map(l -> new LineRow(l.description(), l.quantity(), l.unitPrice(),
                    l.exciseDuty(), l.referenceType() == null ? null
                    : new LineRow.Reference(l.referenceType(), l.referenceId(), l.referenceLabel()))).toList());
            credits.setAll(d.credits().stream().map(c -> new DraftCredit(c.description(), c.amount())).toList());
            terms.set(String.valueOf(d.invoice().termsDays()));
            notes.set(d.invoice().notes());
            issueDate.set(invoices.today());
            paymentDate.set(invoices.today());
            amount.set(d.invoice().balance().toPlainString());
            renderPreview(d);
        }, failure -> Failures.show(failure, errors, text));
    }

    public void addLine() {
        BigDecimal qty = TypedNumbers.decimal(lineQuantity.get());
        BigDecimal price = TypedNumbers.decimal(linePrice.get());
        BigDecimal duty = TypedNumbers.decimal(lineDuty.get().isBlank() ? "0" : lineDuty.get());
        errors.clear();
        LineRow row = new LineRow(lineDescription.get(), qty, price, duty, lineReference.get());
        try {
            // The model's own rules, applied to this one line, so the message is the same as on save.
            validate(List.of(row), List.of());
        } catch (ValidationException e) {
            errors.show(e);
            return;
        }
        lines.add(row);
        lineDescription.set("");
        lineQuantity.set("");
        linePrice.set("");
        lineDuty.set("0");
        lineReference.set(null);
    }

    public void removeLine(LineRow row) {
        lines.remove(row);
    }

    public void addCredit() {
        DraftCredit credit = new DraftCredit(creditDescription.get(), TypedNumbers.decimal(creditAmount.get()));
        errors.clear();
        try {
            validate(List.of(), List.of(credit));
        } catch (ValidationException e) {
            errors.show(e);
            return;
        }
        credits.add(credit);
        creditDescription.set("");
        creditAmount.set("");
    }

    public void removeCredit(DraftCredit credit) {
        credits.remove(credit);
    }

    public void save() {
        Invoice shown = current();
        if (shown == null) {
            return;
        }
        InvoiceDraft draft = draft();
        executor.run(() -> invoices.saveDraft(session.actor(), shown.id(), shown.version(), draft), saved -> {
            errors.clear();
            message.set(text.get("invoices.saved"));
            selected.set(saved);
            refresh();
            load();
        }, failure -> Failures.show(failure, errors, text));
    }

    /** Saves what is in the editor and issues it, in that order, so what was seen is what is issued. */
    public void issue() {
        Invoice shown = current();
        if (shown == null) {
            return;
        }
        InvoiceDraft draft = draft();
        LocalDate on = issueDate.get();
        executor.run(() -> {
            Invoice saved = invoices.saveDraft(session.actor(), shown.id(), shown.version(), draft);
            return invoices.issue(session.actor(), saved.id(), saved.version(), on);
        }, issued -> {
            errors.clear();
            message.set(text.get("invoices.issued", issued.number()));
            selected.set(issued);
            refresh();
            load();
        }, failure -> {
            Failures.show(failure, errors, text);
            load();
        });
    }

    public void deleteDraft() {
        Invoice shown = current();
        if (shown == null) {
            return;
        }
        executor.runAction(() -> invoices.deleteDraft(session.actor(), shown.id(), shown.version()), () -> {
            message.set(text.get("invoices.deleted"));
            selected.set(null);
            refresh();
        }, failure -> Failures.show(failure, errors, text));
    }

    public void recordPayment() {
        Invoice shown = current();
        BigDecimal value = TypedNumbers.decimal(amount.get());
        LocalDate on = paymentDate.get();
        act(() -> invoices.recordPayment(session.actor(), shown.id(), shown.version(), value, on, method.get(),
                reference.get()), "invoices.paymentRecorded");
    }

    public void creditNote() {
        Invoice shown = current();
        BigDecimal value = TypedNumbers.decimal(amount.get());
        act(() -> invoices.creditNote(session.actor(), shown.id(), shown.version(), value, reason.get()),
                "invoices.credited");
    }

    public void voidInvoice() {
        Invoice shown = current();
        act(() -> invoices.voidInvoice(session.actor(), shown.id(), shown.version(), reason.get()), "invoices.voided");
    }

    private void act(java.util.function.Supplier<Invoice> action, String messageKey) {
        if (current() == null) {
            return;
        }
        executor.run(action, done -> {
            errors.clear();
            reason.set("");
            reference.set("");
            message.set(text.get(messageKey, done.number()));
            selected.set(done);
            refresh();
            load();
        }, failure -> Failures.show(failure, errors, text));
    }

    private void renderPreview(InvoiceDetail d) {
        executor.run(() -> PdfPages.render(out -> InvoicePdf.write(d, letterhead, text.language(), out), 80),
                preview::set, failure -> Failures.show(failure, errors, text));
    }

    private void recompute() {
        Invoice shown = current();
        SalesTax tax = shown == null ? SalesTax.of(ems.consignee.Province.ON) : shown.salesTax();
        totals.set(InvoiceMath.totals(lines.stream().map(LineRow::toDraft).toList(),
                credits.stream().map(DraftCredit::amount).toList(), tax));
    }

    private InvoiceDraft draft() {
        Integer days = ems.admin.ui.TypedNumbers.wholeInt(terms.get());
        return new InvoiceDraft(days == null ? -1 : days, notes.get(), lines.stream().map(LineRow::toDraft).toList(),
                List.copyOf(credits));
    }

    private Invoice current() {
        return detail.get() == null ? null : detail.get().invoice();
    }

    /** The same checks saving applies, for one line or credit typed into the editor. */
    private static void validate(List<LineRow> rows, List<DraftCredit> creditRows) {
        List<DraftLine> draftLines = new ArrayList<>();
        rows.forEach(r -> draftLines.add(r.toDraft()));
        InvoiceDraft.check(new InvoiceDraft(30, "", draftLines, creditRows));
    }

    private List<LineRow.Reference> referencesFor(long consigneeId) {
        List<LineRow.Reference> refs = new ArrayList<>();
        shipments.staffList(consigneeId, ShipmentFilter.all(), 100).forEach(s -> refs.add(new LineRow.Reference(
                DraftLine.ReferenceType.SHIPMENT, s.id(), s.number())));
        productionOrders.work(null, consigneeId, 100).forEach(o -> refs.add(new LineRow.Reference(
                DraftLine.ReferenceType.PRODUCTION_ORDER, o.id(), o.number())));
        outbound.staffList(null, consigneeId, 100).forEach(o -> refs.add(new LineRow.Reference(
                DraftLine.ReferenceType.OUTBOUND, o.id(), o.number())));
        return refs;
    }

    private record Loaded(List<Consignee> consignees, List<Invoice> rows) {
    }

    private record Opened(InvoiceDetail detail, List<LineRow.Reference> references) {
    }

    public ObjectProperty<InvoiceStatus> statusProperty() { return status; }
    public ObjectProperty<Consignee> consigneeProperty() { return consignee; }
    public StringProperty searchProperty() { return search; }
    public ObservableList<Consignee> consignees() { return consignees; }
    public ObservableList<Invoice> items() { return items; }
    public ObjectProperty<Invoice> selectedProperty() { return selected; }
    public ObjectProperty<InvoiceDetail> detailProperty() { return detail; }
    public ObservableList<LineRow> lines() { return lines; }
    public ObservableList<DraftCredit> credits() { return credits; }
    public ObservableList<LineRow.Reference> references() { return references; }
    public StringProperty termsProperty() { return terms; }
    public StringProperty notesProperty() { return notes; }
    public StringProperty lineDescriptionProperty() { return lineDescription; }
    public StringProperty lineQuantityProperty() { return lineQuantity; }
    public StringProperty linePriceProperty() { return linePrice; }
    public StringProperty lineDutyProperty() { return lineDuty; }
    public ObjectProperty<LineRow.Reference> lineReferenceProperty() { return lineReference; }
    public StringProperty creditDescriptionProperty() { return creditDescription; }
    public StringProperty creditAmountProperty() { return creditAmount; }
    public ObjectProperty<InvoiceMath.Totals> totalsProperty() { return totals; }
    public ObjectProperty<LocalDate> issueDateProperty() { return issueDate; }
    public StringProperty amountProperty() { return amount; }
    public ObjectProperty<LocalDate> paymentDateProperty() { return paymentDate; }
    public StringProperty methodProperty() { return method; }
    public StringProperty referenceProperty() { return reference; }
    public StringProperty reasonProperty() { return reason; }
    public ObjectProperty<List<byte[]>> previewProperty() { return preview; }
    public StringProperty messageProperty() { return message; }
    public FormErrors errors() { return errors; }
}
