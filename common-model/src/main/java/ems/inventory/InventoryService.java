package ems.inventory;

import ems.audit.Actor;
import ems.audit.AuditTrail;
import ems.consignee.ConsigneeScope;
import ems.error.Validation;
import ems.error.ValidationException;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Reads balances for the drilldowns, and lets staff correct them with a written reason. */
public final class InventoryService {

    public static final long MAX_ADJUSTMENT = 1_000_000;
    private final Jdbi jdbi;
    private final InventoryLedger ledger;
    private final AuditTrail audit;

    public InventoryService(Jdbi jdbi, InventoryLedger ledger, AuditTrail audit) {
        this.jdbi = jdbi;
        this.ledger = ledger;
        this.audit = audit;
    }

    /** Every variant's balance in every bucket for the portal's own consignee. */
    public InventoryTree tree(ConsigneeScope scope) {
        return InventoryTree.of(jdbi.withExtension(InventoryRepository.class, r -> r.balances(scope.consigneeId())));
    }

    public List<Movement> recentMovements(long consigneeId, int limit) {
        return jdbi.withExtension(InventoryRepository.class, r -> r.recentMovements(consigneeId, limit));
    }

    /** True when every balance equals the sum of its ledger rows. */
    public boolean ledgerAgrees(long consigneeId) {
        return jdbi.withExtension(InventoryRepository.class, r -> r.countDisagreements(consigneeId)) == 0;
    }

    /**
     * A manual correction: {@code delta} units into (or out of, when negative) one bucket.
     *
     * @throws ValidationException on a zero or absurd delta, a blank reason or a variant outside the catalogue
     * @throws InsufficientStockException when it would take the balance below zero
     */
    public void adjust(Actor actor, long consigneeId, long variantId, Bucket bucket, long delta, String reason) {
        Validation v = new Validation();
        v.check(bucket != null, "bucket", "error.required");
        v.check(delta != 0 && Math.abs(delta) <= MAX_ADJUSTMENT, "delta", "error.inventory.delta", MAX_ADJUSTMENT);
        String why = v.text("reason", reason, 500);
        v.throwIfInvalid();
        jdbi.useTransaction(h -> {
            if (h.attach(InventoryRepository.class).balance(consigneeId, variantId, bucket) == null) {
                throw ValidationException.of("variant", "error.inventory.unknownVariant");
            }
            ledger.post(h, actor, new InventoryLedger.Posting(consigneeId, variantId, bucket, delta,
                    MovementReason.ADJUSTMENT, "", null, why));
            audit.record(h, actor, consigneeId, "inventory.adjusted", "product_variant", variantId,
                    bucket + " " + (delta > 0 ? "+" : "") + delta + ": " + why);
        });
    }
}
