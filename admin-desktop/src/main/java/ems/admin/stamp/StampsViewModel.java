package ems.admin.stamp;

import ems.admin.ui.Failures;
import ems.admin.ui.FormErrors;
import ems.admin.ui.StaffSession;
import ems.admin.ui.Text;
import ems.admin.ui.TypedNumbers;
import ems.admin.ui.UiExecutor;
import ems.consignee.Consignee;
import ems.consignee.Region;
import ems.error.ValidationException;
import ems.stamp.StampMovement;
import ems.stamp.StampService;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Stamps tab: stamps on hand per region, receiving a delivery, and counted corrections. */
public final class StampsViewModel {

    /** One region's stock, as the table shows it. */
    public record Row(Region region, long onHand) {
    }

    private final ObservableList<Row> stock = FXCollections.observableArrayList();
    private final ObservableList<StampMovement> movements = FXCollections.observableArrayList();
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>(Region.FEDERAL);
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StampService stamps;
    private final StaffSession session;
    private final UiExecutor executor;
    private final Text text;
    private final FormErrors errors;
    private Consignee consignee;

    public StampsViewModel(StampService stamps, StaffSession session, UiExecutor executor, Text text) {
        this.stamps = stamps;
        this.session = session;
        this.executor = executor;
        this.text = text;
        this.errors = new FormErrors(text);
    }

    public void show(Consignee shown) {
        consignee = shown;
        refresh();
    }

    public void refresh() {
        if (consignee == null) {
            return;
        }
        long id = consignee.id();
        executor.run(() -> Map.entry(stamps.stock(id), stamps.recent(id, 50)), loaded -> {
            stock.setAll(loaded.getKey().entrySet().stream().map(e -> new Row(e.getKey(), e.getValue())).toList());
            movements.setAll(loaded.getValue());
        }, failure -> Failures.show(failure, errors, text));
    }

    /** Records a delivery when {@code receive}, otherwise a correction whose reason is the reference text. */
    public void record(boolean receive) {
        Long typed = TypedNumbers.whole(quantity.get());
        if (typed == null) {
            errors.show(ValidationException.of("quantity", "error.stamps.quantity", StampService.MAX_MOVEMENT));
            return;
        }
        long amount = typed;
        long id = consignee.id();
        Region into = region.get();
        String words = reference.get();
        executor.runAction(() -> {
            if (receive) {
                stamps.receive(session.actor(), id, into, amount, words);
            } else {
                stamps.adjust(session.actor(), id, into, amount, words);
            }
        }, () -> {
            errors.clear();
            message.set(text.get("stamps.recorded", text.get("region." + into.name()), amount));
            quantity.set("");
            reference.set("");
            refresh();
        }, failure -> Failures.show(failure, errors, text));
    }

    public ObservableList<Row> stock() {
        return stock;
    }

    public ObservableList<StampMovement> movements() {
        return movements;
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public FormErrors errors() {
        return errors;
    }

}
