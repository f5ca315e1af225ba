package ems.inventory;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(InventoryRow.class)
@RegisterConstructorMapper(Movement.class)
public interface InventoryRepository {

    /** Applies a delta only if the balance stays at or above zero; 0 rows means it would not. */
    @SqlUpdate("""
            update inventory_balance set quantity = quantity + :delta, updated_at = :now
            where consignee_id = :consigneeId and variant_id = :variantId and bucket = :bucket
              and quantity + :delta >= 0
            """)
    int apply(@Bind("consigneeId") long consigneeId, @Bind("variantId") long variantId,
              @Bind("bucket") Bucket bucket, @Bind("delta") long delta, @Bind("now") Instant now);

    @SqlQuery("""
            select quantity from inventory_balance
            where consignee_id = :consigneeId and variant_id = :variantId and bucket = :bucket
            """)
    Long balance(@Bind("consigneeId") long consigneeId, @Bind("variantId") long variantId,
                 @Bind("bucket") Bucket bucket);

    @SqlUpdate("""
            insert into inventory_movement (consignee_id, variant_id, bucket, delta, reason, reference_type,
                                            reference_id, note, at, actor_name)
            values (:consigneeId, :variantId, :bucket, :delta, :reason, :refType, :refId, :note, :now, :actor)
            """)
    void record(@Bind("consigneeId") long consigneeId, @Bind("variantId") long variantId,
                @Bind("bucket") Bucket bucket, @Bind("delta") long delta, @Bind("reason") MovementReason reason,
                @Bind("refType") String referenceType, @Bind("refId") Long referenceId, @Bind("note") String note,
                @Bind("now") Instant now, @Bind("actor") String actorName);

    @SqlBatch("""
            insert into inventory_balance (consignee_id, variant_id, bucket, quantity, updated_at)
            values (:consigneeId, :variantId, :bucket, 0, :now)
            """)
    void openBalances(@Bind("consigneeId") long consigneeId, @Bind("variantId") long variantId,
                      @Bind("bucket") List<Bucket> buckets, @Bind("now") Instant now);

    /** Every variant of the consignee with its balance in every bucket, ordered for the drilldown. */
    @SqlQuery("""
            select c.id as category_id, c.name as category_name, p.id as product_id, p.name as product_name,
                   v.id as variant_id, v.size_label, v.sku, b.bucket, b.quantity
            from inventory_balance b
            join product_variant v on v.consignee_id = b.consignee_id and v.id = b.variant_id
            join product p on p.consignee_id = v.consignee_id and p.id = v.product_id
            join product_category c on c.id = p.category_id
            where b.consignee_id = :consigneeId
            order by c.name, p.name, p.id, v.size_label, v.id, b.bucket
            """)
    List<InventoryRow> balances(@Bind("consigneeId") long consigneeId);

    @SqlQuery("""
            select * from inventory_movement
            where consignee_id = :consigneeId
            order by consignee_id, at desc, id desc
            limit :limit
            """)
    List<Movement> recentMovements(@Bind("consigneeId") long consigneeId, @Bind("limit") int limit);

    /** Ledger sum per variant and bucket minus the balance: all zero when the books agree. */
    @SqlQuery("""
            select count(*) from inventory_balance b
            where b.consignee_id = :consigneeId
              and b.quantity <> (select coalesce(sum(m.delta), 0) from inventory_movement m
                                 where m.consignee_id = b.consignee_id and m.variant_id = b.variant_id
                                   and m.bucket = b.bucket)
            """)
    int countDisagreements(@Bind("consigneeId") long consigneeId);
}
