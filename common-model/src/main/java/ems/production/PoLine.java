package ems.production;

import ems.consignee.Region;

/** A quantity of one product size to be stamped for one region. */
public record PoLine(long id, long revisionId, long variantId, String productName, String sizeLabel, String sku,
                     Region region, int quantity) {
}
