package ems.admin.access;

import ems.account.AccountRole;
import ems.account.NewPortalAccount;
import ems.account.PortalAccount;
import ems.account.PortalAccountService;
import ems.account.Section;
import ems.admin.ui.StaffSession;
import ems.admin.ui.Failures;
import ems.admin.ui.FormErrors;
import ems.admin.ui.Text;
import ems.admin.ui.UiExecutor;
import ems.consignee.Consignee;
import ems.i18n.Language;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Create Portal Account. The consignee the account links to decides what the customer sees, so its
 * name is shown and must be confirmed before saving; changing the consignee withdraws the confirmation.
 */
public final class NewPortalAccountViewModel {

    private final ObjectProperty<Consignee> consignee = new SimpleObjectProperty<>();
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<AccountRole> role = new SimpleObjectProperty<>(AccountRole.PRIMARY);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.EN);
    private final Map<Section, BooleanProperty> sections = new EnumMap<>(Section.class);
    private final BooleanProperty confirmed = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty created = new SimpleStringProperty("");
    private final PortalAccountService accounts;
    private final StaffSession session;
    private final UiExecutor executor;
    private final Text text;
    private final FormErrors errors;

    public NewPortalAccountViewModel(PortalAccountService accounts, StaffSession session, UiExecutor executor,
                                     Text text) {
        this.accounts = accounts;
        this.session = session;
        this.executor = executor;
        this.text = text;
        this.errors = new FormErrors(text);
        for (Section section : Section.values()) {
            sections.put(section, new SimpleBooleanProperty(false));
        }
        consignee.addListener((obs, before, after) -> confirmed.set(false));
    }

    /** "Link this account to Northern Lights Cannabis Co. (NLC)": the sentence staff confirm. */
    public StringBinding confirmationText() {
        return Bindings.createStringBinding(() -> consignee.get() == null ? text.get("access.chooseConsignee")
                : text.get("access.confirmLink", consignee.get().legalName(), consignee.get().code()), consignee);
    }

    public BooleanBinding canCreate() {
        return confirmed.and(consignee.isNotNull()).and(busy.not());
    }

    public void create(Consumer<PortalAccount> onCreated) {
        Consignee target = consignee.get();
        if (target == null || !confirmed.get()) {
            errors.showGeneral(text.get("access.confirmFirst"));
            return;
        }
        Set<Section> granted = EnumSet.noneOf(Section.class);
        sections.forEach((s, p) -> {
            if (p.get()) {
                granted.add(s);
            }
        });
        NewPortalAccount form = new NewPortalAccount(target.id(), email.get(), name.get(), role.get(), granted,
                password.get(), language.get());
        busy.set(true);
        executor.run(() -> accounts.create(session.actor(), form, true), account -> {
            busy.set(false);
            errors.clear();
            created.set(text.get("access.created", account.email(), target.legalName()));
            email.set("");
            name.set("");
            password.set("");
            confirmed.set(false);
            onCreated.accept(account);
        }, failure -> {
            busy.set(false);
            created.set("");
            Failures.show(failure, errors, text);
        });
    }

    public ObjectProperty<Consignee> consigneeProperty() {
        return consignee;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<AccountRole> roleProperty() {
        return role;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public BooleanProperty sectionProperty(Section section) {
        return sections.get(section);
    }

    public BooleanProperty confirmedProperty() {
        return confirmed;
    }

    public StringProperty createdProperty() {
        return created;
    }

    public FormErrors errors() {
        return errors;
    }
}
