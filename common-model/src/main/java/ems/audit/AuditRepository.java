package ems.audit;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(AuditEvent.class)
public interface AuditRepository {

    @SqlUpdate("""
            insert into audit_event (at, actor_type, actor_id, actor_name, consignee_id, action, entity,
                                     entity_id, summary)
            values (:at, :actorType, :actorId, :actorName, :consigneeId, :action, :entity, :entityId, :summary)
            """)
    void insert(@Bind("at") Instant at, @Bind("actorType") Actor.Type actorType, @Bind("actorId") Long actorId,
                @Bind("actorName") String actorName, @Bind("consigneeId") Long consigneeId,
                @Bind("action") String action, @Bind("entity") String entity, @Bind("entityId") Long entityId,
                @Bind("summary") String summary);

    @SqlQuery("select * from audit_event order by at desc, id desc limit :limit")
    List<AuditEvent> newest(@Bind("limit") int limit);

    @SqlQuery("""
            select * from audit_event
            where consignee_id = :consigneeId
            order by consignee_id, at desc, id desc
            limit :limit
            """)
    List<AuditEvent> newestForConsignee(@Bind("consigneeId") long consigneeId, @Bind("limit") int limit);

    @SqlQuery("select * from audit_event where entity = :entity and entity_id = :entityId order by at, id")
    List<AuditEvent> forEntity(@Bind("entity") String entity, @Bind("entityId") long entityId);
}
