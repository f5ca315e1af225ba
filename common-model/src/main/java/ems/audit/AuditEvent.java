package ems.audit;

import java.time.Instant;

/** One line of the append-only audit trail. */
public record AuditEvent(
        long id,
        Instant at,
        Actor.Type actorType,
        Long actorId,
        String actorName,
        Long consigneeId,
        String action,
        String entity,
        Long entityId,
        String summary) {
}
