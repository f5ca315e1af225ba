package ems.admin.consignee;

import ems.account.SubAccountService;
import ems.account.SubAccountUsage;
import ems.admin.ui.Failures;
import ems.admin.ui.FormErrors;
import ems.admin.ui.StaffSession;
import ems.admin.ui.Text;
import ems.admin.ui.TypedNumbers;
import ems.admin.ui.UiExecutor;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeForm;
import ems.consignee.ConsigneeService;
import ems.consignee.PlanTier;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Plan tab: a consignee's plan tier or custom sub-account limit, and how many sub-accounts it uses.
 * Lowering the limit below what is in use is allowed: nobody is cut off, new ones are refused until
 * the customer is back under it.
 */
public final class PlanViewModel {

    private final ObjectProperty<PlanTier> tier = new SimpleObjectProperty<>();
    private final StringProperty customLimit = new SimpleStringProperty("");
    private final StringProperty usage = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ConsigneeService consignees;
    private final SubAccountService subAccounts;
    private final StaffSession session;
    private final UiExecutor executor;
    private final Text text;
    private final FormErrors errors;
    private Consignee shown;

    public PlanViewModel(ConsigneeService consignees, SubAccountService subAccounts, StaffSession session,
                         UiExecutor executor, Text text) {
        this.consignees = consignees;
        this.subAccounts = subAccounts;
        this.session = session;
        this.executor = executor;
        this.text = text;
        this.errors = new FormErrors(text);
    }

    public void show(Consignee consignee) {
        shown = consignee;
        errors.clear();
        message.set("");
        tier.set(consignee.planTier());
        customLimit.set(consignee.customSubAccountLimit() == null ? "" : consignee.customSubAccountLimit().toString());
        executor.run(() -> subAccounts.usage(consignee.scope()), this::showUsage, f -> Failures.show(f, errors, text));
    }

    public void save(Consumer<Consignee> saved) {
        Consignee c = shown;
        if (c == null) {
            return;
        }
        String typed = customLimit.get() == null ? "" : customLimit.get().strip();
        Integer custom = typed.isEmpty() ? null : TypedNumbers.wholeInt(typed);
        if (!typed.isEmpty() && (custom == null || custom < 0 || custom > 1_000)) {
            errors.clear();
            errors.showGeneral(text.get("plan.customInvalid"));
            return;
        }
        ConsigneeForm form = new ConsigneeForm(c.code(), c.legalName(), c.billingAddress(), c.shippingAddress(),
                c.province(), c.contactEmail(), c.regions(), tier.get(), custom, c.stampSequenceRequirements(),
                c.active());
        executor.run(() -> {
            Consignee updated = consignees.update(session.actor(), c.id(), c.version(), form);
            return new Saved(updated, subAccounts.usage(updated.scope()));
        }, result -> {
            errors.clear();
            shown = result.consignee();
            showUsage(result.usage());
            message.set(text.get("plan.saved"));
            saved.accept(result.consignee());
        }, f -> Failures.show(f, errors, text));
    }

    private void showUsage(SubAccountUsage u) {
        usage.set(text.get("plan.usage", u.used(), u.limit()) + (u.used() > u.limit() ? " " + text.get("plan.over")
                : ""));
    }

    private record Saved(Consignee consignee, SubAccountUsage usage) {
    }

    public ObjectProperty<PlanTier> tierProperty() { return tier; }
    public StringProperty customLimitProperty() { return customLimit; }
    public StringProperty usageProperty() { return usage; }
    public StringProperty messageProperty() { return message; }
    public FormErrors errors() { return errors; }
}
