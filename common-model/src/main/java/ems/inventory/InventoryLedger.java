package ems.inventory;

import ems.audit.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import org.jdbi.v3.core.Handle;

/**
 * Moves units inside the caller's transaction: the ledger row and the balance change commit or roll
 * back together, and a balance never goes below zero (the update is conditional, so two concurrent
 * movements cannot both take the last units).
 */
public final class InventoryLedger {

    private final Clock clock;

    public InventoryLedger(Clock clock) {
        this.clock = clock;
    }

    /** Whose units moved, what moved, why, and what caused it. */
    public record Posting(long consigneeId, long variantId, Bucket bucket, long delta, MovementReason reason,
                          String referenceType, Long referenceId, String note) {
    }

    /** @throws InsufficientStockException when the balance would go below zero */
    public void post(Handle handle, Actor actor, Posting p) {
        if (p.delta() == 0) {
            return;
        }
        InventoryRepository repo = handle.attach(InventoryRepository.class);
        Instant now = clock.instant();
        if (repo.apply(p.consigneeId(), p.variantId(), p.bucket(), p.delta(), now) == 0) {
            Long available = repo.balance(p.consigneeId(), p.variantId(), p.bucket());
            throw new InsufficientStockException(p.variantId(), p.bucket(), available == null ? 0 : available,
                    -p.delta());
        }
        repo.record(p.consigneeId(), p.variantId(), p.bucket(), p.delta(), p.reason(), p.referenceType(),
                p.referenceId(), p.note(), now, actor.name());
    }

    /** Opens a zero balance in every bucket for a new variant. */
    public void openBalances(Handle handle, long consigneeId, long variantId) {
        handle.attach(InventoryRepository.class).openBalances(consigneeId, variantId,
                Arrays.asList(Bucket.values()), clock.instant());
    }
}
