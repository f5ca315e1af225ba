package ems.stamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ems.consignee.Consignee;
import ems.consignee.Region;
import ems.error.ValidationException;
import ems.testing.ModelTest;
import org.junit.jupiter.api.Test;

class StampServiceIT extends ModelTest {

    @Test
    void receivedStampsAreOnHandPerRegionAndLedgered() {
        Consignee nlc = consignee("NLC");

        model.stamps().receive(STAFF, nlc.id(), Region.QC, 5_000, "CRA delivery 2026-114");
        model.stamps().receive(STAFF, nlc.id(), Region.QC, 1_000, "CRA delivery 2026-120");
        model.stamps().adjust(STAFF, nlc.id(), Region.QC, -20, "Torn roll");

        assertThat(model.stamps().stock(nlc.id())).containsEntry(Region.QC, 5_980L).containsEntry(Region.ON, 0L);
        assertThat(model.stamps().recent(nlc.id(), 10)).extracting(StampMovement::delta).containsExactly(-20L, 1_000L, 5_000L);
        assertThat(model.audit().newestForConsignee(nlc.id(), 1).get(0).summary()).isEqualTo("QC -20: Torn roll");
    }

    @Test
    void stockNeverGoesBelowZeroAndBadInputIsRefused() {
        Consignee nlc = consignee("NLC");
        model.stamps().receive(STAFF, nlc.id(), Region.ON, 10, "REF-1");

        assertThatThrownBy(() -> model.stamps().adjust(STAFF, nlc.id(), Region.ON, -11, "Miscount"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorFor("quantity").key())
                        .isEqualTo("error.stamps.insufficient"));
        assertThatThrownBy(() -> model.stamps().receive(STAFF, nlc.id(), Region.ON, 0, "")).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.errors()).extracting(err -> err.field())
                        .containsExactlyInAnyOrder("quantity", "reference"));
        assertThatThrownBy(() -> model.stamps().adjust(STAFF, nlc.id(), Region.ON, 5, " "))
                .isInstanceOf(ValidationException.class);
        assertThat(model.stamps().stock(nlc.id())).containsEntry(Region.ON, 10L);
        assertThat(model.stamps().recent(nlc.id(), 10)).hasSize(1);
    }

    @Test
    void aConsigneeCreatedAfterTheMigrationGetsItsStockRowsOnFirstUse() {
        Consignee fresh = consignee("NEW");

        model.stamps().receive(STAFF, fresh.id(), Region.MB, 3, "REF-9");

        assertThat(model.stamps().stock(fresh.id())).containsEntry(Region.MB, 3L);
    }
}
