package ems.production;

import ems.consignee.Region;

/** A quantity of one size to stamp for one region, and how many were produced. */
public record OrderLine(long id, long orderId, long variantId, String productName, String sizeLabel, String sku,
                        Region region, int quantity, int produced) {
}
