package ems.admin.journey;

import static org.assertj.core.api.Assertions.assertThat;

import ems.Model;
import ems.admin.shell.AdminWindow;
import ems.admin.testing.StageShots;
import ems.admin.ui.FxUiExecutor;
import ems.consignee.Consignee;
import ems.db.DatabaseConfig;
import ems.feedback.Feedback;
import ems.feedback.FeedbackRow;
import ems.portal.PortalServer;
import ems.portal.PortalSettings;
import ems.portal.testing.PortalClient;
import ems.staff.StaffRole;
import ems.testing.DbKind;
import ems.testing.ModelTest;
import ems.testing.TestDatabases;
import io.javalin.testtools.JavalinTest;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A customer sends feedback in the portal; staff find it with the Customer badge and mark it reviewed. */
@ExtendWith(ApplicationExtension.class)
class FeedbackRoundTripIT {

    private DatabaseConfig database;
    private Model desktopModel;
    private FxUiExecutor executor;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        database = TestDatabases.fresh(DbKind.H2);
        desktopModel = Model.open(database, Clock.systemUTC(), 4);
        desktopModel.staff().create(ModelTest.STAFF, "clerk@w.test", "Cleo Clerk", StaffRole.WAREHOUSE,
                ModelTest.PASSWORD, false);
        Consignee c = desktopModel.consignees().create(ModelTest.STAFF, ModelTest.consigneeForm("NLC", "Northern Lights"));
        desktopModel.portalAccounts().create(ModelTest.STAFF, new ems.account.NewPortalAccount(c.id(),
                "ops@nlc.test", "Olive Ops", ems.account.AccountRole.PRIMARY, java.util.Set.of(), ModelTest.PASSWORD,
                ems.i18n.Language.EN), false);
        executor = new FxUiExecutor();
        new AdminWindow(desktopModel, executor, stage).showLogin();
    }

    @AfterEach
    void close() {
        executor.close();
        desktopModel.close();
    }

    private void until(Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            StageShots.save(stage.getScene(), "desktop-failure-feedback");
            throw new AssertionError("gave up waiting for " + what, e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void customerFeedbackReachesTheFeedbackModuleAndIsMarkedReviewed(FxRobot robot) {
        try (Model portalModel = Model.open(database, Clock.systemUTC(), 4)) {
            JavalinTest.test(PortalServer.create(portalModel, new PortalSettings(0, "http://localhost", null)),
                    (server, ignored) -> {
                        PortalClient customer = new PortalClient(server.port());
                        customer.signIn("ops@nlc.test", ModelTest.PASSWORD);
                        customer.get("/feedback?from=/inventory");
                        assertThat(customer.post("/feedback", "category", "BUG", "message",
                                "The inventory total looks off by one case.", "page", "/inventory").status())
                                .isEqualTo(303);
                    });
        }
        robot.clickOn("#login-email").write("clerk@w.test");
        robot.clickOn("#login-password").write(ModelTest.PASSWORD);
        robot.clickOn("#login-submit");
        until(() -> robot.lookup("#nav-feedback").tryQuery().isPresent(), "the main window");
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
