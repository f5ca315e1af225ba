package ems.stamp;

import ems.audit.Actor;
import ems.consignee.ConsigneeRepository;
import ems.consignee.Region;
import ems.error.NotFoundException;
import ems.error.Validation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Excise stamps on hand per consignee and region. Receiving and corrections are ledgered with the
 * stock change in one transaction; the stock never goes below zero.
 */
public final class StampService {

    public static final long MAX_MOVEMENT = 10_000_000;
    private final Jdbi jdbi;
    private final StampLedger ledger;

    public StampService(Jdbi jdbi, StampLedger ledger) {
        this.jdbi = jdbi;
        this.ledger = ledger;
    }

    /** Stamps on hand in every region (zero where none were ever received). */
    public Map<Region, Long> stock(long consigneeId) {
        Map<Region, Long> stock = new EnumMap<>(Region.class);
        for (Region region : Region.values()) {
            stock.put(region, 0L);
        }
        stock.putAll(jdbi.withExtension(StampRepository.class, r -> r.stock(consigneeId)));
        return stock;
    }

    public List<StampMovement> recent(long consigneeId, int limit) {
        return jdbi.withExtension(StampRepository.class, r -> r.recent(consigneeId, limit));
    }

    /** Stamps delivered by the regulator: {@code quantity} > 0, with the delivery's reference. */
    public void receive(Actor actor, long consigneeId, Region region, long quantity, String reference) {
        Validation v = new Validation();
        v.check(region != null, "region", "error.required");
        v.check(quantity > 0 && quantity <= MAX_MOVEMENT, "quantity", "error.stamps.quantity", MAX_MOVEMENT);
        String ref = v.text("reference", reference, 100);
        v.throwIfInvalid();
        jdbi.useTransaction(h -> move(h, actor, consigneeId, region, quantity, StampReason.RECEIVED, ref, ""));
    }

    /** A counted correction, either way, with a written reason. */
    public void adjust(Actor actor, long consigneeId, Region region, long delta, String reason) {
        Validation v = new Validation();
        v.check(region != null, "region", "error.required");
        v.check(delta != 0 && Math.abs(delta) <= MAX_MOVEMENT, "quantity", "error.stamps.quantity", MAX_MOVEMENT);
        String why = v.text("reason", reason, 500);
        v.throwIfInvalid();
        jdbi.useTransaction(h -> move(h, actor, consigneeId, region, delta, StampReason.ADJUSTMENT, "", why));
    }

    private void move(Handle h, Actor actor, long consigneeId, Region region, long delta, StampReason reason,
                      String reference, String note) {
        h.attach(ConsigneeRepository.class).find(consigneeId)
                .orElseThrow(() -> new NotFoundException("consignee", consigneeId));
        ledger.move(h, actor, consigneeId, region, delta, reason, reference, note);
    }
}
