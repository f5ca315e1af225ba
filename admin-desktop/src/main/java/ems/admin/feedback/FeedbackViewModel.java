package ems.admin.feedback;

import ems.admin.ui.Failures;
import ems.admin.ui.FormErrors;
import ems.admin.ui.StaffSession;
import ems.admin.ui.Text;
import ems.admin.ui.UiExecutor;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeService;
import ems.feedback.Feedback;
import ems.feedback.FeedbackRow;
import ems.feedback.FeedbackService;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The feedback module: customer and internal feedback, filtered, reviewed and closed by staff. */
public final class FeedbackViewModel {

    public static final int LIMIT = 500;

    private final ObjectProperty<Feedback.Source> source = new SimpleObjectProperty<>();
    private final ObjectProperty<Feedback.Category> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Feedback.Status> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Consignee> consignee = new SimpleObjectProperty<>();
    private final ObservableList<Consignee> consignees = FXCollections.observableArrayList();
    private final ObservableList<FeedbackRow> items = FXCollections.observableArrayList();
    private final ObjectProperty<FeedbackRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Feedback.Category> newCategory = new SimpleObjectProperty<>(Feedback.Category.GENERAL);
    private final StringProperty newMessage = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final FeedbackService feedback;
    private final ConsigneeService consigneeService;
    private final StaffSession session;
    private final UiExecutor executor;
    private final Text text;
    private final FormErrors errors;

    public FeedbackViewModel(FeedbackService feedback, ConsigneeService consigneeService, StaffSession session,
                             UiExecutor executor, Text text) {
        this.feedback = feedback;
        this.consigneeService = consigneeService;
        this.session = session;
        this.executor = executor;
        this.text = text;
        this.errors = new FormErrors(text);
    }

    public void refresh() {
        Feedback.Source s = source.get();
        Feedback.Category c = category.get();
        Feedback.Status st = status.get();
        Long only = consignee.get() == null ? null : consignee.get().id();
        executor.run(() -> new Loaded(consignees.isEmpty() ? consigneeService.search("") : null,
                feedback.list(s, c, st, only, LIMIT)), loaded -> {
                    if (loaded.consignees() != null) {
                        consignees.setAll(loaded.consignees());
                    }
                    Long keep = selected.get() == null ? null : selected.get().feedback().id();
                    items.setAll(loaded.rows());
                    selected.set(keep == null ? null : loaded.rows().stream()
                            .filter(r -> r.feedback().id() == keep).findFirst().orElse(null));
                }, failure -> Failures.show(failure, errors, text));
    }

    public void markReviewed() {
        move(Feedback.Status.REVIEWED);
    }

    public void close() {
        move(Feedback.Status.CLOSED);
    }

    private void move(Feedback.Status to) {
        FeedbackRow row = selected.get();
        if (row == null) {
            return;
        }
        executor.run(() -> feedback.setStatus(session.actor(), row.feedback().id(), row.feedback().version(), to),
                done -> {
                    errors.clear();
                    message.set(text.get("feedback.moved", text.get("feedback.status." + to.name())));
                    refresh();
                }, failure -> {
                    Failures.show(failure, errors, text);
                    refresh();
                });
    }

    /** Staff's own note, recorded as Internal (for the consignee chosen in the filter, if any). */
    public void addInternal() {
        Long about = consignee.get() == null ? null : consignee.get().id();
        Feedback.Category c = newCategory.get();
        String body = newMessage.get();
        executor.run(() -> feedback.internal(session.actor(), about, c, body), done -> {
            errors.clear();
            newMessage.set("");
            message.set(text.get("feedback.added"));
            refresh();
        }, failure -> Failures.show(failure, errors, text));
    }

    private record Loaded(List<Consignee> consignees, List<FeedbackRow> rows) {
    }

    public ObjectProperty<Feedback.Source> sourceProperty() { return source; }
    public ObjectProperty<Feedback.Category> categoryProperty() { return category; }
    public ObjectProperty<Feedback.Status> statusProperty() { return status; }
    public ObjectProperty<Consignee> consigneeProperty() { return consignee; }
    public ObservableList<Consignee> consignees() { return consignees; }
    public ObservableList<FeedbackRow> items() { return items; }
    public ObjectProperty<FeedbackRow> selectedProperty() { return selected; }
    public ObjectProperty<Feedback.Category> newCategoryProperty() { return newCategory; }
    public StringProperty newMessageProperty() { return newMessage; }
    public StringProperty messageProperty() { return message; }
    public FormErrors errors() { return errors; }
}
