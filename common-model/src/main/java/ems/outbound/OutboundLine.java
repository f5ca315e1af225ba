package ems.outbound;

import ems.inventory.Bucket;

public record OutboundLine(long id, long orderId, long variantId, String productName, String sizeLabel, String sku,
                           String gtin, Bucket bucket, int quantity, int cases) {
}
