package ems.admin.journey;

import static org.assertj.core.api.Assertions.assertThat;

import ems.admin.testing.DesktopJourney;
import ems.admin.testing.StageShots;
import ems.feedback.Feedback;
import ems.feedback.FeedbackRow;
import ems.staff.StaffRole;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A customer sends feedback in the portal; staff find it with the Customer badge and mark it reviewed. */
class FeedbackRoundTripIT extends DesktopJourney {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    protected StaffRole role() {
        return StaffRole.WAREHOUSE;
    }

    @Test
    void customerFeedbackReachesTheFeedbackModuleAndIsMarkedReviewed(FxRobot robot) {
        withPortal(customer -> {
            customer.get("/feedback?from=/inventory");
            assertThat(customer.post("/feedback", "category", "BUG", "message",
                    "The inventory total looks off by one case.", "page", "/inventory").status()).isEqualTo(303);
        });
        signIn(robot);
        robot.clickOn("#nav-feedback");
        until(() -> robot.lookup("#fb-table").queryAs(TableView.class).getItems().size() == 1, "the feedback list");
        FeedbackRow row = (FeedbackRow) robot.lookup("#fb-table").queryAs(TableView.class).getItems().get(0);
        assertThat(row.feedback().source()).isEqualTo(Feedback.Source.CUSTOMER);
        assertThat(row.consigneeCode()).isEqualTo("NLC");
        assertThat(row.feedback().authorName()).isEqualTo("Olive Ops");
        robot.clickOn("Customer");
        until(() -> !robot.lookup("#fb-reviewed").queryAs(javafx.scene.Node.class).isDisabled(), "the detail");
        StageShots.save(stage.getScene(), "desktop-12-feedback");
        robot.clickOn("#fb-reviewed");
        until(() -> desktopModel.feedback().list(null, null, Feedback.Status.REVIEWED, null, 5).size() == 1,
                "reviewed");
    }
}
