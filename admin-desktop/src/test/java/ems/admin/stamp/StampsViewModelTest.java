package ems.admin.stamp;

import static org.assertj.core.api.Assertions.assertThat;

import ems.admin.testing.DesktopTest;
import ems.consignee.Region;
import ems.testing.ModelTest;
import org.junit.jupiter.api.Test;

class StampsViewModelTest extends DesktopTest {

    @Test
    void receivesADeliveryAndRefusesACorrectionBelowZero() {
        var nlc = model.consignees().create(session.actor(), ModelTest.consigneeForm("NLC", "Northern"));
        var vm = new StampsViewModel(model.stamps(), session, executor, text);
        vm.show(nlc);
        vm.regionProperty().set(Region.QC);

        vm.quantityProperty().set("500");
        vm.referenceProperty().set("CRA-2026-114");
        vm.record(true);
        assertThat(vm.stock()).contains(new StampsViewModel.Row(Region.QC, 500));
        assertThat(vm.messageProperty().get()).isEqualTo("Quebec: 500 recorded.");

        vm.quantityProperty().set("-600");
        vm.referenceProperty().set("Count");
        vm.record(false);
        assertThat(vm.errors().field("quantity").get()).isEqualTo("Only 500 stamps are on hand; 600 would be taken.");
        assertThat(vm.movements()).hasSize(1);
    }
}
