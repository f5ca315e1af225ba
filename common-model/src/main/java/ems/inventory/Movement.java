package ems.inventory;

import java.time.Instant;

/** One line of the inventory ledger. */
public record Movement(long id, long consigneeId, long variantId, Bucket bucket, int delta, MovementReason reason,
                       String referenceType, Long referenceId, String note, Instant at, String actorName) {
}
