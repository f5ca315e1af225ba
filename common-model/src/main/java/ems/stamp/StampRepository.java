package ems.stamp;

import ems.consignee.Region;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(StampMovement.class)
public interface StampRepository {

    @SqlUpdate("""
            insert into stamp_stock (consignee_id, region, quantity, updated_at)
            select :consigneeId, :region, 0, :now where not exists
              (select 1 from stamp_stock where consignee_id = :consigneeId and region = :region)
            """)
    void open(@Bind("consigneeId") long consigneeId, @Bind("region") Region region, @Bind("now") Instant now);

    /** Applies a delta only if the stock stays at or above zero; 0 rows means it would not. */
    @SqlUpdate("""
            update stamp_stock set quantity = quantity + :delta, updated_at = :now
            where consignee_id = :consigneeId and region = :region and quantity + :delta >= 0
            """)
    int apply(@Bind("consigneeId") long consigneeId, @Bind("region") Region region, @Bind("delta") long delta,
              @Bind("now") Instant now);

    @SqlUpdate("""
            insert into stamp_movement (consignee_id, region, delta, reason, reference, note, at, actor_name)
            values (:consigneeId, :region, :delta, :reason, :reference, :note, :now, :actor)
            """)
    void record(@Bind("consigneeId") long consigneeId, @Bind("region") Region region, @Bind("delta") long delta,
                @Bind("reason") StampReason reason, @Bind("reference") String reference, @Bind("note") String note,
                @Bind("now") Instant now, @Bind("actor") String actorName);

    @SqlQuery("select region, quantity from stamp_stock where consignee_id = :consigneeId order by region")
    @KeyColumn("region")
    @ValueColumn("quantity")
    java.util.Map<Region, Long> stock(@Bind("consigneeId") long consigneeId);

    @SqlQuery("""
            select * from stamp_movement where consignee_id = :consigneeId
            order by consignee_id, at desc, id desc limit :limit
            """)
    List<StampMovement> recent(@Bind("consigneeId") long consigneeId, @Bind("limit") int limit);
}
