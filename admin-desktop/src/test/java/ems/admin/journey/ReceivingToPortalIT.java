package ems.admin.journey;

import static org.assertj.core.api.Assertions.assertThat;

import ems.admin.testing.DesktopJourney;
import ems.admin.testing.StageShots;
import ems.catalog.CatalogRow;
import ems.consignee.Consignee;
import ems.shipment.Phase;
import ems.shipment.Shipment;
import ems.shipment.ShipmentFilter;
import ems.staff.StaffRole;
import ems.testing.Catalogues;
import ems.testing.ModelTest;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Staff create a shipment, move it to Receiving, receive two boxes and complete receiving through the
 * real desktop UI; the customer's portal then shows the new inventory.
 */
class ReceivingToPortalIT extends DesktopJourney {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    protected StaffRole role() {
        return StaffRole.WAREHOUSE;
    }

    @Override
    protected void prepare() {
        Catalogues.sizes(desktopModel, ModelTest.STAFF, consignee, "Blue Dream", "3.5 g", "28 g");
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String query, java.util.function.Predicate<T> which) {
        ComboBox<T> combo = robot.lookup(query).queryAs(ComboBox.class);
        T item = combo.getItems().stream().filter(which).findFirst().orElseThrow();
        robot.interact(() -> combo.setValue(item));
    }

    @Test
    void staffReceiveTwoBoxesAndTheCustomerSeesTheInventory(FxRobot robot) {
        signIn(robot);
        robot.clickOn("#nav-shipments");
        until(() -> robot.lookup("#ship-new-pane").tryQuery().isPresent(), "the shipments screen");

        robot.interact(() -> robot.lookup("#ship-new-pane").queryAs(TitledPane.class).setExpanded(true));
        choose(robot, "#ship-consignee", (Consignee c) -> c.code().equals("NLC"));
        robot.clickOn("#ship-carrier").write("Purolator");
        robot.clickOn("#ship-tracking").write("PUR-42");
        robot.clickOn("#ship-origin").write("Sudbury ON");
        robot.interact(() -> robot.lookup("#ship-arrival").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.of(2026, 12, 10)));
        until(() -> robot.lookup("#ship-line-variant").queryAs(ComboBox.class).getItems().size() == 2, "the catalogue");
        choose(robot, "#ship-line-variant", (CatalogRow r) -> r.sizeLabel().equals("3.5 g"));
        robot.clickOn("#ship-line-quantity").write("96");
        robot.clickOn("#ship-add-line");
        robot.clickOn("#ship-create");
        until(() -> !robot.lookup("#ship-created").queryAs(Label.class).getText().isEmpty(), "the new shipment");
        Shipment created = desktopModel.shipments().staffList(consignee.id(), ShipmentFilter.all(), 1).get(0);
        assertThat(created.expectedUnits()).isEqualTo(96);

        for (Phase next : new Phase[] {Phase.IN_TRANSIT, Phase.ARRIVED, Phase.RECEIVING}) {
            until(() -> robot.lookup("#ship-heading").queryAs(Label.class).getText().startsWith(created.number()),
                    "the shipment detail");
            choose(robot, "#ship-target-phase", (Phase p) -> p == next);
            robot.clickOn("#ship-move");
            until(() -> robot.lookup("#ship-heading").queryAs(Label.class).getText().endsWith(
                    robot.lookup("#ship-target-phase").queryAs(ComboBox.class).getConverter().toString(next)),
                    "phase " + next);
        }
        robot.clickOn("Receiving session");
        until(() -> !robot.lookup("#recv-label").queryAs(javafx.scene.Node.class).isDisabled(), "receiving open");

        robot.clickOn("#recv-label").write("BX-001");
        choose(robot, "#recv-variant", (CatalogRow r) -> r.sizeLabel().equals("3.5 g"));
        robot.clickOn("#recv-units").write("48");
        robot.clickOn("#recv-weight").write("3.2");
        robot.clickOn("#recv-add");
        until(() -> robot.lookup("#recv-boxes").queryAs(TableView.class).getItems().size() == 1, "box 1");
        robot.clickOn("#recv-units").write("50");
        robot.clickOn("#recv-weight").write("3.3");
        robot.clickOn("#recv-add");
        until(() -> robot.lookup("#recv-boxes").queryAs(TableView.class).getItems().size() == 2, "box 2");
        StageShots.save(stage.getScene(), "desktop-04-receiving");

        robot.clickOn("#recv-complete");
        until(() -> robot.lookup("#recv-message").queryAs(Label.class).getText().contains("received"), "completion");
        StageShots.save(stage.getScene(), "desktop-05-received");

        withPortal(customer -> {
                        var inventory = customer.get("/inventory");
                        assertThat(inventory.html().select(".inv-total").text()).contains("98");
                        var shipment = customer.get("/shipments/" + created.id());
                        assertThat(shipment.html().select("#manifest tbody tr")).hasSize(2);
                        assertThat(shipment.html().select(".phasebar li.current").text()).isEqualTo("Received");
        });
    }
}
