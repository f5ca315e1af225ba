package ems.admin.shipment;

import ems.admin.ui.Failures;
import ems.admin.ui.FormErrors;
import ems.admin.ui.StaffSession;
import ems.admin.ui.Text;
import ems.admin.ui.TypedNumbers;
import ems.admin.ui.UiExecutor;
import ems.catalog.CatalogRow;
import ems.catalog.CatalogService;
import ems.consignee.Consignee;
import ems.error.ValidationException;
import ems.shipment.NewShipment;
import ems.shipment.Shipment;
import ems.shipment.ShipmentService;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Create a shipment: consignee, carrier, tracking, origin, expected arrival and lines from its catalogue. */
public final class NewShipmentViewModel {

    /** An expected line as shown while the form is being filled. */
    public record Line(CatalogRow variant, int quantity) {
    }

    private final ObjectProperty<Consignee> consignee = new SimpleObjectProperty<>();
    private final StringProperty carrier = new SimpleStringProperty("");
    private final StringProperty tracking = new SimpleStringProperty("");
    private final StringProperty origin = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> expectedArrival = new SimpleObjectProperty<>();
    private final ObservableList<CatalogRow> catalogue = FXCollections.observableArrayList();
    private final ObjectProperty<CatalogRow> lineVariant = new SimpleObjectProperty<>();
    private final StringProperty lineQuantity = new SimpleStringProperty("");
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty created = new SimpleStringProperty("");
    private final ShipmentService shipments;
    private final CatalogService catalog;
    private final StaffSession session;
    private final UiExecutor executor;
    private final Text text;
    private final FormErrors errors;

    public NewShipmentViewModel(ShipmentService shipments, CatalogService catalog, StaffSession session,
                                UiExecutor executor, Text text) {
        this.shipments = shipments;
        this.catalog = catalog;
        this.session = session;
        this.executor = executor;
        this.text = text;
        this.errors = new FormErrors(text);
        consignee.addListener((obs, before, after) -> {
            lines.clear();
            lineVariant.set(null);
            if (after == null) {
                catalogue.clear();
            } else {
                executor.run(() -> catalog.catalogue(after.id()).stream().filter(r -> r.variantId() != null
                        && Boolean.TRUE.equals(r.variantActive())).toList(), catalogue::setAll, f -> catalogue.clear());
            }
        });
    }

    public void addLine() {
        CatalogRow variant = lineVariant.get();
        Integer typed = TypedNumbers.wholeInt(lineQuantity.get());
        int quantity = typed == null ? 0 : typed;
        if (variant == null || quantity < 1 || quantity > NewShipment.MAX_QUANTITY) {
            errors.show(ValidationException.of("lines", "error.shipment.quantity", NewShipment.MAX_QUANTITY));
            return;
        }
        CatalogRow chosen = variant;
        lines.removeIf(l -> l.variant().variantId().equals(chosen.variantId()));
        lines.add(new Line(variant, quantity));
        lineQuantity.set("");
        errors.clear();
    }

    public void create(Consumer<Shipment> onCreated) {
        Consignee target = consignee.get();
        if (target == null) {
            errors.show(ValidationException.of("consignee", "error.consignee.unknown"));
            return;
        }
        NewShipment form = new NewShipment(target.id(), carrier.get(), tracking.get(), origin.get(),
                expectedArrival.get(), lines.stream().map(l -> new NewShipment.ExpectedLine(l.variant().variantId(),
                        l.quantity())).toList());
        executor.run(() -> shipments.create(session.actor(), form), shipment -> {
            errors.clear();
            created.set(text.get("shipments.created", shipment.number()));
            carrier.set("");
            tracking.set("");
            origin.set("");
            lines.clear();
            onCreated.accept(shipment);
        }, failure -> Failures.show(failure, errors, text));
    }

    public ObjectProperty<Consignee> consigneeProperty() {
        return consignee;
    }

    public StringProperty carrierProperty() {
        return carrier;
    }

    public StringProperty trackingProperty() {
        return tracking;
    }

    public StringProperty originProperty() {
        return origin;
    }

    public ObjectProperty<LocalDate> expectedArrivalProperty() {
        return expectedArrival;
    }

    public ObservableList<CatalogRow> catalogue() {
        return catalogue;
    }

    public ObjectProperty<CatalogRow> lineVariantProperty() {
        return lineVariant;
    }

    public StringProperty lineQuantityProperty() {
        return lineQuantity;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public StringProperty createdProperty() {
        return created;
    }

    public FormErrors errors() {
        return errors;
    }
}
