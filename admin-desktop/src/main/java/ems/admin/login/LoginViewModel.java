package ems.admin.login;

import ems.admin.ui.StaffSession;
import ems.admin.ui.Text;
import ems.admin.ui.UiExecutor;
import ems.staff.StaffService;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Staff sign-in. A refusal says the same thing whatever the reason. */
public final class LoginViewModel {

    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StaffService staff;
    private final UiExecutor executor;
    private final Text text;
    private final Consumer<StaffSession> onSignedIn;

    public LoginViewModel(StaffService staff, UiExecutor executor, Text text, Consumer<StaffSession> onSignedIn) {
        this.staff = staff;
        this.executor = executor;
        this.text = text;
        this.onSignedIn = onSignedIn;
    }

    public void signIn() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        String typedEmail = email.get();
        String typedPassword = password.get();
        executor.run(() -> staff.authenticate(typedEmail, typedPassword), found -> {
            busy.set(false);
            password.set("");
            if (found.isPresent()) {
                onSignedIn.accept(new StaffSession(found.get()));
            } else {
                error.set(text.get("login.failed"));
            }
        }, failure -> {
            busy.set(false);
            error.set(text.get("error.unexpected"));
        });
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
