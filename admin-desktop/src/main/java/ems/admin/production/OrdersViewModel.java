package ems.admin.production;

import ems.admin.ui.Failures;
import ems.admin.ui.FormErrors;
import ems.admin.ui.StaffSession;
import ems.admin.ui.Text;
import ems.admin.ui.UiExecutor;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeService;
import ems.production.OrderRow;
import ems.production.OrderStatus;
import ems.production.ProductionOrder;
import ems.production.ProductionOrderDetail;
import ems.production.ProductionOrderService;
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
 * Production orders: the work list (status, consignee), the selected order's lines, and moving it on —
 * schedule, start, complete (which stamps the units and consumes the stamps, or is refused whole), cancel.
 */
public final class OrdersViewModel {

    public static final int LIMIT = 500;

    private final ObjectProperty<OrderStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Consignee> consignee = new SimpleObjectProperty<>();
    private final ObservableList<Consignee> consignees = FXCollections.observableArrayList();
    private final ObservableList<OrderRow> items = FXCollections.observableArrayList();
    private final ObjectProperty<OrderRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ProductionOrderDetail> detail = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> scheduleDate = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final ProductionOrderService orders;
    private final ConsigneeService consigneeService;
    private final StaffSession session;
    private final UiExecutor executor;
    private final Text text;
    private final FormErrors errors;

    public OrdersViewModel(ProductionOrderService orders, ConsigneeService consigneeService, StaffSession session,
                           UiExecutor executor, Text text) {
        this.orders = orders;
        this.consigneeService = consigneeService;
        this.session = session;
        this.executor = executor;
        this.text = text;
        this.errors = new FormErrors(text);
        selected.addListener((obs, before, after) -> {
            errors.clear();
            loadDetail();
        });
    }

    public void refresh() {
        OrderStatus shown = status.get();
        Long only = consignee.get() == null ? null : consignee.get().id();
        executor.run(() -> new Loaded(consignees.isEmpty() ? consigneeService.search("") : null,
                orders.work(shown, only, LIMIT)), loaded -> {
                    if (loaded.consignees() != null) {
                        consignees.setAll(loaded.consignees());
                    }
                    Long keep = selected.get() == null ? null : selected.get().id();
                    items.setAll(loaded.rows());
                    selected.set(keep == null ? null
                            : loaded.rows().stream().filter(r -> r.id() == keep).findFirst().orElse(null));
                }, failure -> Failures.show(failure, errors, text));
    }

    public void loadDetail() {
        OrderRow shown = selected.get();
        if (shown == null) {
            detail.set(null);
            return;
        }
        executor.run(() -> orders.detailForStaff(shown.id()), d -> {
            detail.set(d);
            scheduleDate.set(d.order().scheduledDate());
        }, failure -> Failures.show(failure, errors, text));
    }

    public void schedule() {
        LocalDate date = scheduleDate.get();
        act(o -> () -> orders.schedule(session.actor(), o.id(), o.version(), date));
    }

    public void start() {
        act(o -> () -> orders.start(session.actor(), o.id(), o.version()));
    }

    public void complete() {
        act(o -> () -> orders.complete(session.actor(), o.id(), o.version()));
    }

    public void cancel() {
        act(o -> () -> orders.cancel(session.actor(), o.id(), o.version()));
    }

    private void act(java.util.function.Function<ProductionOrder, Supplier<ProductionOrder>> action) {
        ProductionOrderDetail shown = detail.get();
        if (shown == null) {
            return;
        }
        executor.run(action.apply(shown.order()), moved -> {
            errors.clear();
            message.set(text.get("orders.moved", moved.number(), text.get("orderStatus." + moved.status().name())));
            refresh();
            loadDetail();
        }, failure -> {
            Failures.show(failure, errors, text);
            loadDetail();
        });
    }

    private record Loaded(List<Consignee> consignees, List<OrderRow> rows) {
    }

    public ObjectProperty<OrderStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Consignee> consigneeProperty() {
        return consignee;
    }

    public ObservableList<Consignee> consignees() {
        return consignees;
    }

    public ObservableList<OrderRow> items() {
        return items;
    }

    public ObjectProperty<OrderRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<ProductionOrderDetail> detailProperty() {
        return detail;
    }

    public ObjectProperty<LocalDate> scheduleDateProperty() {
        return scheduleDate;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public FormErrors errors() {
        return errors;
    }
}
