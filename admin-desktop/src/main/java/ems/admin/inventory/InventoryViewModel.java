package ems.admin.inventory;

import ems.admin.ui.Failures;
import ems.admin.ui.FormErrors;
import ems.admin.ui.StaffSession;
import ems.admin.ui.Text;
import ems.admin.ui.TypedNumbers;
import ems.admin.ui.UiExecutor;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeService;
import ems.error.ValidationException;
import ems.inventory.Bucket;
import ems.inventory.InsufficientStockException;
import ems.inventory.InventoryService;
import ems.inventory.InventoryTree;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Inventory screen: any consignee's drilldown, and manual adjustments with a required reason. */
public final class InventoryViewModel {

    private final ObjectProperty<Consignee> consignee = new SimpleObjectProperty<>();
    private final ObservableList<Consignee> consignees = FXCollections.observableArrayList();
    private final ObjectProperty<InventoryTree> tree = new SimpleObjectProperty<>();
    private final ObjectProperty<InventoryTree.Node> variant = new SimpleObjectProperty<>();
    private final ObjectProperty<Bucket> bucket = new SimpleObjectProperty<>(Bucket.UNSTAMPED);
    private final StringProperty delta = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final InventoryService inventory;
    private final ConsigneeService consigneeService;
    private final StaffSession session;
    private final UiExecutor executor;
    private final Text text;
    private final FormErrors errors;

    public InventoryViewModel(InventoryService inventory, ConsigneeService consigneeService, StaffSession session,
                              UiExecutor executor, Text text) {
        this.inventory = inventory;
        this.consigneeService = consigneeService;
        this.session = session;
        this.executor = executor;
        this.text = text;
        this.errors = new FormErrors(text);
        consignee.addListener((o, b, a) -> refresh());
    }

    public void loadConsignees() {
        executor.run(() -> consigneeService.search(""), consignees::setAll, f -> Failures.show(f, errors, text));
    }

    public void refresh() {
        Consignee shown = consignee.get();
        if (shown == null) {
            tree.set(null);
            return;
        }
        executor.run(() -> inventory.tree(shown.scope()), tree::set, f -> Failures.show(f, errors, text));
    }

    public void adjust() {
        Consignee shown = consignee.get();
        InventoryTree.Node chosen = variant.get();
        if (shown == null || chosen == null || chosen.sku() == null) {
            errors.show(ValidationException.of("variant", "error.inventory.unknownVariant"));
            return;
        }
        Long typed = TypedNumbers.whole(delta.get());
        if (typed == null) {
            errors.show(ValidationException.of("delta", "error.inventory.delta", InventoryService.MAX_ADJUSTMENT));
            return;
        }
        long amount = typed;
        Bucket into = bucket.get();
        String why = reason.get();
        executor.runAction(() -> inventory.adjust(session.actor(), shown.id(), chosen.id(), into, amount, why), () -> {
            errors.clear();
            message.set(text.get("inventory.adjusted", chosen.name(), text.get("bucket." + into.name()), amount));
            delta.set("");
            reason.set("");
            refresh();
        }, failure -> {
            if (failure instanceof InsufficientStockException shortfall) {
                errors.show(ValidationException.of("delta", "error.inventory.insufficient", shortfall.available(),
                        shortfall.requested()));
            } else {
                Failures.show(failure, errors, text);
            }
        });
    }

    public ObjectProperty<Consignee> consigneeProperty() {
        return consignee;
    }

    public ObservableList<Consignee> consignees() {
        return consignees;
    }

    public ObjectProperty<InventoryTree> treeProperty() {
        return tree;
    }

    public ObjectProperty<InventoryTree.Node> variantProperty() {
        return variant;
    }

    public ObjectProperty<Bucket> bucketProperty() {
        return bucket;
    }

    public StringProperty deltaProperty() {
        return delta;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public FormErrors errors() {
        return errors;
    }
}
