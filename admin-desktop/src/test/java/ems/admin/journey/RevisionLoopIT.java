package ems.admin.journey;

import static org.assertj.core.api.Assertions.assertThat;

import ems.Model;
import ems.admin.testing.DesktopJourney;
import ems.admin.testing.StageShots;
import ems.catalog.Variant;
import ems.consignee.Region;
import ems.inventory.Bucket;
import ems.production.OrderStatus;
import ems.production.PoRequest;
import ems.production.PoStatus;
import ems.production.RequestFilter;
import ems.staff.StaffRole;
import ems.testing.Catalogues;
import ems.testing.ModelTest;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The revision loop across both apps: the customer submits in the portal, staff send it back in the
 * desktop, the customer resubmits, staff approve the resubmission and produce the order — each side
 * seeing what the other did.
 */
class RevisionLoopIT extends DesktopJourney {

    private List<Variant> sizes;

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
        sizes = Catalogues.sizes(desktopModel, ModelTest.STAFF, consignee, "Blue Dream", "3.5 g", "28 g");
        desktopModel.inventory().adjust(ModelTest.STAFF, consignee.id(), sizes.get(0).id(), Bucket.UNSTAMPED, 500,
                "opening count");
        desktopModel.inventory().adjust(ModelTest.STAFF, consignee.id(), sizes.get(1).id(), Bucket.UNSTAMPED, 40,
                "opening count");
        desktopModel.stamps().receive(ModelTest.STAFF, consignee.id(), Region.FEDERAL, 1_000, "CRA-1");
        desktopModel.stamps().receive(ModelTest.STAFF, consignee.id(), Region.ON, 1_000, "CRA-2");
    }

    private PoRequest request() {
        var row = desktopModel.productionRequests().page(consignee.scope(), RequestFilter.all(), null).rows().get(0);
        return desktopModel.productionRequests().detailForStaff(row.id()).request();
    }

    private static String cell(Variant v, Region r) {
        return "q_" + v.id() + "_" + r.name();
    }

    @Test
    void staffSendBackARequestAndApproveTheResubmissionThroughTheDesktop(FxRobot robot) {
        String from = LocalDate.now(ems.Model.ZONE).plusDays(10).toString();
        String to = LocalDate.now(ems.Model.ZONE).plusDays(17).toString();
        withPortal(customer -> {
                        customer.get("/production/requests/new");
                        assertThat(customer.post("/production/requests", "preferredFrom", from, "preferredTo", to,
                                "stampSequence", "Federal first", "note", "Spring restock",
                                cell(sizes.get(0), Region.FEDERAL), "300", cell(sizes.get(1), Region.ON), "60")
                                .status()).isEqualTo(303);

                        signIn(robot);
                        until(() -> robot.lookup("#nav-notifications").queryAs(javafx.scene.control.ToggleButton.class)
                                .getText().contains("(1)"), "the unread count in the navigation");
                        robot.clickOn("#nav-requests");
                        until(() -> robot.lookup("#queue-table").queryAs(TableView.class).getItems().size() == 1,
                                "the queue");
                        assertThat(robot.lookup("#queue-counts").queryAs(Label.class).getText()).contains("Submitted 1");
                        robot.clickOn(request().number());
                        until(() -> robot.lookup("#queue-heading").queryAs(Label.class).getText()
                                .startsWith(request().number()), "the review");
                        TableView<?> lines = robot.lookup("#queue-lines").queryAs(TableView.class);
                        assertThat(lines.getItems()).hasSize(2);
                        assertThat(robot.lookup("#queue-shortage").queryAs(Label.class).getText())
                                .as("28 g: 60 wanted, 40 unstamped").contains("short");
                        var cells = robot.lookup("#queue-lines .table-cell")
                                .queryAllAs(javafx.scene.control.TableCell.class).stream()
                                .filter(c -> c.getText() != null && c.getText().startsWith("Blue Dream")).toList();
                        assertThat(cells).as("product cells").isNotEmpty().allSatisfy(c -> assertThat(c.getTooltip())
                                .as("a cut-short value can be read whole").isNotNull()
                                .extracting(javafx.scene.control.Tooltip::getText).isEqualTo(c.getText()));
                        StageShots.save(stage.getScene(), "desktop-06-po-review");

                        robot.clickOn("#queue-send-back");
                        until(() -> robot.lookup("#queue-error").queryAs(Label.class).getText().contains("note"),
                                "the note is required");
                        robot.clickOn("#queue-note").write("Only 40 of the 28 g are unstamped; please reduce Ontario.");
                        robot.clickOn("#queue-send-back");
                        until(() -> request().status() == PoStatus.REVISION_REQUESTED, "the send-back");
                        until(() -> robot.lookup("#queue-table").queryAs(TableView.class).getItems().isEmpty(),
                                "the request leaving the Submitted queue");

                        var page = customer.get("/production/requests/" + request().id());
                        assertThat(page.html().select(".callout.attention").text()).contains("please reduce Ontario");
                        assertThat(customer.post("/production/requests/" + request().id() + "/resubmit",
                                "version", String.valueOf(request().version()), "preferredFrom", from,
                                "preferredTo", to, "stampSequence", "Federal first", "note", "Reduced to 40",
                                cell(sizes.get(0), Region.FEDERAL), "300", cell(sizes.get(1), Region.ON), "40")
                                .status()).isEqualTo(303);

                        robot.clickOn("#queue-apply");
                        until(() -> robot.lookup("#queue-table").queryAs(TableView.class).getItems().size() == 1,
                                "the resubmission in the queue");
                        robot.clickOn(request().number());
                        until(() -> robot.lookup("#queue-heading").queryAs(Label.class).getText().contains("Submitted")
                                && robot.lookup("#queue-revisions").queryAs(TextArea.class).getText()
                                .contains("Changes from revision 1"), "the resubmitted review");
                        assertThat(robot.lookup("#queue-revisions").queryAs(TextArea.class).getText())
                                .contains("Changed Blue Dream 28 g · Ontario: 60 → 40 (-20)");
                        assertThat(robot.lookup("#queue-shortage").queryAs(Label.class).getText()).isEmpty();
                        robot.clickOn("Revisions");
                        StageShots.save(stage.getScene(), "desktop-07-po-revisions");
                        robot.clickOn("#queue-approve");
                        until(() -> request().status() == PoStatus.APPROVED, "the approval");

                        var approved = customer.get("/production/requests/" + request().id());
                        assertThat(approved.html().select(".callout.good").text()).contains("PO-NLC-00001");
                        assertThat(approved.html().select("details.revision")).hasSize(2);

                        robot.clickOn("#nav-orders");
                        until(() -> robot.lookup("#orders-table").queryAs(TableView.class).getItems().size() == 1,
                                "the production order");
                        robot.clickOn("PO-NLC-00001");
                        until(() -> !robot.lookup("#orders-schedule").queryAs(javafx.scene.Node.class).isDisabled(),
                                "the order actions");
                        robot.interact(() -> robot.lookup("#orders-date").queryAs(DatePicker.class)
                                .setValue(LocalDate.now(ems.Model.ZONE).plusDays(12)));
                        robot.clickOn("#orders-schedule");
                        until(() -> robot.lookup("#orders-heading").queryAs(Label.class).getText().endsWith("Scheduled"),
                                "scheduled");
                        robot.clickOn("#orders-start");
                        until(() -> robot.lookup("#orders-heading").queryAs(Label.class).getText()
                                .endsWith("In production"), "started");
                        robot.clickOn("#orders-complete");
                        until(() -> robot.lookup("#orders-heading").queryAs(Label.class).getText().endsWith("Completed"),
                                "completed");
                        StageShots.save(stage.getScene(), "desktop-08-order-completed");
                        var order = desktopModel.productionOrders().work(OrderStatus.COMPLETED, consignee.id(), 5);
                        assertThat(order).hasSize(1);
                        assertThat(order.get(0).produced()).isEqualTo(340);
                        assertThat(desktopModel.stamps().stock(consignee.id())).containsEntry(Region.FEDERAL, 700L)
                                .containsEntry(Region.ON, 960L);
                        assertThat(customer.get("/inventory").html().select(".inv-total").text()).contains("540");

                        robot.clickOn("#nav-notifications");
                        until(() -> robot.lookup("#outbox-table").queryAs(TableView.class).getItems().size() >= 4,
                                "the outbox");
                        StageShots.save(stage.getScene(), "desktop-09-notifications");
                        robot.clickOn("#notifications-mark-all");
                        until(() -> robot.lookup("#nav-notifications").queryAs(javafx.scene.control.ToggleButton.class)
                                .getText().equals("Notifications"), "all read");
        });
    }
}
