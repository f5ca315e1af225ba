package ems.inventory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inventory drilldown: category → product → size variant, with a quantity per bucket and totals at
 * every level. Built in one pass over the balance rows, which arrive ordered.
 */
public record InventoryTree(List<Node> categories, Totals totals) {

    /** Quantities per bucket. */
    public static final class Totals {
        private final Map<Bucket, Long> byBucket = new EnumMap<>(Bucket.class);

        public long get(Bucket bucket) {
            return byBucket.getOrDefault(bucket, 0L);
        }

        public long all() {
            return byBucket.values().stream().mapToLong(Long::longValue).sum();
        }

        public long stamped() {
            return all() - get(Bucket.UNSTAMPED);
        }

        void add(Bucket bucket, long quantity) {
            byBucket.merge(bucket, quantity, Long::sum);
        }
    }

    /** A category, product or variant with its children (none for a variant). */
    public record Node(long id, String name, String sku, Totals totals, List<Node> children) {
    }

    public static InventoryTree of(List<InventoryRow> rows) {
        Map<Long, Node> categories = new LinkedHashMap<>();
        Map<Long, Node> products = new LinkedHashMap<>();
        Map<Long, Node> variants = new LinkedHashMap<>();
        Totals grand = new Totals();
        for (InventoryRow row : rows) {
            Node category = categories.computeIfAbsent(row.categoryId(),
                    id -> new Node(id, row.categoryName(), null, new Totals(), new ArrayList<>()));
            Node product = products.computeIfAbsent(row.productId(), id -> {
                Node node = new Node(id, row.productName(), null, new Totals(), new ArrayList<>());
                category.children().add(node);
                return node;
            });
            Node variant = variants.computeIfAbsent(row.variantId(), id -> {
                Node node = new Node(id, row.sizeLabel(), row.sku(), new Totals(), List.of());
                product.children().add(node);
                return node;
            });
            variant.totals().add(row.bucket(), row.quantity());
            product.totals().add(row.bucket(), row.quantity());
            category.totals().add(row.bucket(), row.quantity());
            grand.add(row.bucket(), row.quantity());
        }
        return new InventoryTree(List.copyOf(categories.values()), grand);
    }

    /** Stamped buckets that hold units, for showing a region column outside the consignee's footprint. */
    public boolean holds(Bucket bucket) {
        return totals.get(bucket) != 0;
    }
}
