package ems.admin;

import javafx.application.Application;

/**
 * Entry point. A separate class from {@link AdminApp} so the JavaFX jars can sit on the plain class path
 * (a main class that extends Application would demand the JavaFX modules).
 */
public final class AdminMain {

    private AdminMain() {
    }

    public static void main(String[] args) {
        Application.launch(AdminApp.class, args);
    }
}
