package ems.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ems.catalog.Variant;
import ems.consignee.Consignee;
import ems.error.ValidationException;
import ems.testing.Catalogues;
import ems.testing.ModelTest;
import org.junit.jupiter.api.Test;

class InventoryServiceIT extends ModelTest {

    @Test
    void adjustmentsNeedAReasonAreLedgeredAndNeverTakeABalanceBelowZero() {
        Consignee nlc = consignee("NLC");
        Variant variant = Catalogues.sizes(model, STAFF, nlc, "Blue Dream", "3.5 g").get(0);

        model.inventory().adjust(STAFF, nlc.id(), variant.id(), Bucket.ON, 40, "Opening count");
        assertThatThrownBy(() -> model.inventory().adjust(STAFF, nlc.id(), variant.id(), Bucket.ON, -41, "Damaged"))
                .isInstanceOfSatisfying(InsufficientStockException.class, e -> {
                    assertThat(e.available()).isEqualTo(40);
                    assertThat(e.requested()).isEqualTo(41);
                });
        assertThatThrownBy(() -> model.inventory().adjust(STAFF, nlc.id(), variant.id(), Bucket.ON, -1, " "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("reason").key()).isEqualTo("error.required"));
        assertThatThrownBy(() -> model.inventory().adjust(STAFF, nlc.id(), variant.id(), Bucket.ON, 0, "Nothing"))
                .isInstanceOf(ValidationException.class);
        model.inventory().adjust(STAFF, nlc.id(), variant.id(), Bucket.ON, -15, "Two cases damaged");

        assertThat(model.inventory().tree(nlc.scope()).totals().get(Bucket.ON)).isEqualTo(25);
        assertThat(model.inventory().recentMovements(nlc.id(), 10)).extracting(Movement::delta).containsExactly(-15, 40);
        assertThat(model.inventory().ledgerAgrees(nlc.id())).isTrue();
        assertThat(model.audit().newestForConsignee(nlc.id(), 1).get(0).summary()).isEqualTo("ON -15: Two cases damaged");
    }

    @Test
    void anotherConsigneesVariantCannotBeAdjusted() {
        Consignee nlc = consignee("NLC");
        Consignee other = consignee("OTH");
        Variant theirs = Catalogues.sizes(model, STAFF, other, "Theirs", "1 g").get(0);

        assertThatThrownBy(() -> model.inventory().adjust(STAFF, nlc.id(), theirs.id(), Bucket.UNSTAMPED, 5, "x"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("variant").key()).isEqualTo("error.inventory.unknownVariant"));
        assertThat(model.inventory().tree(other.scope()).totals().all()).isZero();
    }

    @Test
    void theDrilldownTotalsEveryLevel() {
        Consignee nlc = consignee("NLC");
        var sizes = Catalogues.sizes(model, STAFF, nlc, "Blue Dream", "3.5 g", "7 g");
        model.inventory().adjust(STAFF, nlc.id(), sizes.get(0).id(), Bucket.UNSTAMPED, 10, "count");
        model.inventory().adjust(STAFF, nlc.id(), sizes.get(0).id(), Bucket.QC, 3, "count");
        model.inventory().adjust(STAFF, nlc.id(), sizes.get(1).id(), Bucket.UNSTAMPED, 5, "count");

        InventoryTree tree = model.inventory().tree(nlc.scope());

        var category = tree.categories().get(0);
        var product = category.children().get(0);
        assertThat(product.totals().get(Bucket.UNSTAMPED)).isEqualTo(15);
        assertThat(category.totals().get(Bucket.QC)).isEqualTo(3);
        assertThat(tree.totals().all()).isEqualTo(18);
        assertThat(tree.totals().stamped()).isEqualTo(3);
        assertThat(product.children()).extracting(InventoryTree.Node::name).containsExactly("3.5 g", "7 g");
    }
}
