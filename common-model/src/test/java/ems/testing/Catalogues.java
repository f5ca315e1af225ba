package ems.testing;

import ems.Model;
import ems.audit.Actor;
import ems.catalog.Variant;
import ems.consignee.Consignee;
import java.util.ArrayList;
import java.util.List;

/** Small catalogues for tests: one product with the given sizes. */
public final class Catalogues {

    private Catalogues() {
    }

    public static List<Variant> sizes(Model model, Actor actor, Consignee consignee, String product, String... sizes) {
        long category = model.catalog().category(actor, "Dried flower").id();
        long productId = model.catalog().addProduct(actor, consignee.id(), category, product).id();
        List<Variant> variants = new ArrayList<>();
        for (String size : sizes) {
            String sku = (consignee.code() + "-" + product + "-" + size).replaceAll("[^A-Za-z0-9-]", "");
            variants.add(model.catalog().addVariant(actor, consignee.id(), productId, size, sku, null));
        }
        return variants;
    }
}
