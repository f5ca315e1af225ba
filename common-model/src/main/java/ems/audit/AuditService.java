package ems.audit;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Reads the audit trail for the admin desktop. */
public final class AuditService {

    private final Jdbi jdbi;

    public AuditService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The newest events across all consignees, at most {@code limit}. */
    public List<AuditEvent> newest(int limit) {
        return jdbi.withExtension(AuditRepository.class, r -> r.newest(limit));
    }

    public List<AuditEvent> newestForConsignee(long consigneeId, int limit) {
        return jdbi.withExtension(AuditRepository.class, r -> r.newestForConsignee(consigneeId, limit));
    }

    public List<AuditEvent> forEntity(String entity, long entityId) {
        return jdbi.withExtension(AuditRepository.class, r -> r.forEntity(entity, entityId));
    }
}
