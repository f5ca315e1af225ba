package ems.admin.journey;

import static org.assertj.core.api.Assertions.assertThat;

import ems.Model;
import ems.admin.shell.AdminWindow;
import ems.admin.testing.StageShots;
import ems.admin.ui.FxUiExecutor;
import ems.consignee.Consignee;
import ems.db.DatabaseConfig;
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
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Staff draft an invoice, see live totals, issue it and preview the PDF; the customer's portal lists it. */
@ExtendWith(ApplicationExtension.class)
class InvoiceToPortalIT {

    private DatabaseConfig database;
    private Model desktopModel;
    private FxUiExecutor executor;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        database = TestDatabases.fresh(DbKind.H2);
        desktopModel = Model.open(database, Clock.systemUTC(), 4);
        desktopModel.staff().create(ModelTest.STAFF, "acct@w.test", "Ana Accounting", StaffRole.ACCOUNTING,
                ModelTest.PASSWORD, false);
        Consignee c = desktopModel.consignees().create(ModelTest.STAFF, ModelTest.consigneeForm("NLC", "Northern Lights"));
        desktopModel.portalAccounts().create(ModelTest.STAFF, new ems.account.NewPortalAccount(c.id(),
                "ops@nlc.test", "Ops", ems.account.AccountRole.PRIMARY, java.util.Set.of(), ModelTest.PASSWORD,
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
            StageShots.save(stage.getScene(), "desktop-failure-invoice");
            throw new AssertionError("gave up waiting for " + what, e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffDraftAndIssueAnInvoiceThePreviewShowsPageOneAndThePortalListsIt(FxRobot robot) {
        robot.clickOn("#login-email").write("acct@w.test");
        robot.clickOn("#login-password").write(ModelTest.PASSWORD);
        robot.clickOn("#login-submit");
        until(() -> robot.lookup("#nav-invoices").tryQuery().isPresent(), "the main window");
        robot.clickOn("#nav-invoices");
        until(() -> !robot.lookup("#inv-consignee").queryAs(ComboBox.class).getItems().isEmpty(), "consignees");
        ComboBox<Consignee> consignee = robot.lookup("#inv-consignee").queryAs(ComboBox.class);
        robot.interact(() -> consignee.setValue(consignee.getItems().get(0)));
        robot.clickOn("#inv-new");
        until(() -> robot.lookup("#inv-heading").queryAs(Label.class).getText().contains("Draft"), "the new draft");

        robot.clickOn("#inv-line-description").write("Storage, pallet-months");
        robot.clickOn("#inv-line-quantity").write("12.5");
        robot.clickOn("#inv-line-price").write("18.4049");
        robot.clickOn("#inv-add-line");
        until(() -> robot.lookup("#inv-line-error").queryAs(Label.class).getText().contains("2 decimals"),
                "the four-decimal price refused");
        robot.doubleClickOn("#inv-line-price").eraseText(10).write("18.40");
        robot.clickOn("#inv-add-line");
        until(() -> robot.lookup("#inv-totals").queryAs(Label.class).getText().contains("$259.90"),
                "live totals: 230.00 + HST 29.90");
        StageShots.save(stage.getScene(), "desktop-10-invoice-draft");

        robot.clickOn("#inv-issue");
        until(() -> robot.lookup("#inv-message").queryAs(Label.class).getText().contains("INV-NLC-00001"), "issued");
        robot.clickOn("PDF preview");
        until(() -> !robot.lookup("#inv-preview").queryAs(VBox.class).getChildren().isEmpty(), "the preview");
        StageShots.save(stage.getScene(), "desktop-11-invoice-preview");

        try (Model portalModel = Model.open(database, Clock.systemUTC(), 4)) {
            JavalinTest.test(PortalServer.create(portalModel, new PortalSettings(0, "http://localhost", null)),
                    (server, ignored) -> {
                        PortalClient customer = new PortalClient(server.port());
                        customer.signIn("ops@nlc.test", ModelTest.PASSWORD);
                        var list = customer.get("/invoices");
                        assertThat(list.html().select("table.invoices tbody tr").text())
                                .contains("INV-NLC-00001", "$259.90");
                    });
        }
    }
}
