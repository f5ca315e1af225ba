package ems.trace;

import ems.invoice.InvoiceStatus;
import ems.outbound.OutboundStatus;
import ems.production.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The shipment detail's "related" block. Inventory is not tracked by lot, so production and deliveries
 * are related by product: work on any of the shipment's product sizes from its receipt on. Each list is
 * capped at {@link TraceService#LIMIT}; {@code more} says the list page has older ones. An empty list
 * with its section not visible to the reader means "not asked", never "none".
 */
public record ShipmentTrace(boolean received, List<Order> productionOrders, boolean moreProductionOrders,
                            List<Delivery> deliveries, boolean moreDeliveries, List<Billing> invoices) {

    public static ShipmentTrace notReceived(List<Billing> invoices) {
        return new ShipmentTrace(false, List.of(), false, List.of(), false, invoices);
    }

    public boolean isEmpty() {
        return productionOrders.isEmpty() && deliveries.isEmpty() && invoices.isEmpty();
    }

    public record Order(long id, String number, OrderStatus status, LocalDate scheduledDate, Instant completedAt) {
    }

    public record Delivery(long id, String number, OutboundStatus status, String destinationName,
                           Instant dispatchedAt) {
    }

    public record Billing(long id, String number, InvoiceStatus status, LocalDate issueDate, BigDecimal total) {
    }
}
