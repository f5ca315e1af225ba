package ems.shipment;

import ems.audit.Actor;
import ems.audit.AuditTrail;
import ems.catalog.CatalogRepository;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeRepository;
import ems.consignee.ConsigneeScope;
import ems.db.Counters;
import ems.error.NotFoundException;
import ems.error.StaleVersionException;
import ems.error.ValidationException;
import ems.inventory.Bucket;
import ems.inventory.InventoryLedger;
import ems.inventory.MovementReason;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Inbound shipments: created by staff, moved through their phases, received box by box. Completing
 * receiving posts the manifest's units to the consignee's UNSTAMPED inventory in the same transaction.
 */
public final class ShipmentService {

    public static final int MAX_BOXES = 2_000;
    public static final int PAGE_SIZE = 25;
    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;
    private final InventoryLedger ledger;
    private final ZoneId zone;
    private final boolean h2;

    public ShipmentService(Jdbi jdbi, Clock clock, AuditTrail audit, InventoryLedger ledger, ZoneId zone,
                           boolean h2) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.ledger = ledger;
        this.zone = zone;
        this.h2 = h2;
    }

    /**
     * @throws ValidationException on bad input or a product size outside the consignee's catalogue
     * @throws NotFoundException when the consignee does not exist
     */
    public Shipment create(Actor actor, NewShipment form) {
        NewShipment valid = form.validated();
        return jdbi.inTransaction(h -> {
            Consignee consignee = h.attach(ConsigneeRepository.class).find(valid.consigneeId())
                    .orElseThrow(() -> ValidationException.of("consignee", "error.consignee.unknown"));
            CatalogRepository catalog = h.attach(CatalogRepository.class);
            for (NewShipment.ExpectedLine line : valid.lines()) {
                catalog.variant(consignee.id(), line.variantId())
                        .orElseThrow(() -> ValidationException.of("lines", "error.inventory.unknownVariant"));
            }
            String number = "SH-" + consignee.code() + "-"
                    + String.format("%05d", Counters.next(h, consignee.id(), "SHIPMENT"));
            ShipmentRepository repo = h.attach(ShipmentRepository.class);
            long id = repo.insert(consignee.id(), number, valid.carrier(), valid.trackingNumber(), valid.origin(),
                    valid.expectedArrival(), valid.expectedUnits(), clock.instant());
            for (NewShipment.ExpectedLine line : valid.lines()) {
                repo.insertLine(consignee.id(), id, line.variantId(), line.quantity());
            }
            repo.insertEvent(consignee.id(), id, Phase.CREATED, "CREATED", clock.instant(), actor.name(), "");
            audit.record(h, actor, consignee.id(), "shipment.created", "shipment", id, number);
            return repo.findAny(id).orElseThrow();
        });
    }

    /**
     * Moves a shipment to another phase, as read at {@code version}. The next phase needs no note; a skip
     * or a correction backwards needs one as its reason, and is audited as such.
     *
     * @throws StaleVersionException when someone else moved it first
     */
    public Shipment changePhase(Actor actor, long shipmentId, int version, Phase to, String note) {
        String cleanNote = note == null ? "" : note.strip();
        if (cleanNote.length() > 1000) {
            throw ValidationException.of("note", "error.tooLong", 1000);
        }
        return jdbi.inTransaction(h -> {
            ShipmentRepository repo = h.attach(ShipmentRepository.class);
            Shipment shipment = repo.findAny(shipmentId).orElseThrow(() -> new NotFoundException("shipment", shipmentId));
            if (shipment.version() != version) {
                // Judged against what the caller saw, not against a phase someone else has set since.
                throw new StaleVersionException("shipment", shipmentId);
            }
            PhaseRules.Kind kind = PhaseRules.check(shipment.phase(), to, shipment.receivingCompleted(), cleanNote);
            if (repo.changePhase(shipmentId, shipment.phase(), to, version, clock.instant()) == 0) {
                throw new StaleVersionException("shipment", shipmentId);
            }
            repo.insertEvent(shipment.consigneeId(), shipmentId, to, kind.name(), clock.instant(), actor.name(),
                    cleanNote);
            audit.record(h, actor, shipment.consigneeId(), "shipment." + kind.name().toLowerCase(), "shipment",
                    shipmentId, shipment.number() + ": " + shipment.phase() + " → " + to
                            + (cleanNote.isEmpty() ? "" : " (" + cleanNote + ")"));
            return repo.findAny(shipmentId).orElseThrow();
        });
    }

    /** Adds a box to the manifest of a shipment in Receiving. */
    public void addBox(Actor actor, long shipmentId, NewBox box) {
        addBoxes(actor, shipmentId, List.of(box));
    }

    /**
     * Adds several boxes at once (a scanned or pasted manifest): all of them, or none when any is invalid
     * or the manifest would pass {@value #MAX_BOXES} boxes.
     */
    public void addBoxes(Actor actor, long shipmentId, List<NewBox> boxes) {
        if (boxes.size() > MAX_BOXES) {
            throw ValidationException.of("label", "error.shipment.tooManyBoxes", MAX_BOXES);
        }
        List<NewBox> valid = boxes.stream().map(NewBox::validated).toList();
        jdbi.useTransaction(h -> {
            ShipmentRepository repo = h.attach(ShipmentRepository.class);
            Shipment shipment = receivingShipment(repo, shipmentId);
            if (repo.boxCount(shipment.consigneeId(), shipmentId) + valid.size() > MAX_BOXES) {
                throw ValidationException.of("label", "error.shipment.tooManyBoxes", MAX_BOXES);
            }
            CatalogRepository catalog = h.attach(CatalogRepository.class);
            java.util.Set<String> labels = new java.util.HashSet<>();
            for (NewBox box : valid) {
                if (!labels.add(box.label().toLowerCase(java.util.Locale.ROOT))
                        || repo.labelCount(shipmentId, box.label()) > 0) {
                    throw ValidationException.of("label", "error.shipment.duplicateLabel");
                }
                catalog.variant(shipment.consigneeId(), box.variantId())
                        .orElseThrow(() -> ValidationException.of("variant", "error.inventory.unknownVariant"));
                repo.insertBox(shipment.consigneeId(), shipmentId, box.label(), box.variantId(), box.lot(),
                        box.units(), box.weightKg(), box.condition(), clock.instant());
            }
            repo.recount(shipment.consigneeId(), shipmentId, clock.instant());
        });
    }

    public void removeBox(Actor actor, long shipmentId, long boxId) {
        jdbi.useTransaction(h -> {
            ShipmentRepository repo = h.attach(ShipmentRepository.class);
            Shipment shipment = receivingShipment(repo, shipmentId);
            if (repo.deleteBox(shipment.consigneeId(), shipmentId, boxId) == 0) {
                throw new NotFoundException("box", boxId);
            }
            repo.recount(shipment.consigneeId(), shipmentId, clock.instant());
        });
    }

    /**
     * Completes receiving: the shipment becomes Received and every unit of its manifest is posted to the
     * consignee's UNSTAMPED inventory, all in one transaction. A second completion is refused.
     */
    public Shipment completeReceiving(Actor actor, long shipmentId) {
        return jdbi.inTransaction(h -> {
            ShipmentRepository repo = h.attach(ShipmentRepository.class);
            Shipment shipment = receivingShipment(repo, shipmentId);
            Map<Long, Long> units = repo.unitsByVariant(shipment.consigneeId(), shipmentId);
            if (units.isEmpty()) {
                throw ValidationException.of("boxes", "error.shipment.noBoxes");
            }
            if (repo.completeReceiving(shipmentId, clock.instant()) == 0) {
                throw ValidationException.of("phase", "error.shipment.alreadyCompleted");
            }
            units.forEach((variantId, quantity) -> ledger.post(h, actor, new InventoryLedger.Posting(
                    shipment.consigneeId(), variantId, Bucket.UNSTAMPED, quantity, MovementReason.RECEIVING,
                    "SHIPMENT", shipmentId, shipment.number())));
            repo.insertEvent(shipment.consigneeId(), shipmentId, Phase.RECEIVED, "RECEIVED", clock.instant(),
                    actor.name(), "");
            long total = units.values().stream().mapToLong(Long::longValue).sum();
            audit.record(h, actor, shipment.consigneeId(), "shipment.received", "shipment", shipmentId,
                    shipment.number() + ": " + total + " units in " + repo.boxCount(shipment.consigneeId(), shipmentId)
                            + " boxes");
            return repo.findAny(shipmentId).orElseThrow();
        });
    }

    private static Shipment receivingShipment(ShipmentRepository repo, long shipmentId) {
        Shipment shipment = repo.findAny(shipmentId).orElseThrow(() -> new NotFoundException("shipment", shipmentId));
        if (shipment.receivingCompleted()) {
            throw ValidationException.of("phase", "error.shipment.alreadyCompleted");
        }
        if (shipment.phase() != Phase.RECEIVING) {
            throw ValidationException.of("phase", "error.shipment.notReceiving");
        }
        return shipment;
    }

    /** The portal's view: the manifest only once receiving is complete. */
    public ShipmentDetail detail(ConsigneeScope scope, long shipmentId) {
        return jdbi.inTransaction(h -> {
            ShipmentRepository repo = h.attach(ShipmentRepository.class);
            Shipment shipment = repo.find(scope.consigneeId(), shipmentId)
                    .orElseThrow(() -> new NotFoundException("shipment", shipmentId));
            List<ShipmentBox> manifest = shipment.receivingCompleted()
                    ? repo.boxes(scope.consigneeId(), shipmentId) : List.of();
            return new ShipmentDetail(shipment, repo.lines(scope.consigneeId(), shipmentId),
                    repo.events(scope.consigneeId(), shipmentId), manifest, List.of());
        });
    }

    /** The desktop's view: everything, with expected against received per product size. */
    public ShipmentDetail detailForStaff(long shipmentId) {
        return jdbi.inTransaction(h -> {
            ShipmentRepository repo = h.attach(ShipmentRepository.class);
            Shipment shipment = repo.findAny(shipmentId).orElseThrow(() -> new NotFoundException("shipment", shipmentId));
            long consigneeId = shipment.consigneeId();
            List<ShipmentLine> lines = repo.lines(consigneeId, shipmentId);
            List<ShipmentBox> boxes = repo.boxes(consigneeId, shipmentId);
            return new ShipmentDetail(shipment, lines, repo.events(consigneeId, shipmentId), boxes,
                    Receiving.compare(lines, boxes));
        });
    }

    /** One page of the consignee's shipments; {@code cursor} is the previous page's next cursor or null. */
    public ShipmentPage page(ConsigneeScope scope, ShipmentFilter filter, String cursor) {
        return jdbi.withHandle(h -> {
            List<Shipment> rows = new ShipmentListRepository(h, zone, h2)
                    .page(scope.consigneeId(), filter, Cursor.decode(cursor), PAGE_SIZE + 1);
            if (rows.size() <= PAGE_SIZE) {
                return new ShipmentPage(rows, null);
            }
            List<Shipment> page = rows.subList(0, PAGE_SIZE);
            return new ShipmentPage(List.copyOf(page), Cursor.after(page.get(PAGE_SIZE - 1), filter.sort()).encode());
        });
    }

    /** Every shipment matching the filter, streamed to {@code consumer} (for CSV export). */
    public void each(ConsigneeScope scope, ShipmentFilter filter, Consumer<Shipment> consumer) {
        jdbi.useTransaction(h -> new ShipmentListRepository(h, zone, h2).each(scope.consigneeId(), filter, consumer));
    }

    /** The desktop's list across consignees (or one), at most {@code limit} rows. */
    public List<Shipment> staffList(Long consigneeId, ShipmentFilter filter, int limit) {
        return jdbi.withHandle(h -> new ShipmentListRepository(h, zone, h2).page(consigneeId, filter, null, limit));
    }

    /**
     * How many of the consignee's shipments are still in flight (Created to Receiving), per phase. Only the
     * in-flight part of the (consignee_id, phase, …) index is read, however long the consignee's history.
     */
    public Map<Phase, Integer> inFlightByPhase(ConsigneeScope scope) {
        Map<Phase, Integer> counts = new EnumMap<>(Phase.class);
        jdbi.useHandle(h -> h.createQuery("""
                        select phase, count(*) as n from shipment
                        where consignee_id = :c and phase in ('CREATED', 'IN_TRANSIT', 'ARRIVED', 'RECEIVING')
                        group by phase
                        """).bind("c", scope.consigneeId())
                .map((rs, ctx) -> Map.entry(Phase.valueOf(rs.getString("phase")), rs.getInt("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

}
