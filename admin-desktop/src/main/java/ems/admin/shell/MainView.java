package ems.admin.shell;

import ems.admin.ui.StaffSession;
import ems.admin.ui.Text;
import ems.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The main window: a header, the navigation on the left and one screen at a time. */
final class MainView {

    private final BorderPane root = new BorderPane();
    private final VBox nav = new VBox(4);
    private final ToggleGroup group = new ToggleGroup();
    private final List<Supplier<Parent>> screens = new ArrayList<>();
    private final List<ToggleButton> buttons = new ArrayList<>();
    private final Text text;

    MainView(Text text, StaffSession session, BiConsumer<StaffSession, Language> switchLanguage,
             Runnable signOut) {
        this.text = text;
        Label title = new Label(text.get("app.title"));
        title.getStyleClass().add("app-title");
        Label who = new Label(session.user().name() + " · " + session.user().role());
        Button language = new Button(text.language() == Language.EN ? "Français" : "English");
        language.setId("switch-language");
        language.setOnAction(e -> switchLanguage.accept(session,
                text.language() == Language.EN ? Language.FR : Language.EN));
        Button out = new Button(text.get("action.signOut"));
        out.setId("sign-out");
        out.setOnAction(e -> signOut.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, who, language, out);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 8, 12));
        header.getStyleClass().add("header");
        nav.setPadding(new Insets(10));
        nav.setPrefWidth(190);
        nav.getStyleClass().add("nav");
        root.setTop(header);
        root.setLeft(nav);
    }

    ToggleButton addScreen(String labelKey, Supplier<Parent> screen) {
        int index = screens.size();
        screens.add(screen);
        ToggleButton button = new ToggleButton(text.get(labelKey));
        button.setId(labelKey.replace('.', '-'));
        button.setToggleGroup(group);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(e -> open(index));
        buttons.add(button);
        nav.getChildren().add(button);
        return button;
    }

    /** Builds the screen afresh each time, so it shows current data. */
    void open(int index) {
        buttons.get(index).setSelected(true);
        root.setCenter(screens.get(index).get());
    }

    Parent node() {
        return root;
    }
}
