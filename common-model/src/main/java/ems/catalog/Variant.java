package ems.catalog;

/** A size variant of a product, with its SKU (and GTIN when it has one): what is counted in inventory. */
public record Variant(long id, long consigneeId, long productId, String sizeLabel, String sku, String gtin,
                      boolean active) {
}
