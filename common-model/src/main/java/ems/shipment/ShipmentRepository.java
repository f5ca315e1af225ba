package ems.shipment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Shipment.class)
@RegisterConstructorMapper(ShipmentLine.class)
@RegisterConstructorMapper(ShipmentEvent.class)
@RegisterConstructorMapper(ShipmentBox.class)
public interface ShipmentRepository {

    String VARIANT_NAMES = """
            join product_variant v on v.consignee_id = x.consignee_id and v.id = x.variant_id
            join product p on p.consignee_id = v.consignee_id and p.id = v.product_id
            """;

    /** Scoped: another consignee's shipment is simply not found. */
    @SqlQuery("select * from shipment where consignee_id = :consigneeId and id = :id")
    Optional<Shipment> find(@Bind("consigneeId") long consigneeId, @Bind("id") long id);

    /** Staff side: any consignee's shipment. */
    @SqlQuery("select * from shipment where id = :id")
    Optional<Shipment> findAny(@Bind("id") long id);

    @SqlUpdate("""
            insert into shipment (consignee_id, number, carrier, tracking_number, origin, expected_arrival, phase,
                                  phase_changed_at, expected_units, created_at, updated_at)
            values (:consigneeId, :number, :carrier, :tracking, :origin, :expected, 'CREATED', :now, :units, :now, :now)
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("consigneeId") long consigneeId, @Bind("number") String number, @Bind("carrier") String carrier,
                @Bind("tracking") String trackingNumber, @Bind("origin") String origin,
                @Bind("expected") LocalDate expectedArrival, @Bind("units") int expectedUnits,
                @Bind("now") Instant now);

    @SqlUpdate("""
            insert into shipment_line (consignee_id, shipment_id, variant_id, quantity)
            values (:consigneeId, :shipmentId, :variantId, :quantity)
            """)
    void insertLine(@Bind("consigneeId") long consigneeId, @Bind("shipmentId") long shipmentId,
                    @Bind("variantId") long variantId, @Bind("quantity") int quantity);

    /** Moves the phase only from the phase and version the caller saw. */
    @SqlUpdate("""
            update shipment set phase = :to, phase_changed_at = :now, updated_at = :now, version = version + 1,
                   actual_arrival = case when :to = 'ARRIVED' and actual_arrival is null then :now
                                         else actual_arrival end
            where id = :id and phase = :from and version = :version
            """)
    int changePhase(@Bind("id") long id, @Bind("from") Phase from, @Bind("to") Phase to,
                    @Bind("version") int version, @Bind("now") Instant now);

    /** Completes receiving once: the conditions make a second completion update nothing. */
    @SqlUpdate("""
            update shipment set phase = 'RECEIVED', phase_changed_at = :now, receiving_completed_at = :now,
                   updated_at = :now, version = version + 1
            where id = :id and phase = 'RECEIVING' and receiving_completed_at is null
            """)
    int completeReceiving(@Bind("id") long id, @Bind("now") Instant now);

    @SqlUpdate("""
            insert into shipment_event (consignee_id, shipment_id, phase, kind, at, actor_name, note)
            values (:consigneeId, :shipmentId, :phase, :kind, :now, :actor, :note)
            """)
    void insertEvent(@Bind("consigneeId") long consigneeId, @Bind("shipmentId") long shipmentId,
                     @Bind("phase") Phase phase, @Bind("kind") String kind, @Bind("now") Instant now,
                     @Bind("actor") String actorName, @Bind("note") String note);

    @SqlUpdate("""
            insert into shipment_box (consignee_id, shipment_id, label, variant_id, lot, units, weight_kg, condition,
                                      created_at)
            values (:consigneeId, :shipmentId, :label, :variantId, :lot, :units, :weight, :condition, :now)
            """)
    void insertBox(@Bind("consigneeId") long consigneeId, @Bind("shipmentId") long shipmentId,
                   @Bind("label") String label, @Bind("variantId") long variantId, @Bind("lot") String lot,
                   @Bind("units") int units, @Bind("weight") BigDecimal weightKg,
                   @Bind("condition") BoxCondition condition, @Bind("now") Instant now);

    @SqlUpdate("delete from shipment_box where consignee_id = :consigneeId and shipment_id = :shipmentId and id = :id")
    int deleteBox(@Bind("consigneeId") long consigneeId, @Bind("shipmentId") long shipmentId, @Bind("id") long boxId);

    /** Keeps the list's box and unit counts equal to the manifest. */
    @SqlUpdate("""
            update shipment set
              box_count = (select count(*) from shipment_box b where b.consignee_id = :consigneeId
                           and b.shipment_id = :id),
              unit_count = (select coalesce(sum(b.units), 0) from shipment_box b where b.consignee_id = :consigneeId
                            and b.shipment_id = :id),
              updated_at = :now
            where consignee_id = :consigneeId and id = :id
            """)
    void recount(@Bind("consigneeId") long consigneeId, @Bind("id") long shipmentId, @Bind("now") Instant now);

    @SqlQuery("select count(*) from shipment_box where consignee_id = :consigneeId and shipment_id = :shipmentId")
    int boxCount(@Bind("consigneeId") long consigneeId, @Bind("shipmentId") long shipmentId);

    @SqlQuery("select count(*) from shipment_box where shipment_id = :shipmentId and lower(label) = lower(:label)")
    int labelCount(@Bind("shipmentId") long shipmentId, @Bind("label") String label);

    @SqlQuery("select x.id, x.shipment_id, x.variant_id, p.name as product_name, v.size_label, v.sku, x.quantity "
            + "from shipment_line x " + VARIANT_NAMES
            + "where x.consignee_id = :consigneeId and x.shipment_id = :shipmentId order by p.name, v.size_label")
    List<ShipmentLine> lines(@Bind("consigneeId") long consigneeId, @Bind("shipmentId") long shipmentId);

    @SqlQuery("""
            select id, shipment_id, phase, kind, at, actor_name, note from shipment_event
            where consignee_id = :consigneeId and shipment_id = :shipmentId
            order by consignee_id, shipment_id, at, id
            """)
    List<ShipmentEvent> events(@Bind("consigneeId") long consigneeId, @Bind("shipmentId") long shipmentId);

    @SqlQuery("select x.id, x.shipment_id, x.label, x.variant_id, p.name as product_name, v.size_label, v.sku, x.lot, "
            + "x.units, x.weight_kg, x.condition, x.created_at from shipment_box x " + VARIANT_NAMES
            + "where x.consignee_id = :consigneeId and x.shipment_id = :shipmentId order by x.id")
    List<ShipmentBox> boxes(@Bind("consigneeId") long consigneeId, @Bind("shipmentId") long shipmentId);

    /** The manifest summed per variant, for posting to inventory. */
    @SqlQuery("""
            select variant_id, sum(units) as total from shipment_box
            where consignee_id = :consigneeId and shipment_id = :shipmentId
            group by variant_id order by variant_id
            """)
    @org.jdbi.v3.sqlobject.config.KeyColumn("variant_id")
    @org.jdbi.v3.sqlobject.config.ValueColumn("total")
    java.util.Map<Long, Long> unitsByVariant(@Bind("consigneeId") long consigneeId, @Bind("shipmentId") long shipmentId);
}
