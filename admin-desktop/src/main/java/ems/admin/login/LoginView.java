package ems.admin.login;

import ems.admin.ui.Text;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The sign-in screen: binding only. */
public final class LoginView {

    private LoginView() {
    }

    /** {@code warehouse} names whose workstation this is, so staff know which warehouse they sign in to. */
    public static Parent create(LoginViewModel vm, Text text, String warehouse) {
        Label title = new Label(text.get("login.title"));
        title.getStyleClass().add("title");
        TextField email = new TextField();
        email.setId("login-email");
        email.setPromptText(text.get("login.email"));
        email.textProperty().bindBidirectional(vm.emailProperty());
        PasswordField password = new PasswordField();
        password.setId("login-password");
        password.setPromptText(text.get("login.password"));
        password.textProperty().bindBidirectional(vm.passwordProperty());
        Label error = new Label();
        error.setId("login-error");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Button signIn = new Button(text.get("login.submit"));
        signIn.setId("login-submit");
        signIn.setDefaultButton(true);
        signIn.getStyleClass().add("primary");
        signIn.disableProperty().bind(vm.busyProperty());
        signIn.setOnAction(e -> vm.signIn());
        VBox box = new VBox(10, title, new Label(text.get("login.email")), email,
                new Label(text.get("login.password")), password, error, signIn);
        box.setMaxWidth(360);
        box.getStyleClass().add("login-card");
        box.setPadding(new Insets(32));
        box.setAlignment(Pos.CENTER_LEFT);
        VBox centre = new VBox(box);
        centre.setAlignment(Pos.CENTER);
        BorderPane outer = new BorderPane(centre);
        outer.setTop(header(text, warehouse));
        outer.getStyleClass().add("login");
        return outer;
    }

    private static HBox header(Text text, String warehouse) {
        Label app = new Label(text.get("app.title"));
        app.getStyleClass().add("app-title");
        Label where = new Label(warehouse);
        where.setId("login-warehouse");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, app, spacer, where);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(12, 16, 12, 16));
        header.getStyleClass().add("header");
        return header;
    }
}
