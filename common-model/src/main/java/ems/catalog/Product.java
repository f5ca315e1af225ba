package ems.catalog;

/** A product in one consignee's catalogue, e.g. "Blue Dream". */
public record Product(long id, long consigneeId, long categoryId, String name, boolean active) {
}
