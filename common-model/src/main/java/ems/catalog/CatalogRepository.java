package ems.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Category.class)
@RegisterConstructorMapper(Product.class)
@RegisterConstructorMapper(Variant.class)
@RegisterConstructorMapper(CatalogRow.class)
public interface CatalogRepository {

    @SqlQuery("select * from product_category order by name")
    List<Category> categories();

    @SqlQuery("select * from product_category where lower(name) = lower(:name)")
    Optional<Category> categoryByName(@Bind("name") String name);

    @SqlUpdate("insert into product_category (name) values (:name)")
    @GetGeneratedKeys("id")
    long insertCategory(@Bind("name") String name);

    @SqlQuery("select * from product where consignee_id = :consigneeId and id = :id")
    Optional<Product> product(@Bind("consigneeId") long consigneeId, @Bind("id") long id);

    @SqlQuery("""
            select * from product
            where consignee_id = :consigneeId and category_id = :categoryId and lower(name) = lower(:name)
            """)
    Optional<Product> productByName(@Bind("consigneeId") long consigneeId, @Bind("categoryId") long categoryId,
                                    @Bind("name") String name);

    @SqlUpdate("""
            insert into product (consignee_id, category_id, name, active, created_at)
            values (:consigneeId, :categoryId, :name, true, :now)
            """)
    @GetGeneratedKeys("id")
    long insertProduct(@Bind("consigneeId") long consigneeId, @Bind("categoryId") long categoryId,
                       @Bind("name") String name, @Bind("now") Instant now);

    @SqlUpdate("update product set active = :active where consignee_id = :consigneeId and id = :id")
    int setProductActive(@Bind("consigneeId") long consigneeId, @Bind("id") long id, @Bind("active") boolean active);

    @SqlQuery("select * from product_variant where consignee_id = :consigneeId and id = :id")
    Optional<Variant> variant(@Bind("consigneeId") long consigneeId, @Bind("id") long id);

    @SqlQuery("select * from product_variant where consignee_id = :consigneeId and lower(sku) = lower(:sku)")
    Optional<Variant> variantBySku(@Bind("consigneeId") long consigneeId, @Bind("sku") String sku);

    @SqlQuery("""
            select * from product_variant
            where consignee_id = :consigneeId and product_id = :productId and lower(size_label) = lower(:size)
            """)
    Optional<Variant> variantBySize(@Bind("consigneeId") long consigneeId, @Bind("productId") long productId,
                                    @Bind("size") String sizeLabel);

    @SqlUpdate("""
            insert into product_variant (consignee_id, product_id, size_label, sku, gtin, active, created_at)
            values (:consigneeId, :productId, :size, :sku, :gtin, true, :now)
            """)
    @GetGeneratedKeys("id")
    long insertVariant(@Bind("consigneeId") long consigneeId, @Bind("productId") long productId,
                       @Bind("size") String sizeLabel, @Bind("sku") String sku, @Bind("gtin") String gtin,
                       @Bind("now") Instant now);

    @SqlUpdate("update product_variant set active = :active where consignee_id = :consigneeId and id = :id")
    int setVariantActive(@Bind("consigneeId") long consigneeId, @Bind("id") long id, @Bind("active") boolean active);

    /** The whole catalogue of one consignee in one query, ordered for display as a tree. */
    @SqlQuery("""
            select c.id as category_id, c.name as category_name, p.id as product_id, p.name as product_name,
                   p.active as product_active, v.id as variant_id, v.size_label, v.sku, v.gtin,
                   v.active as variant_active
            from product p
            join product_category c on c.id = p.category_id
            left join product_variant v on v.consignee_id = p.consignee_id and v.product_id = p.id
            where p.consignee_id = :consigneeId
            order by c.name, p.name, p.id, v.size_label, v.id
            """)
    List<CatalogRow> catalogue(@Bind("consigneeId") long consigneeId);
}
