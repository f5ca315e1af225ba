package ems.admin.shipment;

import ems.admin.ui.Failures;
import ems.admin.ui.FormErrors;
import ems.admin.ui.StaffSession;
import ems.admin.ui.Text;
import ems.admin.ui.UiExecutor;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeService;
import ems.shipment.Phase;
import ems.shipment.Shipment;
import ems.shipment.ShipmentDetail;
import ems.shipment.ShipmentFilter;
import ems.shipment.ShipmentService;
import ems.shipment.ShipmentSort;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Shipments screen: every consignee's shipments (or one's), filtered; the selected one's detail; and
 * moving it to another phase, with a reason when it skips or goes back.
 */
public final class ShipmentsViewModel {

    public static final int LIMIT = 500;
    private final ObjectProperty<Consignee> consignee = new SimpleObjectProperty<>();
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Shipment> items = FXCollections.observableArrayList();
    private final ObservableList<Consignee> consignees = FXCollections.observableArrayList();
    private final ObjectProperty<Shipment> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ShipmentDetail> detail = new SimpleObjectProperty<>();
    private final ObjectProperty<Phase> targetPhase = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ShipmentService shipments;
    private final ConsigneeService consigneeService;
    private final StaffSession session;
    private final UiExecutor executor;
    private final Text text;
    private final FormErrors errors;
    private Map<Long, Consignee> byId = Map.of();

    public ShipmentsViewModel(ShipmentService shipments, ConsigneeService consigneeService, StaffSession session,
                              UiExecutor executor, Text text) {
        this.shipments = shipments;
        this.consigneeService = consigneeService;
        this.session = session;
        this.executor = executor;
        this.text = text;
        this.errors = new FormErrors(text);
        selected.addListener((obs, before, after) -> loadDetail());
    }

    public void refresh() {
        Consignee only = consignee.get();
        ShipmentFilter filter = new ShipmentFilter(phase.get(), from.get(), to.get(), search.get(), ShipmentSort.NEWEST);
        executor.run(() -> new Loaded(consigneeService.search(""),
                shipments.staffList(only == null ? null : only.id(), filter, LIMIT)), loaded -> {
                    if (consignees.isEmpty()) {
                        consignees.setAll(loaded.consignees());
                    }
                    byId = loaded.consignees().stream().collect(Collectors.toMap(Consignee::id, Function.identity()));
                    Long keep = selected.get() == null ? null : selected.get().id();
                    items.setAll(loaded.rows());
                    selected.set(keep == null ? null
                            : loaded.rows().stream().filter(s -> s.id() == keep).findFirst().orElse(selected.get()));
                    loadDetail();
                }, failure -> Failures.show(failure, errors, text));
    }

    public void loadDetail() {
        Shipment shown = selected.get();
        if (shown == null) {
            detail.set(null);
            return;
        }
        executor.run(() -> shipments.detailForStaff(shown.id()), d -> {
            detail.set(d);
            targetPhase.set(d.shipment().phase().next());
        }, failure -> Failures.show(failure, errors, text));
    }

    /** Moves the selected shipment to {@link #targetPhaseProperty()}. */
    public void changePhase() {
        Shipment shown = detail.get() == null ? null : detail.get().shipment();
        if (shown == null) {
            return;
        }
        Phase target = targetPhase.get();
        String reason = note.get();
        executor.run(() -> shipments.changePhase(session.actor(), shown.id(), shown.version(), target, reason),
                moved -> {
                    errors.clear();
                    note.set("");
                    message.set(text.get("shipments.moved", moved.number(), text.get("phase." + moved.phase().name())));
                    selected.set(moved);
                    refresh();
                }, failure -> Failures.show(failure, errors, text));
    }

    /** After a new shipment or a receiving change: show it selected and fresh. */
    public void show(Shipment shipment) {
        selected.set(shipment);
        refresh();
    }

    public String consigneeCode(long consigneeId) {
        Consignee c = byId.get(consigneeId);
        return c == null ? "" : c.code();
    }

    private record Loaded(List<Consignee> consignees, List<Shipment> rows) {
    }

    public ObjectProperty<Consignee> consigneeProperty() {
        return consignee;
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Shipment> items() {
        return items;
    }

    public ObservableList<Consignee> consignees() {
        return consignees;
    }

    public ObjectProperty<Shipment> selectedProperty() {
        return selected;
    }

    public ObjectProperty<ShipmentDetail> detailProperty() {
        return detail;
    }

    public ObjectProperty<Phase> targetPhaseProperty() {
        return targetPhase;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public FormErrors errors() {
        return errors;
    }
}
