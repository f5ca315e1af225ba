package ems.audit;

import java.time.Clock;
import org.jdbi.v3.core.Handle;

/**
 * Writes audit events inside the caller's transaction, so an event exists exactly when its change does.
 */
public final class AuditTrail {

    private static final int SUMMARY_MAX = 2000;
    private final Clock clock;

    public AuditTrail(Clock clock) {
        this.clock = clock;
    }

    public void record(Handle handle, Actor actor, Long consigneeId, String action, String entity,
                       Long entityId, String summary) {
        String text = summary.length() > SUMMARY_MAX ? summary.substring(0, SUMMARY_MAX - 1) + "…" : summary;
        handle.attach(AuditRepository.class).insert(clock.instant(), actor.type(), actor.id(), actor.name(),
                consigneeId, action, entity, entityId, text);
    }
}
