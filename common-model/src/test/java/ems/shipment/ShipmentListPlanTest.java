package ems.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import ems.Model;
import ems.db.Database;
import ems.testing.DbKind;
import ems.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * On H2, every list order the portal offers reads its index in order and stops after a page, instead of
 * sorting all of a consignee's shipments (the plan that took 6 s for a 133,000-shipment consignee).
 */
class ShipmentListPlanTest {

    @ParameterizedTest
    @EnumSource(ShipmentSort.class)
    void everyOrderOfAConsigneesListIsServedByASortedIndexOnH2(ShipmentSort sort) {
        try (Database db = Database.open(TestDatabases.fresh(DbKind.H2), 2)) {
            String plan = db.jdbi().withHandle(h -> new ShipmentListRepository(h, Model.ZONE, true)
                    .explain(42L, new ShipmentFilter(null, null, null, "", sort)));
            assertThat(plan).contains("/* index sorted */").doesNotContain("index sorted:");
        }
    }

    @ParameterizedTest
    @EnumSource(Phase.class)
    void thePhaseFilterOfTheNewestFirstListIsServedByTheSortedPhaseIndexOnH2(Phase phase) {
        try (Database db = Database.open(TestDatabases.fresh(DbKind.H2), 2)) {
            String plan = db.jdbi().withHandle(h -> new ShipmentListRepository(h, Model.ZONE, true)
                    .explain(42L, new ShipmentFilter(phase, null, null, "", ShipmentSort.NEWEST)));
            assertThat(plan).contains("shipment_consignee_phase_idx", "/* index sorted */");
        }
    }
}
