package ems.admin.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import ems.admin.testing.DesktopTest;
import ems.inventory.Bucket;
import ems.testing.Catalogues;
import ems.testing.ModelTest;
import org.junit.jupiter.api.Test;

class InventoryViewModelTest extends DesktopTest {

    @Test
    void adjustmentsNeedAReasonAndCannotTakeMoreThanIsOnHand() {
        var nlc = model.consignees().create(session.actor(), ModelTest.consigneeForm("NLC", "Northern"));
        Catalogues.sizes(model, session.actor(), nlc, "Blue Dream", "3.5 g");
        var vm = new InventoryViewModel(model.inventory(), model.consignees(), session, executor, text);
        vm.loadConsignees();
        vm.consigneeProperty().set(vm.consignees().get(0));
        var size = vm.treeProperty().get().categories().get(0).children().get(0).children().get(0);
        vm.variantProperty().set(size);

        vm.bucketProperty().set(Bucket.QC);
        vm.deltaProperty().set("+24");
        vm.adjust();
        assertThat(vm.errors().field("reason").get()).isEqualTo("This field is required.");

        vm.reasonProperty().set("Opening count");
        vm.adjust();
        assertThat(vm.treeProperty().get().totals().get(Bucket.QC)).isEqualTo(24);

        vm.deltaProperty().set("-30");
        vm.reasonProperty().set("Damaged");
        vm.adjust();
        assertThat(vm.errors().field("delta").get()).isEqualTo("Only 24 units are on hand; 30 are needed.");
        assertThat(vm.treeProperty().get().totals().get(Bucket.QC)).isEqualTo(24);
    }
}
