package ems.admin.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import ems.admin.testing.DesktopTest;
import ems.consignee.Consignee;
import ems.shipment.Phase;
import ems.testing.Catalogues;
import ems.testing.ModelTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ShipmentsViewModelTest extends DesktopTest {

    @Test
    void createsAShipmentAndMovesItAskingForAReasonOnlyWhenItSkips() {
        Consignee nlc = model.consignees().create(session.actor(), ModelTest.consigneeForm("NLC", "Northern"));
        Catalogues.sizes(model, session.actor(), nlc, "Blue Dream", "3.5 g");
        var list = new ShipmentsViewModel(model.shipments(), model.consignees(), session, executor, text);
        var creator = new NewShipmentViewModel(model.shipments(), model.catalog(), session, executor, text);
        list.refresh();

        creator.consigneeProperty().set(list.consignees().get(0));
        creator.carrierProperty().set("Purolator");
        creator.originProperty().set("Sudbury");
        creator.expectedArrivalProperty().set(LocalDate.of(2026, 3, 9));
        creator.lineVariantProperty().set(creator.catalogue().get(0));
        creator.lineQuantityProperty().set("0");
        creator.addLine();
        assertThat(creator.errors().field("lines").get()).startsWith("Enter a whole number from 1");
        creator.lineQuantityProperty().set("96");
        creator.addLine();
        creator.create(list::show);

        assertThat(list.items()).hasSize(1);
        assertThat(list.detailProperty().get().lines()).extracting(l -> l.quantity()).containsExactly(96);
        assertThat(list.targetPhaseProperty().get()).isEqualTo(Phase.IN_TRANSIT);

        list.targetPhaseProperty().set(Phase.RECEIVING);
        list.changePhase();
        assertThat(list.errors().field("note").get()).isEqualTo("Skipping a phase or going back needs a reason.");
        assertThat(list.detailProperty().get().shipment().phase()).isEqualTo(Phase.CREATED);

        list.noteProperty().set("Dropped off at the dock by the customer");
        list.changePhase();
        assertThat(list.detailProperty().get().shipment().phase()).isEqualTo(Phase.RECEIVING);
        assertThat(list.messageProperty().get()).endsWith("is now Receiving.");
        assertThat(list.detailProperty().get().timeline()).extracting(e -> e.kind()).containsExactly("CREATED", "SKIP");
    }
}
