package ems.outbound;

import ems.consignee.Region;
import ems.inventory.Bucket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(OutboundOrder.class)
@RegisterConstructorMapper(OutboundLine.class)
@RegisterConstructorMapper(OutboundEvent.class)
public interface OutboundRepository {

    @SqlQuery("select * from outbound_order where id = :id")
    Optional<OutboundOrder> findAny(@Bind("id") long id);

    /** What a customer may open: their own, dispatched or later. */
    @SqlQuery("""
            select * from outbound_order where consignee_id = :consigneeId and id = :id
              and status in ('DISPATCHED', 'IN_TRANSIT', 'DELIVERED')
            """)
    Optional<OutboundOrder> findDispatched(@Bind("consigneeId") long consigneeId, @Bind("id") long id);

    @SqlUpdate("""
            insert into outbound_order (consignee_id, number, destination_name, destination_address, destination_kind,
                                        region, carrier, status, requested_date, created_by, created_at, updated_at)
            values (:consigneeId, :number, :name, :address, :kind, :region, :carrier, 'PLANNED', :requested, :by,
                    :now, :now)
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("consigneeId") long consigneeId, @Bind("number") String number, @Bind("name") String name,
                @Bind("address") String address, @Bind("kind") DestinationKind kind, @Bind("region") Region region,
                @Bind("carrier") String carrier, @Bind("requested") LocalDate requested, @Bind("by") String by,
                @Bind("now") Instant now);

    @SqlUpdate("""
            insert into outbound_line (consignee_id, order_id, variant_id, bucket, quantity, cases)
            values (:consigneeId, :orderId, :variantId, :bucket, :quantity, :cases)
            """)
    void insertLine(@Bind("consigneeId") long consigneeId, @Bind("orderId") long orderId,
                    @Bind("variantId") long variantId, @Bind("bucket") Bucket bucket, @Bind("quantity") int quantity,
                    @Bind("cases") int cases);

    @SqlUpdate("""
            update outbound_order set status = :to, version = version + 1, updated_at = :now,
                   carrier = coalesce(:carrier, carrier), tracking_number = coalesce(:tracking, tracking_number),
                   dispatched_at = case when :to = 'DISPATCHED' then :at else dispatched_at end,
                   delivered_at = case when :to = 'DELIVERED' then :at else delivered_at end
            where id = :id and status = :from and version = :version
            """)
    int transition(@Bind("id") long id, @Bind("from") OutboundStatus from, @Bind("to") OutboundStatus to,
                   @Bind("version") int version, @Bind("carrier") String carrier, @Bind("tracking") String tracking,
                   @Bind("at") Instant at, @Bind("now") Instant now);

    @SqlUpdate("update outbound_order set version = version + 1, updated_at = :now where id = :id and version = :version")
    int touch(@Bind("id") long id, @Bind("version") int version, @Bind("now") Instant now);

    @SqlUpdate("""
            insert into outbound_event (consignee_id, order_id, status, location, description, at, actor_name)
            values (:consigneeId, :orderId, :status, :location, :description, :at, :actor)
            """)
    void insertEvent(@Bind("consigneeId") long consigneeId, @Bind("orderId") long orderId,
                     @Bind("status") OutboundStatus status, @Bind("location") String location,
                     @Bind("description") String description, @Bind("at") Instant at, @Bind("actor") String actor);

    @SqlQuery("""
            select l.id, l.order_id, l.variant_id, p.name as product_name, v.size_label, v.sku, v.gtin, l.bucket,
                   l.quantity, l.cases
            from outbound_line l
            join product_variant v on v.consignee_id = l.consignee_id and v.id = l.variant_id
            join product p on p.consignee_id = v.consignee_id and p.id = v.product_id
            where l.consignee_id = :consigneeId and l.order_id = :orderId
            order by p.name, v.size_label, l.bucket
            """)
    List<OutboundLine> lines(@Bind("consigneeId") long consigneeId, @Bind("orderId") long orderId);

    @SqlQuery("""
            select * from outbound_event where consignee_id = :consigneeId and order_id = :orderId
            order by consignee_id, order_id, at, id
            """)
    List<OutboundEvent> events(@Bind("consigneeId") long consigneeId, @Bind("orderId") long orderId);

    @SqlQuery("""
            select quantity from inventory_balance
            where consignee_id = :consigneeId and variant_id = :variantId and bucket = :bucket
            """)
    Optional<Long> onHand(@Bind("consigneeId") long consigneeId, @Bind("variantId") long variantId,
                          @Bind("bucket") Bucket bucket);
}
