package ems.admin.shipment;

import ems.admin.ui.Failures;
import ems.admin.ui.FormErrors;
import ems.admin.ui.StaffSession;
import ems.admin.ui.Text;
import ems.admin.ui.TypedNumbers;
import ems.admin.ui.UiExecutor;
import ems.catalog.CatalogRow;
import ems.catalog.CatalogService;
import ems.error.FieldError;
import ems.error.ValidationException;
import ems.shipment.BoxCondition;
import ems.shipment.NewBox;
import ems.shipment.ReceivedLine;
import ems.shipment.Shipment;
import ems.shipment.ShipmentBox;
import ems.shipment.ShipmentDetail;
import ems.shipment.ShipmentService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A receiving session: boxes entered one by one against the expected lines (over and short shown), then
 * Complete receiving, which posts the units to the consignee's UNSTAMPED inventory.
 */
public final class ReceivingViewModel {

    private final StringProperty label = new SimpleStringProperty("");
    private final ObjectProperty<CatalogRow> variant = new SimpleObjectProperty<>();
    private final StringProperty lot = new SimpleStringProperty("");
    private final StringProperty units = new SimpleStringProperty("");
    private final StringProperty weight = new SimpleStringProperty("");
    private final ObjectProperty<BoxCondition> condition = new SimpleObjectProperty<>(BoxCondition.GOOD);
    private final ObservableList<CatalogRow> catalogue = FXCollections.observableArrayList();
    private final ObservableList<ShipmentBox> boxes = FXCollections.observableArrayList();
    private final ObservableList<ReceivedLine> comparison = FXCollections.observableArrayList();
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final ShipmentService shipments;
    private final CatalogService catalog;
    private final StaffSession session;
    private final UiExecutor executor;
    private final Text text;
    private final FormErrors errors;
    private Shipment shipment;

    public ReceivingViewModel(ShipmentService shipments, CatalogService catalog, StaffSession session,
                              UiExecutor executor, Text text) {
        this.shipments = shipments;
        this.catalog = catalog;
        this.session = session;
        this.executor = executor;
        this.text = text;
        this.errors = new FormErrors(text);
    }

    /** Shows a shipment's manifest; entry is open only while it is in Receiving. */
    public void show(ShipmentDetail detail) {
        Shipment previous = shipment;
        shipment = detail == null ? null : detail.shipment();
        boxes.setAll(detail == null ? List.of() : detail.manifest());
        comparison.setAll(detail == null ? List.of() : detail.comparison());
        open.set(shipment != null && shipment.phase() == ems.shipment.Phase.RECEIVING && !shipment.receivingCompleted());
        if (shipment != null && (previous == null || previous.consigneeId() != shipment.consigneeId())) {
            long consigneeId = shipment.consigneeId();
            executor.run(() -> catalog.catalogue(consigneeId).stream().filter(r -> r.variantId() != null).toList(),
                    catalogue::setAll, f -> catalogue.clear());
        }
    }

    public void addBox(Runnable onChanged) {
        NewBox box;
        try {
            box = box();
        } catch (ValidationException e) {
            errors.show(e);
            return;
        }
        long id = shipment.id();
        executor.runAction(() -> shipments.addBox(session.actor(), id, box), () -> {
            errors.clear();
            message.set(text.get("receiving.boxAdded", box.label()));
            label.set(nextLabel(box.label()));
            units.set("");
            weight.set("");
            onChanged.run();
        }, failure -> Failures.show(failure, errors, text));
    }

    public void removeBox(ShipmentBox box, Runnable onChanged) {
        long id = shipment.id();
        executor.runAction(() -> shipments.removeBox(session.actor(), id, box.id()), onChanged,
                failure -> Failures.show(failure, errors, text));
    }

    public void complete(Consumer<Shipment> onCompleted) {
        long id = shipment.id();
        executor.run(() -> shipments.completeReceiving(session.actor(), id), done -> {
            errors.clear();
            message.set(text.get("receiving.completed", done.number(), done.unitCount()));
            onCompleted.accept(done);
        }, failure -> Failures.show(failure, errors, text));
    }

    /** Parses the typed numbers; all problems at once, like the server's own checks. */
    private NewBox box() {
        List<FieldError> problems = new ArrayList<>();
        Integer count = TypedNumbers.wholeInt(units.get());
        BigDecimal kilos = null;
        if (count == null) {
            problems.add(FieldError.of("units", "error.shipment.quantity", NewBox.MAX_UNITS));
        }
        try {
            kilos = new BigDecimal(weight.get().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(FieldError.of("weight", "error.shipment.weight", NewBox.MAX_WEIGHT_KG));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        CatalogRow chosen = variant.get();
        return new NewBox(label.get(), chosen == null ? null : chosen.variantId(), lot.get(), count, kilos,
                condition.get());
    }

    /** "BX-007" → "BX-008": the clerk usually scans boxes in order. */
    static String nextLabel(String label) {
        int end = label.length();
        int start = end;
        while (start > 0 && Character.isDigit(label.charAt(start - 1))) {
            start--;
        }
        if (start == end) {
            return label;
        }
        String digits = label.substring(start);
        String next = String.valueOf(Long.parseLong(digits) + 1);
        return label.substring(0, start) + "0".repeat(Math.max(0, digits.length() - next.length())) + next;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public ObjectProperty<CatalogRow> variantProperty() {
        return variant;
    }

    public StringProperty lotProperty() {
        return lot;
    }

    public StringProperty unitsProperty() {
        return units;
    }

    public StringProperty weightProperty() {
        return weight;
    }

    public ObjectProperty<BoxCondition> conditionProperty() {
        return condition;
    }

    public ObservableList<CatalogRow> catalogue() {
        return catalogue;
    }

    public ObservableList<ShipmentBox> boxes() {
        return boxes;
    }

    public ObservableList<ReceivedLine> comparison() {
        return comparison;
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public FormErrors errors() {
        return errors;
    }
}
