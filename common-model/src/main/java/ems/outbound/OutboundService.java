package ems.outbound;

import ems.audit.Actor;
import ems.audit.AuditTrail;
import ems.catalog.CatalogRepository;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeRepository;
import ems.consignee.ConsigneeScope;
import ems.db.Counters;
import ems.db.Keyset;
import ems.db.ListPage;
import ems.error.NotFoundException;
import ems.error.StaleVersionException;
import ems.error.Validation;
import ems.error.ValidationException;
import ems.inventory.InsufficientStockException;
import ems.inventory.InventoryLedger;
import ems.inventory.MovementReason;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Outbound orders from plan to delivery. Dispatch takes every line's units out of its bucket through the
 * inventory ledger in the same transaction — all lines or none, never below zero, so two dispatches
 * racing for the last units cannot both succeed. Carrier events are kept in time order.
 */
public final class OutboundService {

    public static final int PAGE_SIZE = 25;

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;
    private final InventoryLedger ledger;

    public OutboundService(Jdbi jdbi, Clock clock, AuditTrail audit, InventoryLedger ledger) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.ledger = ledger;
    }

    public OutboundOrder create(Actor staff, NewOutbound form) {
        return jdbi.inTransaction(h -> {
            Consignee consignee = h.attach(ConsigneeRepository.class).find(form.consigneeId())
                    .orElseThrow(() -> new NotFoundException("consignee", form.consigneeId()));
            NewOutbound valid = form.validated(consignee.regions());
            OutboundRepository repo = h.attach(OutboundRepository.class);
            CatalogRepository catalog = h.attach(CatalogRepository.class);
            for (NewOutbound.Line line : valid.lines()) {
                var variant = catalog.variant(consignee.id(), line.variantId());
                if (variant.isEmpty()) {
                    throw ValidationException.of("lines", "error.po.unknownVariant");
                }
                long onHand = repo.onHand(consignee.id(), line.variantId(), line.bucket()).orElse(0L);
                if (onHand < line.quantity()) {
                    throw ValidationException.of("lines", "error.outbound.short", variant.get().sizeLabel() + " "
                            + variant.get().sku(), onHand, line.quantity());
                }
            }
            String number = "OUT-" + consignee.code() + "-" + String.format("%05d",
                    Counters.next(h, consignee.id(), "OUTBOUND"));
            long id = repo.insert(consignee.id(), number, valid.destinationName(), valid.destinationAddress(),
                    valid.kind(), valid.region(), valid.carrier(), valid.requestedDate(), staff.name(), clock.instant());
            for (NewOutbound.Line line : valid.lines()) {
                repo.insertLine(consignee.id(), id, line.variantId(), line.bucket(), line.quantity(), line.cases());
            }
            repo.insertEvent(consignee.id(), id, OutboundStatus.PLANNED, "", "", clock.instant(), staff.name());
            audit.record(h, staff, consignee.id(), "outbound.created", "outbound_order", id,
                    number + " to " + valid.destinationName());
            return repo.findAny(id).orElseThrow();
        });
    }

    /** Picking, packed, or cancelled before dispatch. */
    public OutboundOrder advance(Actor staff, long orderId, int version, OutboundStatus to) {
        if (to != OutboundStatus.PICKING && to != OutboundStatus.PACKED && to != OutboundStatus.CANCELLED) {
            throw ValidationException.of("status", "error.outbound.transition", to.name());
        }
        return jdbi.inTransaction(h -> move(h, staff, orderId, version, to, null, null, clock.instant(), "", ""));
    }

    /**
     * Takes the units out of inventory and records the carrier.
     *
     * @throws ValidationException naming the first short line; nothing moves then
     */
    public OutboundOrder dispatch(Actor staff, long orderId, int version, String carrier, String trackingNumber) {
        Validation v = new Validation();
        String cleanCarrier = v.text("carrier", carrier, 120);
        String tracking = v.optionalText("trackingNumber", trackingNumber, 120);
        v.throwIfInvalid();
        return jdbi.inTransaction(h -> {
            OutboundRepository repo = h.attach(OutboundRepository.class);
            OutboundOrder order = any(repo, orderId);
            OutboundOrder moved = move(h, staff, orderId, version, OutboundStatus.DISPATCHED, cleanCarrier, tracking,
                    clock.instant(), "", "");
            for (OutboundLine line : repo.lines(order.consigneeId(), orderId)) {
                try {
                    ledger.post(h, staff, new InventoryLedger.Posting(order.consigneeId(), line.variantId(),
                            line.bucket(), -line.quantity(), MovementReason.DISPATCH, "OUTBOUND", orderId,
                            order.number()));
                } catch (InsufficientStockException short_) {
                    throw ValidationException.of("lines", "error.outbound.short", line.productName() + " "
                            + line.sizeLabel(), short_.available(), short_.requested());
                }
            }
            return moved;
        });
    }

    /** A carrier scan: only after dispatch and before delivery, never earlier than the last event. */
    public OutboundOrder trackingEvent(Actor staff, long orderId, int version, Instant at, String location,
                                       String description) {
        Validation v = new Validation();
        String cleanLocation = v.text("location", location, 200);
        String cleanDescription = v.optionalText("description", description, 500);
        v.check(at != null, "at", "error.required");
        v.throwIfInvalid();
        return jdbi.inTransaction(h -> {
            OutboundRepository repo = h.attach(OutboundRepository.class);
            OutboundOrder order = any(repo, orderId);
            if (order.status() != OutboundStatus.DISPATCHED && order.status() != OutboundStatus.IN_TRANSIT) {
                throw ValidationException.of("status", "error.outbound.notInTransit");
            }
            checkTime(repo, order, at);
            if (order.status() == OutboundStatus.DISPATCHED) {
                return move(h, staff, orderId, version, OutboundStatus.IN_TRANSIT, null, null, at, cleanLocation,
                        cleanDescription);
            }
            if (repo.touch(orderId, version, clock.instant()) == 0) {
                throw new StaleVersionException("outbound order", orderId);
            }
            repo.insertEvent(order.consigneeId(), orderId, OutboundStatus.IN_TRANSIT, cleanLocation, cleanDescription,
                    at, staff.name());
            return repo.findAny(orderId).orElseThrow();
        });
    }

    public OutboundOrder deliver(Actor staff, long orderId, int version, Instant at, String receivedBy) {
        Validation v = new Validation();
        v.check(at != null, "at", "error.required");
        String by = v.optionalText("description", receivedBy, 500);
        v.throwIfInvalid();
        return jdbi.inTransaction(h -> {
            OutboundRepository repo = h.attach(OutboundRepository.class);
            OutboundOrder order = any(repo, orderId);
            checkTime(repo, order, at);
            return move(h, staff, orderId, version, OutboundStatus.DELIVERED, null, null, at,
                    order.destinationName(), by);
        });
    }

    public OutboundDetail detailForStaff(long orderId) {
        return jdbi.withHandle(h -> detail(h, any(h.attach(OutboundRepository.class), orderId)));
    }

    public List<OutboundOrder> staffList(OutboundStatus status, Long consigneeId, int limit) {
        return jdbi.withHandle(h -> new OutboundListRepository(h).staff(status, consigneeId, limit));
    }

    /** A dispatched order of the consignee; planned ones and other consignees' are not found. */
    public OutboundDetail detail(ConsigneeScope scope, long orderId) {
        return jdbi.withHandle(h -> detail(h, h.attach(OutboundRepository.class)
                .findDispatched(scope.consigneeId(), orderId)
                .orElseThrow(() -> new NotFoundException("outbound order", orderId))));
    }

    public ListPage<OutboundOrder> page(ConsigneeScope scope, OutboundStatus status, String search, String after) {
        return page(scope, status, search, false, after);
    }

    /** One page of dispatched deliveries, newest or oldest dispatch first. */
    public ListPage<OutboundOrder> page(ConsigneeScope scope, OutboundStatus status, String search, boolean oldestFirst,
                                        String after) {
        String text = search == null ? "" : search.strip();
        List<OutboundOrder> rows = jdbi.withHandle(h -> new OutboundListRepository(h).dispatched(scope.consigneeId(),
                status, text, oldestFirst, Keyset.decode(after), PAGE_SIZE + 1));
        if (rows.size() <= PAGE_SIZE) {
            return new ListPage<>(rows, null);
        }
        OutboundOrder last = rows.get(PAGE_SIZE - 1);
        return new ListPage<>(rows.subList(0, PAGE_SIZE), new Keyset(last.dispatchedAt(), last.id()).encode());
    }

    /** Every dispatched delivery the portal list would show for this filter, streamed (CSV export). */
    public void each(ConsigneeScope scope, OutboundStatus status, String search, boolean oldestFirst,
                     java.util.function.Consumer<OutboundOrder> rows) {
        String text = search == null ? "" : search.strip();
        jdbi.useHandle(h -> new OutboundListRepository(h).eachDispatched(scope.consigneeId(), status, text,
                oldestFirst, rows));
    }

    /** The consignee's deliveries dispatched between two days (inclusive, warehouse time), streamed. */
    public void eachDispatched(ConsigneeScope scope, java.time.LocalDate from, java.time.LocalDate to,
                               java.util.function.Consumer<OutboundOrder> rows) {
        jdbi.useHandle(h -> new OutboundListRepository(h).eachDispatched(scope.consigneeId(),
                from.atStartOfDay(ems.Model.ZONE).toInstant(), to.plusDays(1).atStartOfDay(ems.Model.ZONE).toInstant(),
                rows));
    }

    private void checkTime(OutboundRepository repo, OutboundOrder order, Instant at) {
        List<OutboundEvent> events = repo.events(order.consigneeId(), order.id());
        Instant last = events.isEmpty() ? order.createdAt() : events.get(events.size() - 1).at();
        if (at.isBefore(last)) {
            throw ValidationException.of("at", "error.outbound.eventOrder");
        }
        if (at.isAfter(clock.instant().plusSeconds(300))) {
            throw ValidationException.of("at", "error.outbound.eventFuture");
        }
    }

    private OutboundOrder move(Handle h, Actor staff, long orderId, int version, OutboundStatus to, String carrier,
                               String tracking, Instant at, String location, String description) {
        OutboundRepository repo = h.attach(OutboundRepository.class);
        OutboundOrder order = any(repo, orderId);
        if (order.version() != version) {
            throw new StaleVersionException("outbound order", orderId);
        }
        if (!order.status().canMoveTo(to)) {
            throw ValidationException.of("status", "error.outbound.transition", order.status().name());
        }
        if (repo.transition(orderId, order.status(), to, version, carrier, tracking, at, clock.instant()) == 0) {
            throw new StaleVersionException("outbound order", orderId);
        }
        repo.insertEvent(order.consigneeId(), orderId, to, location, description, at, staff.name());
        audit.record(h, staff, order.consigneeId(), "outbound." + to.name().toLowerCase(), "outbound_order", orderId,
                order.number() + ": " + order.status() + " → " + to);
        return repo.findAny(orderId).orElseThrow();
    }

    private OutboundDetail detail(Handle h, OutboundOrder order) {
        OutboundRepository repo = h.attach(OutboundRepository.class);
        Consignee c = h.attach(ConsigneeRepository.class).find(order.consigneeId()).orElseThrow();
        return new OutboundDetail(order, c.legalName(), c.shippingAddress(), repo.lines(order.consigneeId(),
                order.id()), repo.events(order.consigneeId(), order.id()));
    }

    private static OutboundOrder any(OutboundRepository repo, long orderId) {
        return repo.findAny(orderId).orElseThrow(() -> new NotFoundException("outbound order", orderId));
    }
}
