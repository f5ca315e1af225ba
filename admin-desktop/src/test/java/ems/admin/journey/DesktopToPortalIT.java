package ems.admin.journey;

import static org.assertj.core.api.Assertions.assertThat;

import ems.Model;
import ems.admin.shell.AdminWindow;
import ems.admin.testing.StageShots;
import ems.admin.ui.FxUiExecutor;
import ems.db.DatabaseConfig;
import ems.pdf.Letterhead;
import ems.portal.PortalServer;
import ems.portal.PortalSettings;
import ems.portal.testing.PortalClient;
import ems.staff.StaffRole;
import ems.testing.DbKind;
import ems.testing.ModelTest;
import ems.testing.TestDatabases;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Staff sign in to the real desktop UI, create a consignee and its portal account; the customer then
 * signs in to the portal — a separate model on the same database, as two processes would be.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopToPortalIT {

    private DatabaseConfig database;
    private Model desktopModel;
    private FxUiExecutor executor;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        database = TestDatabases.fresh(DbKind.H2);
        desktopModel = Model.open(database, Clock.systemUTC(), 4);
        desktopModel.staff().create(ModelTest.STAFF, "admin@w.test", "Ada Admin", StaffRole.ADMIN,
                ModelTest.PASSWORD, false);
        executor = new FxUiExecutor();
        new AdminWindow(desktopModel, executor, stage).showLogin();
    }

    @AfterEach
    void close() {
        executor.close();
        desktopModel.close();
    }

    private void waitUntil(FxRobot robot, String query, java.util.function.Predicate<Label> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> robot.lookup(query).tryQueryAs(Label.class).filter(condition).isPresent());
            WaitForAsyncUtils.waitForFxEvents();
        } catch (java.util.concurrent.TimeoutException e) {
            StageShots.save(stage.getScene(), "desktop-failure");
            String shown = robot.lookup(".error").queryAllAs(Label.class).stream().map(Label::getText)
                    .filter(t -> !t.isEmpty()).toList().toString();
            throw new AssertionError("gave up waiting for " + query + "; messages on screen: " + shown, e);
        }
    }

    @Test
    void staffCreateAConsigneeAndAPortalAccountAndTheCustomerSignsIn(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#login-warehouse").queryAs(Label.class).getText())
                .as("the sign-in screen says whose warehouse this is").isEqualTo(Letterhead.fromEnvironment().name());
        StageShots.save(stage.getScene(), "desktop-00-sign-in");
        robot.clickOn("#login-email").write("admin@w.test");
        robot.clickOn("#login-password").write(ModelTest.PASSWORD);
        robot.clickOn("#login-submit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#consignee-new").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        StageShots.save(stage.getScene(), "desktop-01-consignees");

        robot.clickOn("#consignee-new");
        robot.clickOn("#consignee-code").write("TLL");
        robot.clickOn("#consignee-legalName").write("Test Leaf Ltd.");
        robot.clickOn("#consignee-billingAddress").write("9 Quai Ouest, Lévis QC");
        robot.clickOn("#consignee-shippingAddress").write("9 Quai Ouest, Lévis QC");
        robot.clickOn("#consignee-contactEmail").write("ops@testleaf.test");
        robot.clickOn("#consignee-region-QC");
        robot.clickOn("#consignee-save");
        waitUntil(robot, "#consignee-saved", l -> !l.getText().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#consignee-table")
                .queryAs(TableView.class).getItems().size() == 1);
        StageShots.save(stage.getScene(), "desktop-02-consignee-saved");

        robot.clickOn("Portal Access");
        assertThat(robot.lookup("#access-consignee-name").queryAs(Label.class).getText())
                .isEqualTo("Test Leaf Ltd. (TLL)");
        robot.clickOn("#access-email").write("buyer@testleaf.test");
        robot.clickOn("#access-name").write("Théo Buyer");
        robot.clickOn("#access-password").write("first secret 123");
        assertThat(robot.lookup("#access-create").queryButton().isDisabled()).as("not yet confirmed").isTrue();
        robot.clickOn("#access-confirm");
        robot.clickOn("#access-create");
        waitUntil(robot, "#access-created", l -> !l.getText().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#access-table")
                .queryAs(TableView.class).getItems().size() == 1);
        assertThat(Files.size(StageShots.save(stage.getScene(), "desktop-03-portal-access"))).isPositive();

        try (Model portalModel = Model.open(database, Clock.systemUTC(), 4)) {
            JavalinTest.test(PortalServer.create(portalModel, new PortalSettings(0, "http://localhost", null)),
                    (server, ignored) -> {
                        PortalClient customer = new PortalClient(server.port());
                        assertThat(customer.signIn("buyer@testleaf.test", "first secret 123").location())
                                .isEqualTo("/password");
                        customer.get("/password");
                        customer.post("/password", "newPassword", "my own secret 456",
                                "newPasswordConfirm", "my own secret 456");
                        var dashboard = customer.get("/");
                        assertThat(dashboard.status()).isEqualTo(200);
                        assertThat(dashboard.html().select("h1").text()).isEqualTo("Test Leaf Ltd.");
                    });
        }
    }
}
