package ems.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ems.error.NotFoundException;
import ems.error.ValidationException;
import ems.testing.ModelTest;
import org.junit.jupiter.api.Test;

class CatalogServiceIT extends ModelTest {

    @Test
    void catalogueIsATreeOfCategoryProductAndVariantScopedToItsConsignee() {
        var nlc = consignee("NLC");
        var other = consignee("OTH");
        Category flower = model.catalog().category(STAFF, "Dried flower");
        Product blueDream = model.catalog().addProduct(STAFF, nlc.id(), flower.id(), "Blue Dream");
        model.catalog().addVariant(STAFF, nlc.id(), blueDream.id(), "3.5 g", "NLC-BD-35", "06212345678901");
        model.catalog().addVariant(STAFF, nlc.id(), blueDream.id(), "28 g", "NLC-BD-28", null);
        model.catalog().addProduct(STAFF, other.id(), flower.id(), "Other Flower");

        assertThat(model.catalog().catalogue(nlc.scope()))
                .extracting(r -> r.categoryName() + "/" + r.productName() + "/" + r.sizeLabel() + "/" + r.sku())
                .containsExactly("Dried flower/Blue Dream/28 g/NLC-BD-28", "Dried flower/Blue Dream/3.5 g/NLC-BD-35");
        assertThat(model.catalog().category(STAFF, "dried FLOWER").id()).isEqualTo(flower.id());
    }

    @Test
    void skuIsUniquePerConsigneeAndValidated() {
        var nlc = consignee("NLC");
        var other = consignee("OTH");
        long category = model.catalog().category(STAFF, "Vape").id();
        Product p = model.catalog().addProduct(STAFF, nlc.id(), category, "Cart");
        Product q = model.catalog().addProduct(STAFF, other.id(), category, "Cart");
        model.catalog().addVariant(STAFF, nlc.id(), p.id(), "1 g", "SKU-1", null);

        assertThatThrownBy(() -> model.catalog().addVariant(STAFF, nlc.id(), p.id(), "2 g", "sku-1", null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("sku").key()).isEqualTo("error.catalog.skuExists"));
        assertThat(model.catalog().addVariant(STAFF, other.id(), q.id(), "1 g", "SKU-1", null).sku()).isEqualTo("SKU-1");
        assertThatThrownBy(() -> model.catalog().addVariant(STAFF, nlc.id(), p.id(), "", "bad sku!", "12"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(err -> err.field()).containsExactlyInAnyOrder("sizeLabel", "sku", "gtin"));
    }

    @Test
    void aVariantCannotBeAddedToAnotherConsigneesProduct() {
        var nlc = consignee("NLC");
        var other = consignee("OTH");
        Product theirs = model.catalog().addProduct(STAFF, other.id(), model.catalog().category(STAFF, "Vape").id(),
                "Theirs");

        assertThatThrownBy(() -> model.catalog().addVariant(STAFF, nlc.id(), theirs.id(), "1 g", "X-1", null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void duplicateProductNameInTheSameCategoryIsRefused() {
        var nlc = consignee("NLC");
        long category = model.catalog().category(STAFF, "Vape").id();
        model.catalog().addProduct(STAFF, nlc.id(), category, "Cart");

        assertThatThrownBy(() -> model.catalog().addProduct(STAFF, nlc.id(), category, "CART"))
                .isInstanceOf(ValidationException.class);
    }
}
