package ems.inventory;

/** One variant's balance in one bucket, with the names of its product and category: read in one query. */
public record InventoryRow(long categoryId, String categoryName, long productId, String productName,
                           long variantId, String sizeLabel, String sku, Bucket bucket, long quantity) {
}
