package ems.trace;

import ems.account.Section;
import ems.consignee.ConsigneeScope;
import ems.error.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Reads a shipment's trace for the consignee that owns it. Every query leads with the consignee and
 * walks an index of the consignee's own rows newest first, stopping after {@link #LIMIT} + 1 matches.
 */
public final class TraceService {

    public static final int LIMIT = 5;

    /** The product sizes a shipment carries: what was announced and what was counted in. */
    private static final String SHIPMENT_VARIANTS = """
            select variant_id from shipment_line where consignee_id = :consigneeId and shipment_id = :shipmentId
            union select variant_id from shipment_box where consignee_id = :consigneeId and shipment_id = :shipmentId""";

    private final Jdbi jdbi;

    public TraceService(Jdbi jdbi) {
        this.jdbi = jdbi;
        for (Class<?> row : List.of(Receipt.class, ShipmentTrace.Order.class, ShipmentTrace.Delivery.class,
                ShipmentTrace.Billing.class)) {
            jdbi.registerRowMapper(ConstructorMapper.factory(row));
        }
    }

    /**
     * The shipment's trace, limited to the sections the reader may see. Another consignee's shipment
     * answers not found, like its page.
     */
    public ShipmentTrace forShipment(ConsigneeScope scope, long shipmentId, Set<Section> visible) {
        return jdbi.withHandle(h -> {
            Receipt receipt = h.createQuery("""
                            select id, receiving_completed_at from shipment where consignee_id = :consigneeId and id = :id""")
                    .bind("consigneeId", scope.consigneeId()).bind("id", shipmentId).mapTo(Receipt.class).findFirst()
                    .orElseThrow(() -> new NotFoundException("shipment", shipmentId));
            List<ShipmentTrace.Billing> invoices = visible.contains(Section.INVOICES)
                    ? invoices(h, scope.consigneeId(), shipmentId) : List.of();
            Instant since = receipt.receivingCompletedAt();
            if (since == null) {
                return ShipmentTrace.notReceived(invoices);
            }
            List<ShipmentTrace.Order> orders = visible.contains(Section.PRODUCTION)
                    ? orders(h, scope.consigneeId(), shipmentId, since) : List.of();
            List<ShipmentTrace.Delivery> deliveries = visible.contains(Section.OUTBOUND)
                    ? deliveries(h, scope.consigneeId(), shipmentId, since) : List.of();
            return new ShipmentTrace(true, orders.stream().limit(LIMIT).toList(), orders.size() > LIMIT,
                    deliveries.stream().limit(LIMIT).toList(), deliveries.size() > LIMIT, invoices);
        });
    }

    /** A whole row, so that "not received yet" (a null column) and "no such shipment" stay apart. */
    public record Receipt(long id, Instant receivingCompletedAt) {
    }

    /** Open orders for the products, and those completed since the receipt. */
    private static List<ShipmentTrace.Order> orders(Handle h, long consigneeId, long shipmentId, Instant since) {
        return sinceReceipt(h, ShipmentTrace.Order.class, consigneeId, shipmentId, since, """
                        select o.id, o.number, o.status, o.scheduled_date, o.completed_at from production_order o
                        where o.consignee_id = :consigneeId
                          and (o.status in ('PLANNED', 'SCHEDULED', 'IN_PROGRESS') or o.completed_at >= :since)
                          and exists (select 1 from production_order_line l
                                      where l.consignee_id = :consigneeId and l.order_id = o.id
                                        and l.variant_id in (%s))
                        order by o.consignee_id, o.created_at desc, o.id desc""");
    }

    /** Deliveries of the products dispatched since the receipt; the customer never sees undispatched ones. */
    private static List<ShipmentTrace.Delivery> deliveries(Handle h, long consigneeId, long shipmentId,
                                                           Instant since) {
        return sinceReceipt(h, ShipmentTrace.Delivery.class, consigneeId, shipmentId, since, """
                        select o.id, o.number, o.status, o.destination_name, o.dispatched_at from outbound_order o
                        where o.consignee_id = :consigneeId
                          and o.status in ('DISPATCHED', 'IN_TRANSIT', 'DELIVERED') and o.dispatched_at >= :since
                          and exists (select 1 from outbound_line l
                                      where l.consignee_id = :consigneeId and l.order_id = o.id
                                        and l.variant_id in (%s))
                        order by o.consignee_id, o.dispatched_at desc, o.id desc""");
    }

    /**
     * Rows of a query over the shipment's products since its receipt ({@code %s} stands for the product
     * sizes); one more than {@link #LIMIT}, so the page knows whether to offer "more".
     */
    private static <T> List<T> sinceReceipt(Handle h, Class<T> row, long consigneeId, long shipmentId,
                                            Instant since, String sql) {
        return h.createQuery(sql.formatted(SHIPMENT_VARIANTS) + " limit :limit")
                .bind("consigneeId", consigneeId).bind("shipmentId", shipmentId).bind("since", since)
                .bind("limit", LIMIT + 1).mapTo(row).list();
    }

    /** Issued invoices with a line that names the shipment; drafts never leave the warehouse. */
    private static List<ShipmentTrace.Billing> invoices(Handle h, long consigneeId, long shipmentId) {
        return h.createQuery("""
                        select i.id, i.number, i.status, i.issue_date, i.total from invoice i
                        where i.consignee_id = :consigneeId and i.status <> 'DRAFT'
                          and i.id in (select l.invoice_id from invoice_line l
                                       where l.consignee_id = :consigneeId and l.reference_type = 'SHIPMENT'
                                         and l.reference_id = :shipmentId)
                        order by i.issue_date desc, i.id desc""")
                .bind("consigneeId", consigneeId).bind("shipmentId", shipmentId)
                .mapTo(ShipmentTrace.Billing.class).list();
    }
}
