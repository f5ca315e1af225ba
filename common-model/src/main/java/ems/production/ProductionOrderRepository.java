package ems.production;

import ems.consignee.Region;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(ProductionOrder.class)
@RegisterConstructorMapper(OrderLine.class)
public interface ProductionOrderRepository {

    @SqlQuery("select * from production_order where consignee_id = :consigneeId and id = :id")
    Optional<ProductionOrder> find(@Bind("consigneeId") long consigneeId, @Bind("id") long id);

    @SqlQuery("select * from production_order where id = :id")
    Optional<ProductionOrder> findAny(@Bind("id") long id);

    @SqlQuery("select * from production_order where request_id = :requestId")
    Optional<ProductionOrder> forRequest(@Bind("requestId") long requestId);

    @SqlUpdate("""
            insert into production_order (consignee_id, number, request_id, status, created_at, updated_at)
            values (:consigneeId, :number, :requestId, 'PLANNED', :now, :now)
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("consigneeId") long consigneeId, @Bind("number") String number,
                @Bind("requestId") long requestId, @Bind("now") Instant now);

    @SqlUpdate("""
            insert into production_order_line (consignee_id, order_id, variant_id, region, quantity)
            values (:consigneeId, :orderId, :variantId, :region, :quantity)
            """)
    void insertLine(@Bind("consigneeId") long consigneeId, @Bind("orderId") long orderId,
                    @Bind("variantId") long variantId, @Bind("region") Region region, @Bind("quantity") int quantity);

    @SqlUpdate("""
            update production_order set status = :to, scheduled_date = :scheduled, version = version + 1,
                   updated_at = :now, completed_at = case when :to = 'COMPLETED' then :now else completed_at end
            where id = :id and status = :from and version = :version
            """)
    int transition(@Bind("id") long id, @Bind("from") OrderStatus from, @Bind("to") OrderStatus to,
                   @Bind("version") int version, @Bind("scheduled") LocalDate scheduledDate, @Bind("now") Instant now);

    @SqlUpdate("update production_order_line set produced = quantity where consignee_id = :consigneeId and order_id = :orderId")
    void markProduced(@Bind("consigneeId") long consigneeId, @Bind("orderId") long orderId);

    @SqlQuery("""
            select l.id, l.order_id, l.variant_id, p.name as product_name, v.size_label, v.sku, l.region, l.quantity,
                   l.produced
            from production_order_line l
            join product_variant v on v.consignee_id = l.consignee_id and v.id = l.variant_id
            join product p on p.consignee_id = v.consignee_id and p.id = v.product_id
            where l.consignee_id = :consigneeId and l.order_id = :orderId
            order by p.name, v.size_label, l.region
            """)
    List<OrderLine> lines(@Bind("consigneeId") long consigneeId, @Bind("orderId") long orderId);
}
