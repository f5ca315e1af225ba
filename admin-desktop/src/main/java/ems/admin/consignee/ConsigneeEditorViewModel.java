package ems.admin.consignee;

import ems.admin.ui.StaffSession;
import ems.admin.ui.Failures;
import ems.admin.ui.FormErrors;
import ems.admin.ui.Text;
import ems.admin.ui.TypedNumbers;
import ems.admin.ui.UiExecutor;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeForm;
import ems.consignee.ConsigneeService;
import ems.consignee.PlanTier;
import ems.consignee.Province;
import ems.consignee.Region;
import ems.error.ValidationException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Creates a consignee or edits one, on the version it was loaded at. */
public final class ConsigneeEditorViewModel {

    final StringProperty code = new SimpleStringProperty("");
    final StringProperty legalName = new SimpleStringProperty("");
    final StringProperty billingAddress = new SimpleStringProperty("");
    final StringProperty shippingAddress = new SimpleStringProperty("");
    final ObjectProperty<Province> province = new SimpleObjectProperty<>(Province.ON);
    final StringProperty contactEmail = new SimpleStringProperty("");
    final Map<Region, BooleanProperty> regions = new EnumMap<>(Region.class);
    final ObjectProperty<PlanTier> planTier = new SimpleObjectProperty<>(PlanTier.BASIC);
    final StringProperty customLimit = new SimpleStringProperty("");
    final StringProperty stampSequence = new SimpleStringProperty("");
    final BooleanProperty active = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty saved = new SimpleStringProperty("");
    private final ConsigneeService consignees;
    private final StaffSession session;
    private final UiExecutor executor;
    private final Text text;
    private final FormErrors errors;
    private Consignee editing;

    public ConsigneeEditorViewModel(ConsigneeService consignees, StaffSession session, UiExecutor executor,
                                    Text text) {
        this.consignees = consignees;
        this.session = session;
        this.executor = executor;
        this.text = text;
        this.errors = new FormErrors(text);
        for (Region region : Region.values()) {
            regions.put(region, new SimpleBooleanProperty(false));
        }
    }

    public void startNew() {
        editing = null;
        code.set("");
        legalName.set("");
        billingAddress.set("");
        shippingAddress.set("");
        province.set(Province.ON);
        contactEmail.set("");
        regions.forEach((r, p) -> p.set(r == Region.FEDERAL));
        planTier.set(PlanTier.BASIC);
        customLimit.set("");
        stampSequence.set("");
        active.set(true);
        errors.clear();
        saved.set("");
    }

    public void load(Consignee consignee) {
        if (editing == null || editing.id() != consignee.id()) {
            saved.set("");
        }
        editing = consignee;
        code.set(consignee.code());
        legalName.set(consignee.legalName());
        billingAddress.set(consignee.billingAddress());
        shippingAddress.set(consignee.shippingAddress());
        province.set(consignee.province());
        contactEmail.set(consignee.contactEmail());
        regions.forEach((r, p) -> p.set(consignee.regions().contains(r)));
        planTier.set(consignee.planTier());
        customLimit.set(consignee.customSubAccountLimit() == null ? "" : consignee.customSubAccountLimit().toString());
        stampSequence.set(consignee.stampSequenceRequirements());
        active.set(consignee.active());
        errors.clear();
    }

    /** Saves; on success {@code onSaved} gets the stored consignee, on failure the fields show why. */
    public void save(Consumer<Consignee> onSaved) {
        ConsigneeForm form;
        try {
            form = form();
        } catch (ValidationException e) {
            errors.show(e);
            return;
        }
        Consignee base = editing;
        busy.set(true);
        executor.run(() -> base == null ? consignees.create(session.actor(), form)
                : consignees.update(session.actor(), base.id(), base.version(), form), stored -> {
                    busy.set(false);
                    load(stored);
                    onSaved.accept(stored);
                    saved.set(text.get("consignee.saved"));
                }, failure -> {
                    busy.set(false);
                    saved.set("");
                    Failures.show(failure, errors, text);
                });
    }

    private ConsigneeForm form() {
        Integer limit = null;
        String limitText = customLimit.get() == null ? "" : customLimit.get().strip();
        if (!limitText.isEmpty()) {
            limit = TypedNumbers.wholeInt(limitText);
            if (limit == null) {
                throw ValidationException.of("customSubAccountLimit", "error.range", 0, ConsigneeForm.MAX_CUSTOM_LIMIT);
            }
        }
        Set<Region> chosen = EnumSet.noneOf(Region.class);
        regions.forEach((r, p) -> {
            if (p.get()) {
                chosen.add(r);
            }
        });
        return new ConsigneeForm(code.get(), legalName.get(), billingAddress.get(), shippingAddress.get(),
                province.get(), contactEmail.get(), chosen, planTier.get(), limit, stampSequence.get(), active.get());
    }

    public boolean isNew() {
        return editing == null;
    }

    public Consignee editing() {
        return editing;
    }

    public FormErrors errors() {
        return errors;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty savedProperty() {
        return saved;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty legalNameProperty() {
        return legalName;
    }

    public StringProperty contactEmailProperty() {
        return contactEmail;
    }

    public StringProperty billingAddressProperty() {
        return billingAddress;
    }

    public StringProperty shippingAddressProperty() {
        return shippingAddress;
    }

    public BooleanProperty regionProperty(Region region) {
        return regions.get(region);
    }

    public ObjectProperty<PlanTier> planTierProperty() {
        return planTier;
    }

    public StringProperty customLimitProperty() {
        return customLimit;
    }
}
