package ems.catalog;

import ems.audit.Actor;
import ems.audit.AuditTrail;
import ems.consignee.ConsigneeRepository;
import ems.consignee.ConsigneeScope;
import ems.error.NotFoundException;
import ems.inventory.InventoryLedger;
import ems.error.Validation;
import ems.error.ValidationException;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Manages categories and each consignee's products and size variants. */
public final class CatalogService {

    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");
    private static final Pattern GTIN = Pattern.compile("\\d{8}|\\d{12,14}");

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;

    private final InventoryLedger ledger;

    public CatalogService(Jdbi jdbi, Clock clock, AuditTrail audit, InventoryLedger ledger) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.ledger = ledger;
    }

    public List<Category> categories() {
        return jdbi.withExtension(CatalogRepository.class, CatalogRepository::categories);
    }

    /** Returns the category of that name, creating it when new (names compare case-insensitively). */
    public Category category(Actor actor, String name) {
        Validation v = new Validation();
        String clean = v.text("category", name, 120);
        v.throwIfInvalid();
        return jdbi.inTransaction(h -> {
            CatalogRepository repo = h.attach(CatalogRepository.class);
            return repo.categoryByName(clean).orElseGet(() -> {
                long id = repo.insertCategory(clean);
                audit.record(h, actor, null, "category.created", "product_category", id, clean);
                return new Category(id, clean);
            });
        });
    }

    /** Every product of the consignee with its variants, ordered category → product → size. */
    public List<CatalogRow> catalogue(long consigneeId) {
        return jdbi.withExtension(CatalogRepository.class, r -> r.catalogue(consigneeId));
    }

    /** The portal's view of its own catalogue. */
    public List<CatalogRow> catalogue(ConsigneeScope scope) {
        return catalogue(scope.consigneeId());
    }

    /** @throws ValidationException on a blank or duplicate name, or an unknown category */
    public Product addProduct(Actor actor, long consigneeId, long categoryId, String name) {
        Validation v = new Validation();
        String clean = v.text("productName", name, 200);
        v.throwIfInvalid();
        return jdbi.inTransaction(h -> {
            requireConsignee(h, consigneeId);
            CatalogRepository repo = h.attach(CatalogRepository.class);
            if (repo.categories().stream().noneMatch(c -> c.id() == categoryId)) {
                throw ValidationException.of("category", "error.catalog.unknownCategory");
            }
            if (repo.productByName(consigneeId, categoryId, clean).isPresent()) {
                throw ValidationException.of("productName", "error.catalog.productExists");
            }
            long id = repo.insertProduct(consigneeId, categoryId, clean, clock.instant());
            audit.record(h, actor, consigneeId, "product.created", "product", id, clean);
            return repo.product(consigneeId, id).orElseThrow();
        });
    }

    /** @throws ValidationException on a bad size, SKU or GTIN, or a SKU already used by this consignee */
    public Variant addVariant(Actor actor, long consigneeId, long productId, String sizeLabel, String sku,
                              String gtin) {
        Validation v = new Validation();
        String size = v.text("sizeLabel", sizeLabel, 60);
        String cleanSku = v.text("sku", sku, 60);
        if (!cleanSku.isEmpty() && !v.hasError("sku")) {
            v.check(SKU.matcher(cleanSku).matches(), "sku", "error.catalog.sku");
        }
        String cleanGtin = v.optionalText("gtin", gtin, 14);
        if (!cleanGtin.isEmpty() && !v.hasError("gtin")) {
            v.check(GTIN.matcher(cleanGtin).matches(), "gtin", "error.catalog.gtin");
        }
        v.throwIfInvalid();
        return jdbi.inTransaction(h -> {
            CatalogRepository repo = h.attach(CatalogRepository.class);
            Product product = repo.product(consigneeId, productId)
                    .orElseThrow(() -> new NotFoundException("product", productId));
            if (repo.variantBySku(consigneeId, cleanSku).isPresent()) {
                throw ValidationException.of("sku", "error.catalog.skuExists");
            }
            if (repo.variantBySize(consigneeId, productId, size).isPresent()) {
                throw ValidationException.of("sizeLabel", "error.catalog.sizeExists");
            }
            long id = repo.insertVariant(consigneeId, productId, size, cleanSku,
                    cleanGtin.isEmpty() ? null : cleanGtin, clock.instant());
            ledger.openBalances(h, consigneeId, id);
            audit.record(h, actor, consigneeId, "variant.created", "product_variant", id,
                    product.name() + " " + size + " (" + cleanSku + ")");
            return repo.variant(consigneeId, id).orElseThrow();
        });
    }

    public void setProductActive(Actor actor, long consigneeId, long productId, boolean active) {
        jdbi.useTransaction(h -> {
            if (h.attach(CatalogRepository.class).setProductActive(consigneeId, productId, active) == 0) {
                throw new NotFoundException("product", productId);
            }
            audit.record(h, actor, consigneeId, active ? "product.activated" : "product.deactivated",
                    "product", productId, "");
        });
    }

    public void setVariantActive(Actor actor, long consigneeId, long variantId, boolean active) {
        jdbi.useTransaction(h -> {
            if (h.attach(CatalogRepository.class).setVariantActive(consigneeId, variantId, active) == 0) {
                throw new NotFoundException("variant", variantId);
            }
            audit.record(h, actor, consigneeId, active ? "variant.activated" : "variant.deactivated",
                    "product_variant", variantId, "");
        });
    }

    private static void requireConsignee(Handle h, long consigneeId) {
        h.attach(ConsigneeRepository.class).find(consigneeId)
                .orElseThrow(() -> new NotFoundException("consignee", consigneeId));
    }
}
