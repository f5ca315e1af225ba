package ems.shipment;

/** A product size the consignee said the shipment carries, with the expected quantity. */
public record ShipmentLine(long id, long shipmentId, long variantId, String productName, String sizeLabel,
                           String sku, int quantity) {
}
