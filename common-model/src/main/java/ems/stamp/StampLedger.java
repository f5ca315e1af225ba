package ems.stamp;

import ems.audit.Actor;
import ems.audit.AuditTrail;
import ems.consignee.Region;
import ems.error.ValidationException;
import java.time.Clock;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Moves stamps inside the caller's transaction (receiving, corrections, production): the ledger row,
 * the stock change and the audit event commit together, and stock never goes below zero.
 */
public final class StampLedger {

    private final Clock clock;
    private final AuditTrail audit;

    public StampLedger(Clock clock, AuditTrail audit) {
        this.clock = clock;
        this.audit = audit;
    }

    /** @throws ValidationException ({@code error.stamps.insufficient}) when the stock would go below zero */
    public void move(Handle h, Actor actor, long consigneeId, Region region, long delta, StampReason reason,
                     String reference, String note) {
        StampRepository repo = h.attach(StampRepository.class);
        Instant now = clock.instant();
        repo.open(consigneeId, region, now);
        if (repo.apply(consigneeId, region, delta, now) == 0) {
            long onHand = repo.stock(consigneeId).getOrDefault(region, 0L);
            throw ValidationException.of("quantity", "error.stamps.insufficient", onHand, -delta);
        }
        repo.record(consigneeId, region, delta, reason, reference, note, now, actor.name());
        audit.record(h, actor, consigneeId, "stamps." + reason.name().toLowerCase(), "stamp_stock", null,
                region + " " + (delta > 0 ? "+" : "") + delta + (reference.isEmpty() ? "" : " " + reference)
                        + (note.isEmpty() ? "" : ": " + note));
    }
}
