package ems.admin.users;

import ems.account.PortalAccountService;
import ems.account.PortalAccountSummary;
import ems.admin.access.NewPortalAccountViewModel;
import ems.admin.ui.StaffSession;
import ems.admin.ui.Failures;
import ems.admin.ui.FormErrors;
import ems.admin.ui.Text;
import ems.admin.ui.UiExecutor;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeService;
import ems.staff.StaffRole;
import ems.staff.StaffService;
import ems.staff.StaffUser;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings → Users: every portal account and staff user. A portal account can be re-linked to another
 * consignee without recreating it, have its password reset, and be deactivated or reactivated.
 */
public final class UsersViewModel {

    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<PortalAccountSummary> accounts = FXCollections.observableArrayList();
    private final ObservableList<Consignee> consignees = FXCollections.observableArrayList();
    private final ObservableList<StaffUser> staffUsers = FXCollections.observableArrayList();
    private final ObjectProperty<PortalAccountSummary> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Consignee> relinkTarget = new SimpleObjectProperty<>();
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty staffEmail = new SimpleStringProperty("");
    private final StringProperty staffName = new SimpleStringProperty("");
    private final ObjectProperty<StaffRole> staffRole = new SimpleObjectProperty<>(StaffRole.WAREHOUSE);
    private final StringProperty staffPassword = new SimpleStringProperty("");
    private final PortalAccountService portalAccounts;
    private final ConsigneeService consigneeService;
    private final StaffService staff;
    private final StaffSession session;
    private final UiExecutor executor;
    private final Text text;
    private final FormErrors errors;
    private final FormErrors staffErrors;
    private final NewPortalAccountViewModel creator;

    public UsersViewModel(PortalAccountService portalAccounts, ConsigneeService consigneeService, StaffService staff,
                          StaffSession session, UiExecutor executor, Text text) {
        this.portalAccounts = portalAccounts;
        this.consigneeService = consigneeService;
        this.staff = staff;
        this.session = session;
        this.executor = executor;
        this.text = text;
        this.errors = new FormErrors(text);
        this.staffErrors = new FormErrors(text);
        this.creator = new NewPortalAccountViewModel(portalAccounts, session, executor, text);
        selected.addListener((obs, before, after) -> {
            errors.clear();
            message.set("");
            newPassword.set("");
            relinkTarget.set(after == null ? null : consignees.stream()
                    .filter(c -> c.id() == after.consigneeId()).findFirst().orElse(null));
        });
    }

    public void refresh() {
        String text = search.get();
        executor.run(() -> new Loaded(portalAccounts.search(text), consigneeService.search(""), staff.all()),
                loaded -> {
                    Long keep = selected.get() == null ? null : selected.get().id();
                    consignees.setAll(loaded.consignees());
                    accounts.setAll(loaded.accounts());
                    staffUsers.setAll(loaded.staff());
                    selected.set(keep == null ? null : loaded.accounts().stream().filter(a -> a.id() == keep)
                            .findFirst().orElse(null));
                }, failure -> Failures.show(failure, errors, this.text));
    }

    /** Links the selected account to {@link #relinkTargetProperty()}; its open sessions end. */
    public void relink() {
        PortalAccountSummary account = selected.get();
        Consignee target = relinkTarget.get();
        if (account == null || target == null || target.id() == account.consigneeId()) {
            errors.showGeneral(text.get("users.relinkChoose"));
            return;
        }
        executor.run(() -> portalAccounts.relink(session.actor(), account.id(), account.version(), target.id()),
                updated -> done(text.get("users.relinked", account.email(), target.legalName())),
                failure -> Failures.show(failure, errors, text));
    }

    public void resetPassword() {
        PortalAccountSummary account = selected.get();
        if (account == null) {
            return;
        }
        String password = newPassword.get();
        executor.runAction(() -> portalAccounts.resetPassword(session.actor(), account.id(), password),
                () -> done(text.get("users.passwordReset", account.email())),
                failure -> Failures.show(failure, errors, text));
    }

    public void toggleActive() {
        PortalAccountSummary account = selected.get();
        if (account == null) {
            return;
        }
        boolean activate = !account.active();
        executor.runAction(() -> portalAccounts.setActive(session.actor(), account.id(), activate),
                () -> done(text.get(activate ? "users.reactivated" : "users.deactivated", account.email())),
                failure -> Failures.show(failure, errors, text));
    }

    public void createStaff() {
        String email = staffEmail.get();
        String name = staffName.get();
        StaffRole role = staffRole.get();
        String password = staffPassword.get();
        executor.run(() -> staff.create(session.actor(), email, name, role, password, true), created -> {
            staffErrors.clear();
            staffEmail.set("");
            staffName.set("");
            staffPassword.set("");
            refresh();
        }, failure -> Failures.show(failure, staffErrors, text));
    }

    public void toggleStaffActive(StaffUser user) {
        if (user.id() == session.user().id()) {
            staffErrors.showGeneral(text.get("users.notYourself"));
            return;
        }
        executor.runAction(() -> staff.setActive(session.actor(), user.id(), !user.active()), this::refresh,
                failure -> Failures.show(failure, staffErrors, text));
    }

    private void done(String confirmation) {
        errors.clear();
        newPassword.set("");
        refresh();
        message.set(confirmation);
    }

    private record Loaded(List<PortalAccountSummary> accounts, List<Consignee> consignees, List<StaffUser> staff) {
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<PortalAccountSummary> accounts() {
        return accounts;
    }

    public ObservableList<Consignee> consignees() {
        return consignees;
    }

    public ObservableList<StaffUser> staffUsers() {
        return staffUsers;
    }

    public ObjectProperty<PortalAccountSummary> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Consignee> relinkTargetProperty() {
        return relinkTarget;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty staffEmailProperty() {
        return staffEmail;
    }

    public StringProperty staffNameProperty() {
        return staffName;
    }

    public ObjectProperty<StaffRole> staffRoleProperty() {
        return staffRole;
    }

    public StringProperty staffPasswordProperty() {
        return staffPassword;
    }

    public FormErrors errors() {
        return errors;
    }

    public FormErrors staffErrors() {
        return staffErrors;
    }

    public NewPortalAccountViewModel creator() {
        return creator;
    }
}
