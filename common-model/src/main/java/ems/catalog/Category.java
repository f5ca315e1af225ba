package ems.catalog;

/** A product category of the warehouse's taxonomy, e.g. "Dried flower". */
public record Category(long id, String name) {
}
