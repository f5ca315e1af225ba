package ems.admin.access;

import ems.account.AccountRole;
import ems.account.PortalAccount;
import ems.account.Section;
import ems.admin.ui.Converters;
import ems.admin.ui.FormGrid;
import ems.admin.ui.Text;
import ems.consignee.Consignee;
import ems.i18n.Language;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Create Portal Account form. With {@code choices} the consignee is picked from a list (Settings →
 * Users); without, it is the consignee whose Portal Access tab this is.
 */
public final class NewPortalAccountView {

    private NewPortalAccountView() {
    }

    public static Node create(NewPortalAccountViewModel vm, Text text, ObservableList<Consignee> choices,
                              Consumer<PortalAccount> onCreated) {
        var errors = vm.errors();
        FormGrid form = new FormGrid();
        if (choices != null) {
            ComboBox<Consignee> consignee = new ComboBox<>();
            consignee.setId("access-consignee");
            consignee.setItems(choices);
            consignee.setCellFactory(list -> new ConsigneeCell());
            consignee.setButtonCell(new ConsigneeCell());
            consignee.valueProperty().bindBidirectional(vm.consigneeProperty());
            form.add(text.get("access.consignee"), consignee, errors.field("consignee"));
        } else {
            Label consignee = new Label();
            consignee.setId("access-consignee-name");
            consignee.getStyleClass().add("strong");
            consignee.textProperty().bind(vm.consigneeProperty().map(c -> c.legalName() + " (" + c.code() + ")"));
            form.add(text.get("access.consignee"), consignee, errors.field("consignee"));
        }
        TextField email = new TextField();
        email.setId("access-email");
        email.textProperty().bindBidirectional(vm.emailProperty());
        TextField name = new TextField();
        name.setId("access-name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        PasswordField password = new PasswordField();
        password.setId("access-password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        ComboBox<AccountRole> role = new ComboBox<>();
        role.setId("access-role");
        role.getItems().setAll(AccountRole.values());
        role.valueProperty().bindBidirectional(vm.roleProperty());
        role.setConverter(Converters.of(r -> text.get("role." + r.name())));
        ComboBox<Language> language = new ComboBox<>();
        language.getItems().setAll(Language.values());
        language.valueProperty().bindBidirectional(vm.languageProperty());
        language.setConverter(Converters.of(l -> l == Language.FR ? "Français" : "English"));
        FlowPane sections = new FlowPane(10, 6);
        for (Section section : Section.values()) {
            CheckBox box = new CheckBox(text.get("section." + section.name()));
            box.selectedProperty().bindBidirectional(vm.sectionProperty(section));
            sections.getChildren().add(box);
        }
        sections.disableProperty().bind(vm.roleProperty().isNotEqualTo(AccountRole.SUB));
        form.add(text.get("access.email"), email, errors.field("email"))
                .add(text.get("access.name"), name, errors.field("name"))
                .add(text.get("access.initialPassword"), password, errors.field("password"))
                .add(text.get("access.role"), role, errors.field("role"))
                .add(text.get("access.sections"), sections, errors.field("sections"))
                .add(text.get("access.language"), language, null);
        CheckBox confirm = new CheckBox();
        confirm.setId("access-confirm");
        confirm.setWrapText(true);
        confirm.textProperty().bind(vm.confirmationText());
        confirm.selectedProperty().bindBidirectional(vm.confirmedProperty());
        confirm.getStyleClass().add("confirm");
        confirm.setMaxWidth(Double.MAX_VALUE);
        Button save = new Button(text.get("access.createButton"));
        save.setId("access-create");
        save.disableProperty().bind(vm.canCreate().not());
        save.setOnAction(e -> vm.create(onCreated));
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label general = new Label();
        general.getStyleClass().add("error");
        general.textProperty().bind(errors.general());
        Label created = new Label();
        created.setId("access-created");
        created.getStyleClass().add("ok");
        created.setWrapText(true);
        created.textProperty().bind(vm.createdProperty());
        form.addWide(new VBox(8, confirm, new HBox(12, save, created, general)));
        TitledPane pane = new TitledPane(text.get("access.createTitle"), form.node());
        pane.setExpanded(true);
        return pane;
    }

    static final class ConsigneeCell extends ListCell<Consignee> {
        @Override
        protected void updateItem(Consignee item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.legalName() + " (" + item.code() + ")");
        }
    }
}
