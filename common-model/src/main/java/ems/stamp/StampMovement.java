package ems.stamp;

import ems.consignee.Region;
import java.time.Instant;

/** One line of the stamp ledger. */
public record StampMovement(long id, long consigneeId, Region region, long delta, StampReason reason,
                            String reference, String note, Instant at, String actorName) {
}
