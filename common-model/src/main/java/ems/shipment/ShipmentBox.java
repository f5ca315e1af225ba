package ems.shipment;

import java.math.BigDecimal;
import java.time.Instant;

/** One box of the manifest, with the product it holds. */
public record ShipmentBox(long id, long shipmentId, String label, long variantId, String productName,
                          String sizeLabel, String sku, String lot, int units, BigDecimal weightKg,
                          BoxCondition condition, Instant createdAt) {
}
