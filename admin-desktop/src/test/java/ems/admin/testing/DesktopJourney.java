package ems.admin.testing;

import ems.Model;
import ems.account.AccountRole;
import ems.account.NewPortalAccount;
import ems.admin.shell.AdminWindow;
import ems.admin.ui.FxUiExecutor;
import ems.consignee.Consignee;
import ems.db.DatabaseConfig;
import ems.i18n.Language;
import ems.portal.PortalServer;
import ems.portal.PortalSettings;
import ems.portal.testing.PortalClient;
import ems.staff.StaffRole;
import ems.testing.DbKind;
import ems.testing.ModelTest;
import ems.testing.TestDatabases;
import io.javalin.testtools.JavalinTest;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base of the journeys through the real desktop window: a fresh H2 database, a staff user of the
 * journey's role, consignee NLC with the primary portal account ops@nlc.test, and the desktop opened at
 * sign-in. The portal, when a journey needs it, is a second model on the same database — as the two
 * processes would be in production.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class DesktopJourney {

    protected static final String STAFF_EMAIL = "staff@w.test";
    protected static final String CUSTOMER_EMAIL = "ops@nlc.test";

    protected DatabaseConfig database;
    protected Model desktopModel;
    protected FxUiExecutor executor;
    protected Stage stage;
    protected Consignee consignee;

    /** Runs against a started portal; {@code customer} is already signed in as ops@nlc.test. */
    @FunctionalInterface
    protected interface PortalBody {
        void run(PortalClient customer) throws Exception;
    }

    protected abstract StaffRole role();

    /** Data the journey needs before the window opens. */
    protected void prepare() {
    }

    /**
     * Opens the window; each journey calls this from its own {@code @Start} method, because TestFX looks
     * for {@code @Start} on the test class itself, not on its superclasses.
     */
    protected void open(Stage stage) {
        this.stage = stage;
        database = TestDatabases.fresh(DbKind.H2);
        desktopModel = Model.open(database, Clock.systemUTC(), 4);
        desktopModel.staff().create(ModelTest.STAFF, STAFF_EMAIL, "Sam Staff", role(), ModelTest.PASSWORD, false);
        consignee = desktopModel.consignees().create(ModelTest.STAFF, ModelTest.consigneeForm("NLC", "Northern Lights"));
        desktopModel.portalAccounts().create(ModelTest.STAFF, new NewPortalAccount(consignee.id(), CUSTOMER_EMAIL,
                "Olive Ops", AccountRole.PRIMARY, Set.of(), ModelTest.PASSWORD, Language.EN), false);
        prepare();
        executor = new FxUiExecutor();
        new AdminWindow(desktopModel, executor, stage).showLogin();
    }

    @AfterEach
    void close() {
        executor.close();
        desktopModel.close();
    }

    /** Signs in through the login screen and waits for the main window's navigation. */
    protected void signIn(FxRobot robot) {
        robot.clickOn("#login-email").write(STAFF_EMAIL);
        robot.clickOn("#login-password").write(ModelTest.PASSWORD);
        robot.clickOn("#login-submit");
        until(() -> robot.lookup("#nav-consignees").tryQuery().isPresent(), "the main window");
    }

    /** Waits for something the UI does asynchronously; on timeout, saves what the window showed. */
    protected void until(Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
            // Let the FX thread finish laying out what it just showed before the robot touches it.
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            StageShots.save(stage.getScene(), "desktop-failure-" + getClass().getSimpleName());
            throw new AssertionError("gave up waiting for " + what, e);
        }
    }

    protected void withPortal(PortalBody body) {
        try (Model portalModel = Model.open(database, Clock.systemUTC(), 4)) {
            JavalinTest.test(PortalServer.create(portalModel, new PortalSettings(0, "http://localhost", null)),
                    (server, ignored) -> {
                        PortalClient customer = new PortalClient(server.port());
                        customer.signIn(CUSTOMER_EMAIL, ModelTest.PASSWORD);
                        body.run(customer);
                    });
        }
    }
}
