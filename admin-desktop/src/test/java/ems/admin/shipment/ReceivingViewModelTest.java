package ems.admin.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import ems.admin.testing.DesktopTest;
import ems.catalog.CatalogRow;
import ems.consignee.Consignee;
import ems.inventory.Bucket;
import ems.shipment.NewShipment;
import ems.shipment.Phase;
import ems.shipment.Shipment;
import ems.testing.Catalogues;
import ems.testing.ModelTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceivingViewModelTest extends DesktopTest {

    @Test
    void boxesAreEnteredAgainstTheExpectedLinesAndCompletionPostsThem() {
        Consignee nlc = model.consignees().create(session.actor(), ModelTest.consigneeForm("NLC", "Northern"));
        var sizes = Catalogues.sizes(model, session.actor(), nlc, "Blue Dream", "3.5 g", "28 g");
        Shipment s = model.shipments().create(session.actor(), new NewShipment(nlc.id(), "UPS", "1Z", "Sudbury",
                LocalDate.of(2026, 3, 9), List.of(new NewShipment.ExpectedLine(sizes.get(0).id(), 100),
                        new NewShipment.ExpectedLine(sizes.get(1).id(), 10))));
        while (s.phase() != Phase.RECEIVING) {
            s = model.shipments().changePhase(session.actor(), s.id(), s.version(), s.phase().next(), "");
        }
        long id = s.id();
        var vm = new ReceivingViewModel(model.shipments(), model.catalog(), session, executor, text);
        Runnable reload = () -> vm.show(model.shipments().detailForStaff(id));
        reload.run();
        assertThat(vm.openProperty().get()).isTrue();
        CatalogRow small = vm.catalogue().stream().filter(r -> r.sizeLabel().equals("3.5 g")).findFirst().orElseThrow();

        vm.labelProperty().set("BX-009");
        vm.variantProperty().set(small);
        vm.unitsProperty().set("lots");
        vm.weightProperty().set("heavy");
        vm.addBox(reload);
        assertThat(vm.errors().field("units").get()).startsWith("Enter a whole number");
        assertThat(vm.errors().field("weight").get()).startsWith("Enter a weight");

        vm.unitsProperty().set("60");
        vm.weightProperty().set("4,5");
        vm.addBox(reload);
        assertThat(vm.labelProperty().get()).as("the next label is suggested").isEqualTo("BX-010");
        vm.unitsProperty().set("60");
        vm.weightProperty().set("4.5");
        vm.addBox(reload);

        assertThat(vm.boxes()).hasSize(2);
        assertThat(vm.comparison()).extracting(r -> r.sizeLabel() + (r.isOver() ? " over " : r.isShort() ? " short " : " ok ")
                + Math.abs(r.difference())).containsExactlyInAnyOrder("3.5 g over 20", "28 g short 10");

        vm.complete(done -> reload.run());
        assertThat(vm.messageProperty().get()).isEqualTo(s.number() + " received: 120 units posted to Unstamped.");
        assertThat(vm.openProperty().get()).isFalse();
        assertThat(model.inventory().tree(nlc.scope()).totals().get(Bucket.UNSTAMPED)).isEqualTo(120);
        vm.complete(done -> { });
        assertThat(vm.errors().field("phase").get()).isEqualTo("Receiving for this shipment is already complete.");
    }

    @Test
    void nextLabelCountsUpKeepingTheZeroPadding() {
        assertThat(ReceivingViewModel.nextLabel("BX-009")).isEqualTo("BX-010");
        assertThat(ReceivingViewModel.nextLabel("A99")).isEqualTo("A100");
        assertThat(ReceivingViewModel.nextLabel("PALLET")).isEqualTo("PALLET");
    }
}
