package ems.admin.outbound;

import ems.admin.invoice.PdfPages;
import ems.admin.ui.Failures;
import ems.admin.ui.FormErrors;
import ems.admin.ui.StaffSession;
import ems.admin.ui.Text;
import ems.admin.ui.TypedNumbers;
import ems.admin.ui.UiExecutor;
import ems.catalog.CatalogRow;
import ems.catalog.CatalogService;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeService;
import ems.consignee.Region;
import ems.inventory.Bucket;
import ems.outbound.DestinationKind;
import ems.outbound.NewOutbound;
import ems.outbound.OutboundDetail;
import ems.outbound.OutboundOrder;
import ems.outbound.OutboundService;
import ems.outbound.OutboundStatus;
import ems.pdf.Letterhead;
import ems.pdf.OutboundPdf;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Outbound orders: the work list, a new order (lines from the consignee's catalogue and a stock bucket),
 * picking, packing, dispatch (which takes the units out of inventory), carrier events, delivery, and
 * previews of the packing slip and bill of lading exactly as the customer downloads them.
 */
public final class OutboundViewModel {

    public static final int LIMIT = 500;

    /** A line being put together in the new-order form. */
    public record DraftLine(CatalogRow variant, Bucket bucket, int quantity, int cases) {
    }

    private final ObjectProperty<OutboundStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Consignee> consignee = new SimpleObjectProperty<>();
    private final ObservableList<Consignee> consignees = FXCollections.observableArrayList();
    private final ObservableList<OutboundOrder> items = FXCollections.observableArrayList();
    private final ObjectProperty<OutboundOrder> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<OutboundDetail> detail = new SimpleObjectProperty<>();
    private final ObservableList<CatalogRow> catalogue = FXCollections.observableArrayList();
    private final StringProperty destinationName = new SimpleStringProperty("");
    private final StringProperty destinationAddress = new SimpleStringProperty("");
    private final ObjectProperty<DestinationKind> kind = new SimpleObjectProperty<>(DestinationKind.PROVINCIAL_DISTRIBUTOR);
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    private final StringProperty carrier = new SimpleStringProperty("");
    private final ObjectProperty<CatalogRow> lineVariant = new SimpleObjectProperty<>();
    private final ObjectProperty<Bucket> lineBucket = new SimpleObjectProperty<>();
    private final StringProperty lineQuantity = new SimpleStringProperty("");
    private final StringProperty lineCases = new SimpleStringProperty("0");
    private final ObservableList<DraftLine> newLines = FXCollections.observableArrayList();
    private final StringProperty tracking = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty eventNote = new SimpleStringProperty("");
    private final ObjectProperty<List<byte[]>> preview = new SimpleObjectProperty<>(List.of());
    private final StringProperty message = new SimpleStringProperty("");
    private final OutboundService outbound;
    private final ConsigneeService consigneeService;
    private final CatalogService catalog;
    private final Letterhead letterhead;
    private final java.time.Clock clock;
    private final StaffSession session;
    private final UiExecutor executor;
    private final Text text;
    private final FormErrors errors;

    public OutboundViewModel(OutboundService outbound, ConsigneeService consigneeService, CatalogService catalog,
                             Letterhead letterhead, java.time.Clock clock, StaffSession session, UiExecutor executor,
                             Text text) {
        this.clock = clock;
        this.outbound = outbound;
        this.consigneeService = consigneeService;
        this.catalog = catalog;
        this.letterhead = letterhead;
        this.session = session;
        this.executor = executor;
        this.text = text;
        this.errors = new FormErrors(text);
        selected.addListener((o, b, a) -> load());
        consignee.addListener((o, b, a) -> loadCatalogue());
    }

    public void refresh() {
        OutboundStatus shown = status.get();
        Long only = consignee.get() == null ? null : consignee.get().id();
        executor.run(() -> new Loaded(consignees.isEmpty() ? consigneeService.search("") : null,
                outbound.staffList(shown, only, LIMIT)), loaded -> {
                    if (loaded.consignees() != null) {
                        consignees.setAll(loaded.consignees());
                    }
                    Long keep = selected.get() == null ? null : selected.get().id();
                    items.setAll(loaded.rows());
                    selected.set(keep == null ? null
                            : loaded.rows().stream().filter(r -> r.id() == keep).findFirst().orElse(null));
                }, failure -> Failures.show(failure, errors, text));
    }

    private void loadCatalogue() {
        Consignee c = consignee.get();
        if (c == null) {
            catalogue.clear();
            return;
        }
        executor.run(() -> catalog.catalogue(c.id()).stream().filter(r -> r.variantId() != null).toList(),
                catalogue::setAll, failure -> Failures.show(failure, errors, text));
    }

    public void load() {
        OutboundOrder shown = selected.get();
        if (shown == null) {
            detail.set(null);
            preview.set(List.of());
            return;
        }
        executor.run(() -> outbound.detailForStaff(shown.id()), d -> {
            detail.set(d);
            tracking.set(d.order().trackingNumber());
            preview.set(List.of());
        }, failure -> Failures.show(failure, errors, text));
    }

    public void addLine() {
        Integer qty = TypedNumbers.wholeInt(lineQuantity.get());
        Integer cases = TypedNumbers.wholeInt(lineCases.get().isBlank() ? "0" : lineCases.get());
        errors.clear();
        if (lineVariant.get() == null || lineBucket.get() == null || qty == null || qty < 1 || cases == null
                || cases < 0) {
            errors.showGeneral(text.get("outbound.lineIncomplete"));
            return;
        }
        newLines.add(new DraftLine(lineVariant.get(), lineBucket.get(), qty, cases));
        lineQuantity.set("");
        lineCases.set("0");
    }

    public void create() {
        Consignee c = consignee.get();
        if (c == null) {
            errors.clear();
            errors.showGeneral(text.get("invoices.chooseConsignee"));
            return;
        }
        NewOutbound form = new NewOutbound(c.id(), destinationName.get(), destinationAddress.get(), kind.get(),
                region.get(), carrier.get(), LocalDate.ofInstant(clock.instant(), ems.Model.ZONE), newLines.stream()
                .map(l -> new NewOutbound.Line(l.variant().variantId(), l.bucket(), l.quantity(), l.cases())).toList());
        executor.run(() -> outbound.create(session.actor(), form), created -> {
            errors.clear();
            newLines.clear();
            message.set(text.get("outbound.created", created.number()));
            selected.set(created);
            refresh();
        }, failure -> Failures.show(failure, errors, text));
    }

    public void pick() {
        act(o -> () -> outbound.advance(session.actor(), o.id(), o.version(), OutboundStatus.PICKING));
    }

    public void pack() {
        act(o -> () -> outbound.advance(session.actor(), o.id(), o.version(), OutboundStatus.PACKED));
    }

    public void cancel() {
        act(o -> () -> outbound.advance(session.actor(), o.id(), o.version(), OutboundStatus.CANCELLED));
    }

    public void dispatch() {
        String trackingNumber = tracking.get();
        act(o -> () -> outbound.dispatch(session.actor(), o.id(), o.version(), o.carrier().isEmpty() ? carrier.get()
                : o.carrier(), trackingNumber));
    }

    /** One line of the tracking timeline: when (warehouse time), the status, where, and what was noted. */
    public String eventText(ems.outbound.OutboundEvent event) {
        return String.join("  ", java.util.stream.Stream.of(ems.admin.ui.Times.WHEN.format(event.at()),
                text.get("outboundStatus." + event.status().name()), event.location(), event.description())
                .filter(part -> part != null && !part.isBlank()).toList());
    }

    public void recordEvent() {
        String where = location.get();
        String what = eventNote.get();
        act(o -> () -> outbound.trackingEvent(session.actor(), o.id(), o.version(), clock.instant(), where, what));
    }

    public void deliver() {
        String by = eventNote.get();
        act(o -> () -> outbound.deliver(session.actor(), o.id(), o.version(), clock.instant(), by));
    }

    public void previewPackingSlip() {
        OutboundDetail d = detail.get();
        if (d != null) {
            executor.run(() -> PdfPages.render(out -> OutboundPdf.packingSlip(d, letterhead, text.language(), out), 80),
                    preview::set, failure -> Failures.show(failure, errors, text));
        }
    }

    public void previewBillOfLading() {
        OutboundDetail d = detail.get();
        if (d != null) {
            executor.run(() -> PdfPages.render(out -> OutboundPdf.billOfLading(d, letterhead, text.language(), out),
                    80), preview::set, failure -> Failures.show(failure, errors, text));
        }
    }

    private void act(java.util.function.Function<OutboundOrder, Supplier<OutboundOrder>> action) {
        OutboundDetail d = detail.get();
        if (d == null) {
            return;
        }
        executor.run(action.apply(d.order()), moved -> {
            errors.clear();
            location.set("");
            eventNote.set("");
            message.set(text.get("outbound.moved", moved.number(), text.get("outboundStatus." + moved.status().name())));
            selected.set(moved);
            refresh();
            load();
        }, failure -> {
            Failures.show(failure, errors, text);
            load();
        });
    }

    private record Loaded(List<Consignee> consignees, List<OutboundOrder> rows) {
    }

    public ObjectProperty<OutboundStatus> statusProperty() { return status; }
    public ObjectProperty<Consignee> consigneeProperty() { return consignee; }
    public ObservableList<Consignee> consignees() { return consignees; }
    public ObservableList<OutboundOrder> items() { return items; }
    public ObjectProperty<OutboundOrder> selectedProperty() { return selected; }
    public ObjectProperty<OutboundDetail> detailProperty() { return detail; }
    public ObservableList<CatalogRow> catalogue() { return catalogue; }
    public StringProperty destinationNameProperty() { return destinationName; }
    public StringProperty destinationAddressProperty() { return destinationAddress; }
    public ObjectProperty<DestinationKind> kindProperty() { return kind; }
    public ObjectProperty<Region> regionProperty() { return region; }
    public StringProperty carrierProperty() { return carrier; }
    public ObjectProperty<CatalogRow> lineVariantProperty() { return lineVariant; }
    public ObjectProperty<Bucket> lineBucketProperty() { return lineBucket; }
    public StringProperty lineQuantityProperty() { return lineQuantity; }
    public StringProperty lineCasesProperty() { return lineCases; }
    public ObservableList<DraftLine> newLines() { return newLines; }
    public StringProperty trackingProperty() { return tracking; }
    public StringProperty locationProperty() { return location; }
    public StringProperty eventNoteProperty() { return eventNote; }
    public ObjectProperty<List<byte[]>> previewProperty() { return preview; }
    public StringProperty messageProperty() { return message; }
    public FormErrors errors() { return errors; }
}
