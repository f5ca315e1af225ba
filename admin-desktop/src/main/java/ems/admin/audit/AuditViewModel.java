package ems.admin.audit;

import ems.admin.ui.Failures;
import ems.admin.ui.FormErrors;
import ems.admin.ui.Text;
import ems.admin.ui.UiExecutor;
import ems.audit.AuditEvent;
import ems.audit.AuditService;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeService;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The audit log: who changed what and when, newest first, for everyone or one consignee. */
public final class AuditViewModel {

    public static final int LIMIT = 500;
    private final ObjectProperty<Consignee> consignee = new SimpleObjectProperty<>();
    private final ObservableList<Consignee> consignees = FXCollections.observableArrayList();
    private final ObservableList<AuditEvent> events = FXCollections.observableArrayList();
    private final AuditService audit;
    private final ConsigneeService consigneeService;
    private final UiExecutor executor;
    private final Text text;
    private final FormErrors errors;

    public AuditViewModel(AuditService audit, ConsigneeService consigneeService, UiExecutor executor, Text text) {
        this.audit = audit;
        this.consigneeService = consigneeService;
        this.executor = executor;
        this.text = text;
        this.errors = new FormErrors(text);
        consignee.addListener((o, b, a) -> refresh());
    }

    public void refresh() {
        Consignee only = consignee.get();
        executor.run(() -> new Loaded(consignees.isEmpty() ? consigneeService.search("") : List.copyOf(consignees),
                only == null ? audit.newest(LIMIT) : audit.newestForConsignee(only.id(), LIMIT)), loaded -> {
                    if (consignees.isEmpty()) {
                        consignees.setAll(loaded.consignees());
                    }
                    events.setAll(loaded.events());
                }, failure -> Failures.show(failure, errors, text));
    }

    private record Loaded(List<Consignee> consignees, List<AuditEvent> events) {
    }

    public ObjectProperty<Consignee> consigneeProperty() {
        return consignee;
    }

    public ObservableList<Consignee> consignees() {
        return consignees;
    }

    public ObservableList<AuditEvent> events() {
        return events;
    }

    public FormErrors errors() {
        return errors;
    }
}
