package ems.admin.users;

import ems.account.PortalAccountSummary;
import ems.admin.access.AccountTable;
import ems.admin.access.NewPortalAccountView;
import ems.admin.ui.FormGrid;
import ems.admin.ui.Text;
import ems.consignee.Consignee;
import ems.staff.StaffRole;
import ems.staff.StaffUser;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Settings → Users: portal accounts and staff users. */
public final class UsersView {

    private UsersView() {
    }

    public static Parent create(UsersViewModel vm, Text text) {
        TabPane tabs = new TabPane(new Tab(text.get("users.portalAccounts"), portalAccounts(vm, text)),
                new Tab(text.get("users.staffUsers"), staffUsers(vm, text)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        vm.refresh();
        return tabs;
    }

    private static Parent portalAccounts(UsersViewModel vm, Text text) {
        TextField search = new TextField();
        search.setId("users-search");
        search.setPromptText(text.get("users.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setOnAction(e -> vm.refresh());
        TableView<PortalAccountSummary> table = AccountTable.create(vm.accounts(), text, true);
        table.setId("users-table");
        table.getSelectionModel().selectedItemProperty().addListener((o, b, a) -> vm.selectedProperty().set(a));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, search, table);
        left.setPadding(new Insets(10));

        Label selected = new Label();
        selected.setId("users-selected");
        selected.getStyleClass().add("strong");
        selected.textProperty().bind(vm.selectedProperty().map(a -> a.email() + " — " + a.consigneeName())
                .orElse(text.get("users.selectAccount")));
        ComboBox<Consignee> target = new ComboBox<>(vm.consignees());
        target.setId("users-relinkTarget");
        target.setCellFactory(l -> new ConsigneeCell());
        target.setButtonCell(new ConsigneeCell());
        target.valueProperty().bindBidirectional(vm.relinkTargetProperty());
        Button relink = new Button(text.get("users.relink"));
        relink.setId("users-relink");
        relink.setOnAction(e -> vm.relink());
        PasswordField password = new PasswordField();
        password.setId("users-newPassword");
        password.textProperty().bindBidirectional(vm.newPasswordProperty());
        Button reset = new Button(text.get("users.resetPassword"));
        reset.setId("users-reset");
        reset.setOnAction(e -> vm.resetPassword());
        Button toggle = new Button();
        toggle.setId("users-toggleActive");
        toggle.textProperty().bind(vm.selectedProperty().map(a -> a.active() ? text.get("users.deactivate")
                : text.get("users.reactivate")).orElse(text.get("users.deactivate")));
        toggle.setOnAction(e -> vm.toggleActive());
        VBox actionsBox = new VBox(6);
        actionsBox.disableProperty().bind(vm.selectedProperty().isNull());
        FormGrid actions = new FormGrid()
                .add(text.get("users.account"), selected, null)
                .add(text.get("users.linkedTo"), new HBox(8, target, relink), vm.errors().field("consignee"))
                .add(text.get("users.newPassword"), new HBox(8, password, reset), vm.errors().field("password"))
                .add(text.get("users.state"), toggle, null);
        actionsBox.getChildren().add(actions.node());
        Label message = new Label();
        message.setId("users-message");
        message.getStyleClass().add("ok");
        message.textProperty().bind(vm.messageProperty());
        Label general = new Label();
        general.getStyleClass().add("error");
        general.textProperty().bind(vm.errors().general());
        VBox right = new VBox(10, new TitledPane(text.get("users.manage"), actionsBox), message, general,
                NewPortalAccountView.create(vm.creator(), text, vm.consignees(), a -> vm.refresh()));
        right.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.5);
        return split;
    }

    private static Parent staffUsers(UsersViewModel vm, Text text) {
        TableView<StaffUser> table = new TableView<>(vm.staffUsers());
        table.getColumns().add(column(text.get("access.email"), StaffUser::email, 240));
        table.getColumns().add(column(text.get("access.name"), StaffUser::name, 180));
        table.getColumns().add(column(text.get("users.staffRole"), u -> u.role().name(), 120));
        table.getColumns().add(column(text.get("access.state"),
                u -> u.active() ? text.get("state.active") : text.get("state.inactive"), 100));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button toggle = new Button(text.get("users.toggleStaff"));
        toggle.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        toggle.setOnAction(e -> vm.toggleStaffActive(table.getSelectionModel().getSelectedItem()));
        TextField email = new TextField();
        email.textProperty().bindBidirectional(vm.staffEmailProperty());
        TextField name = new TextField();
        name.textProperty().bindBidirectional(vm.staffNameProperty());
        ComboBox<StaffRole> role = new ComboBox<>();
        role.getItems().setAll(StaffRole.values());
        role.valueProperty().bindBidirectional(vm.staffRoleProperty());
        PasswordField password = new PasswordField();
        password.textProperty().bindBidirectional(vm.staffPasswordProperty());
        Button create = new Button(text.get("users.createStaff"));
        create.setOnAction(e -> vm.createStaff());
        Label general = new Label();
        general.getStyleClass().add("error");
        general.textProperty().bind(vm.staffErrors().general());
        FormGrid form = new FormGrid()
                .add(text.get("access.email"), email, vm.staffErrors().field("email"))
                .add(text.get("access.name"), name, vm.staffErrors().field("name"))
                .add(text.get("users.staffRole"), role, vm.staffErrors().field("role"))
                .add(text.get("access.initialPassword"), password, vm.staffErrors().field("password"))
                .addWide(new HBox(10, create, general));
        VBox box = new VBox(10, table, toggle, new TitledPane(text.get("users.newStaff"), form.node()));
        box.setPadding(new Insets(10));
        return box;
    }

    private static TableColumn<StaffUser, String> column(String title, Function<StaffUser, String> value, double w) {
        TableColumn<StaffUser, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(w);
        return column;
    }

    static final class ConsigneeCell extends ListCell<Consignee> {
        @Override
        protected void updateItem(Consignee item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.legalName() + " (" + item.code() + ")");
        }
    }
}
