package ems.admin;

import ems.Model;
import ems.admin.shell.AdminWindow;
import ems.admin.ui.FxUiExecutor;
import ems.db.DatabaseConfig;
import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;

/** The staff desktop: opens the shared database (migrating it if needed) and shows the sign-in. */
public final class AdminApp extends Application {

    private Model model;
    private FxUiExecutor executor;

    @Override
    public void start(Stage stage) {
        model = Model.open(DatabaseConfig.fromEnvironment(System.getenv()), Clock.systemUTC(), 4);
        executor = new FxUiExecutor();
        new AdminWindow(model, executor, stage).showLogin();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
        if (model != null) {
            model.close();
        }
    }
}
