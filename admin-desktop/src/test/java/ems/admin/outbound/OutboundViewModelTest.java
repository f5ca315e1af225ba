package ems.admin.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import ems.admin.testing.DesktopTest;
import ems.consignee.Consignee;
import ems.consignee.Region;
import ems.inventory.Bucket;
import ems.outbound.DestinationKind;
import ems.outbound.OutboundStatus;
import ems.pdf.Letterhead;
import ems.testing.Catalogues;
import ems.testing.ModelTest;
import org.junit.jupiter.api.Test;

class OutboundViewModelTest extends DesktopTest {

    @Test
    void createsPicksPacksAndDispatchesAnOrderAndPreviewsItsDocuments() {
        Consignee nlc = model.consignees().create(session.actor(), ModelTest.consigneeForm("NLC", "Northern"));
        var size = Catalogues.sizes(model, session.actor(), nlc, "Blue Dream", "3.5 g").get(0);
        model.inventory().adjust(session.actor(), nlc.id(), size.id(), Bucket.ON, 20, "count");
        var vm = new OutboundViewModel(model.outbound(), model.consignees(), model.catalog(),
                Letterhead.fromEnvironment(), clock, session, executor, text);
        vm.refresh();
        vm.consigneeProperty().set(vm.consignees().get(0));
        vm.destinationNameProperty().set("LCBO Durham DC");
        vm.destinationAddressProperty().set("1 Distribution Way\nWhitby ON");
        vm.kindProperty().set(DestinationKind.PROVINCIAL_DISTRIBUTOR);
        vm.regionProperty().set(Region.ON);
        vm.carrierProperty().set("Purolator");
        vm.lineVariantProperty().set(vm.catalogue().get(0));
        vm.lineBucketProperty().set(Bucket.UNSTAMPED);
        vm.lineQuantityProperty().set("12");
        vm.addLine();
        vm.create();
        assertThat(vm.errors().field("lines").get()).as("a distributor takes stamped product")
                .startsWith("Lines must come from stock stamped");

        vm.newLines().clear();
        vm.lineBucketProperty().set(Bucket.ON);
        vm.lineQuantityProperty().set("25");
        vm.addLine();
        vm.create();
        assertThat(vm.errors().field("lines").get()).contains("20 on hand, 25 needed");

        vm.newLines().clear();
        vm.lineQuantityProperty().set("12");
        vm.lineCasesProperty().set("1");
        vm.addLine();
        vm.create();
        assertThat(vm.messageProperty().get()).contains("OUT-NLC-00001");
        vm.pick();
        vm.pack();
        vm.trackingProperty().set("PUR-1");
        vm.dispatch();
        assertThat(vm.detailProperty().get().order().status()).isEqualTo(OutboundStatus.DISPATCHED);
        assertThat(model.inventory().tree(nlc.scope()).totals().get(Bucket.ON)).isEqualTo(8);

        vm.previewBillOfLading();
        assertThat(vm.previewProperty().get()).hasSize(1);
        vm.locationProperty().set("Toronto hub");
        vm.recordEvent();
        vm.eventNoteProperty().set("Dock 4");
        vm.deliver();
        assertThat(vm.detailProperty().get().order().status()).isEqualTo(OutboundStatus.DELIVERED);
        var events = vm.detailProperty().get().events();
        assertThat(vm.eventText(events.get(0))).as("warehouse time (14:00 UTC is 9:00 in Toronto), not a raw instant")
                .contains("2026", "9:00", "Planned").doesNotContain(events.get(0).at().toString(), "14:00");
        assertThat(vm.eventText(events.get(events.size() - 1))).contains("Delivered", "Dock 4");
    }
}
