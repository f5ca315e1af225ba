package ems.production;

import ems.audit.Actor;
import ems.audit.AuditTrail;
import ems.consignee.ConsigneeRepository;
import ems.consignee.ConsigneeScope;
import ems.db.Counters;
import ems.error.NotFoundException;
import ems.error.StaleVersionException;
import ems.error.ValidationException;
import ems.inventory.Bucket;
import ems.inventory.InsufficientStockException;
import ems.inventory.InventoryLedger;
import ems.inventory.MovementReason;
import ems.stamp.StampLedger;
import ems.stamp.StampReason;
import ems.db.Keyset;
import ems.db.ListPage;
import java.time.Clock;
import java.util.List;
import java.time.LocalDate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Production orders: created when a request is approved, then scheduled, started and completed by staff.
 * Completing stamps every line's units (UNSTAMPED to the line's region) and consumes the stamps, in one
 * transaction; it is refused with a clear message when either is short, and nothing moves.
 */
public final class ProductionOrderService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;
    private final InventoryLedger inventory;
    private final StampLedger stamps;
    private final boolean h2;

    public static final int PAGE_SIZE = 25;

    public ProductionOrderService(Jdbi jdbi, Clock clock, AuditTrail audit, InventoryLedger inventory,
                                  StampLedger stamps, boolean h2) {
        this.h2 = h2;
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.inventory = inventory;
        this.stamps = stamps;
    }

    /** Inside the approval's transaction: the order for the request's current revision. */
    ProductionOrder createFor(Handle h, Actor staff, PoRequest request, PoRevision revision) {
        ProductionOrderRepository repo = h.attach(ProductionOrderRepository.class);
        String code = h.attach(ConsigneeRepository.class).find(request.consigneeId()).orElseThrow().code();
        String number = "PO-" + code + "-" + String.format("%05d", Counters.next(h, request.consigneeId(), "PRODUCTION"));
        long id = repo.insert(request.consigneeId(), number, request.id(), clock.instant());
        for (PoLine line : revision.lines()) {
            repo.insertLine(request.consigneeId(), id, line.variantId(), line.region(), line.quantity());
        }
        audit.record(h, staff, request.consigneeId(), "productionOrder.created", "production_order", id,
                number + " from " + request.number());
        return repo.findAny(id).orElseThrow();
    }

    public ProductionOrder schedule(Actor staff, long orderId, int version, LocalDate date) {
        if (date == null) {
            throw ValidationException.of("scheduledDate", "error.required");
        }
        return jdbi.inTransaction(h -> move(h, staff, orderId, version, OrderStatus.SCHEDULED, date));
    }

    public ProductionOrder start(Actor staff, long orderId, int version) {
        return jdbi.inTransaction(h -> move(h, staff, orderId, version, OrderStatus.IN_PROGRESS, null));
    }

    public ProductionOrder cancel(Actor staff, long orderId, int version) {
        return jdbi.inTransaction(h -> move(h, staff, orderId, version, OrderStatus.CANCELLED, null));
    }

    /**
     * @throws ValidationException ({@code error.inventory.insufficient} or {@code error.stamps.insufficient})
     *     when units or stamps are short; nothing is moved then
     */
    public ProductionOrder complete(Actor staff, long orderId, int version) {
        return jdbi.inTransaction(h -> {
            ProductionOrderRepository repo = h.attach(ProductionOrderRepository.class);
            ProductionOrder order = repo.findAny(orderId).orElseThrow(() -> new NotFoundException("production order",
                    orderId));
            ProductionOrder done = move(h, staff, orderId, version, OrderStatus.COMPLETED, order.scheduledDate());
            for (OrderLine line : repo.lines(order.consigneeId(), orderId)) {
                try {
                    inventory.post(h, staff, new InventoryLedger.Posting(order.consigneeId(), line.variantId(),
                            Bucket.UNSTAMPED, -line.quantity(), MovementReason.PRODUCTION, "PRODUCTION", orderId,
                            order.number()));
                } catch (InsufficientStockException shortfall) {
                    throw ValidationException.of("lines", "error.production.unitsShort",
                            line.productName() + " " + line.sizeLabel(), shortfall.available(), shortfall.requested());
                }
                inventory.post(h, staff, new InventoryLedger.Posting(order.consigneeId(), line.variantId(),
                        Bucket.of(line.region()), line.quantity(), MovementReason.PRODUCTION, "PRODUCTION", orderId,
                        order.number()));
                try {
                    stamps.move(h, staff, order.consigneeId(), line.region(), -line.quantity(), StampReason.PRODUCTION,
                            order.number(), "");
                } catch (ValidationException shortfall) {
                    var args = shortfall.errors().get(0).args();
                    throw ValidationException.of("lines", "error.production.stampsShort", line.region().name(),
                            args.isEmpty() ? 0 : args.get(0), line.quantity());
                }
            }
            repo.markProduced(order.consigneeId(), orderId);
            return done;
        });
    }

    /** One page of the consignee's orders, newest first; {@code after} is the previous page's cursor. */
    public ListPage<OrderRow> page(ConsigneeScope scope, OrderStatus status, String search, String after) {
        return page(scope, status, search, false, after);
    }

    /** One page of the consignee's orders, newest or oldest first. */
    public ListPage<OrderRow> page(ConsigneeScope scope, OrderStatus status, String search, boolean oldestFirst,
                                   String after) {
        String text = search == null ? "" : search.strip();
        List<OrderRow> rows = jdbi.withHandle(h -> new OrderListRepository(h, this.h2)
                .page(scope.consigneeId(), status, text, oldestFirst, Keyset.decode(after), PAGE_SIZE + 1));
        if (rows.size() <= PAGE_SIZE) {
            return new ListPage<>(rows, null);
        }
        OrderRow last = rows.get(PAGE_SIZE - 1);
        return new ListPage<>(rows.subList(0, PAGE_SIZE), new Keyset(last.createdAt(), last.id()).encode());
    }

    /** The consignee's orders created between two days (inclusive, warehouse time), streamed. */
    public void eachCreated(ConsigneeScope scope, LocalDate from, LocalDate to, java.util.function.Consumer<OrderRow> rows) {
        jdbi.useHandle(h -> new OrderListRepository(h, this.h2).eachCreated(scope.consigneeId(),
                from.atStartOfDay(ems.Model.ZONE).toInstant(), to.plusDays(1).atStartOfDay(ems.Model.ZONE).toInstant(),
                rows));
    }

    /** Every order the portal list would show for this filter, streamed (CSV export). */
    public void each(ConsigneeScope scope, OrderStatus status, String search, boolean oldestFirst,
                     java.util.function.Consumer<OrderRow> rows) {
        String text = search == null ? "" : search.strip();
        jdbi.useHandle(h -> new OrderListRepository(h, this.h2).each(scope.consigneeId(), status, text, oldestFirst,
                rows));
    }

    /** Staff's work list: optionally one status and one consignee, oldest first. */
    public List<OrderRow> work(OrderStatus status, Long consigneeId, int limit) {
        return jdbi.withHandle(h -> new OrderListRepository(h, this.h2).work(status, consigneeId, limit));
    }

    /** The order an approved request of the consignee became, if any. */
    public java.util.Optional<ProductionOrder> forRequest(ConsigneeScope scope, long requestId) {
        return jdbi.withExtension(ProductionOrderRepository.class, r -> r.forRequest(requestId))
                .filter(o -> o.consigneeId() == scope.consigneeId());
    }

    public ProductionOrderDetail detail(ConsigneeScope scope, long orderId) {
        return jdbi.withHandle(h -> {
            ProductionOrderRepository repo = h.attach(ProductionOrderRepository.class);
            ProductionOrder order = repo.find(scope.consigneeId(), orderId)
                    .orElseThrow(() -> new NotFoundException("production order", orderId));
            return new ProductionOrderDetail(order, repo.lines(order.consigneeId(), orderId));
        });
    }

    public ProductionOrderDetail detailForStaff(long orderId) {
        return jdbi.withHandle(h -> {
            ProductionOrderRepository repo = h.attach(ProductionOrderRepository.class);
            ProductionOrder order = repo.findAny(orderId).orElseThrow(() -> new NotFoundException("production order",
                    orderId));
            return new ProductionOrderDetail(order, repo.lines(order.consigneeId(), orderId));
        });
    }

    private ProductionOrder move(Handle h, Actor staff, long orderId, int version, OrderStatus to, LocalDate date) {
        ProductionOrderRepository repo = h.attach(ProductionOrderRepository.class);
        ProductionOrder order = repo.findAny(orderId).orElseThrow(() -> new NotFoundException("production order",
                orderId));
        if (order.version() != version) {
            throw new StaleVersionException("production order", orderId);
        }
        if (!order.status().canMoveTo(to)) {
            throw ValidationException.of("status", "error.po.transition", order.status().name());
        }
        LocalDate scheduled = date != null ? date : order.scheduledDate();
        if (repo.transition(orderId, order.status(), to, version, scheduled, clock.instant()) == 0) {
            throw new StaleVersionException("production order", orderId);
        }
        audit.record(h, staff, order.consigneeId(), "productionOrder." + to.name().toLowerCase(), "production_order",
                orderId, order.number() + ": " + order.status() + " → " + to + (date == null ? "" : " " + date));
        return repo.findAny(orderId).orElseThrow();
    }
}
