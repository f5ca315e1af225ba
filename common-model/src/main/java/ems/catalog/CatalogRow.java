package ems.catalog;

/** One variant with its product and category names: a row of the catalogue tree, read in one query. */
public record CatalogRow(long categoryId, String categoryName, long productId, String productName,
                         boolean productActive, Long variantId, String sizeLabel, String sku, String gtin,
                         Boolean variantActive) {
}
