package ems.admin.production;

import ems.admin.ui.Failures;
import ems.admin.ui.FormErrors;
import ems.admin.ui.StaffSession;
import ems.admin.ui.Text;
import ems.admin.ui.UiExecutor;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeService;
import ems.production.PoRequest;
import ems.production.PoStatus;
import ems.production.ProductionRequestService;
import ems.production.RequestReview;
import ems.production.RequestRow;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The PO request queue: requests filtered by status and consignee, oldest first, with counts per status;
 * the selected one's review (lines against stock, revisions, notes, timeline); and the three decisions.
 * Every decision carries the version staff looked at, so a request that moved meanwhile is refused and
 * reloaded rather than decided blind.
 */
public final class RequestQueueViewModel {

    public static final int LIMIT = 500;

    private final ObjectProperty<PoStatus> status = new SimpleObjectProperty<>(PoStatus.SUBMITTED);
    private final ObjectProperty<Consignee> consignee = new SimpleObjectProperty<>();
    private final ObservableList<Consignee> consignees = FXCollections.observableArrayList();
    private final ObservableList<RequestRow> items = FXCollections.observableArrayList();
    private final ObjectProperty<Map<PoStatus, Integer>> counts = new SimpleObjectProperty<>(new EnumMap<>(PoStatus.class));
    private final ObjectProperty<RequestRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<RequestReview> review = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ProductionRequestService requests;
    private final ConsigneeService consigneeService;
    private final StaffSession session;
    private final UiExecutor executor;
    private final Text text;
    private final FormErrors errors;

    public RequestQueueViewModel(ProductionRequestService requests, ConsigneeService consigneeService,
                                 StaffSession session, UiExecutor executor, Text text) {
        this.requests = requests;
        this.consigneeService = consigneeService;
        this.session = session;
        this.executor = executor;
        this.text = text;
        this.errors = new FormErrors(text);
        selected.addListener((obs, before, after) -> {
            // A different request starts clean; one that merely left the list keeps the reason it did.
            if (after != null && (before == null || after.id() != before.id())) {
                note.set("");
                errors.clear();
            }
            loadReview();
        });
    }

    /** What the Apply button and the status filter do: forget the last confirmation and reload. */
    public void reload() {
        message.set("");
        refresh();
    }

    /** Reloads the list and counts, keeping the selection when it is still listed. */
    public void refresh() {
        PoStatus shownStatus = status.get();
        Long only = consignee.get() == null ? null : consignee.get().id();
        executor.run(() -> new Loaded(consignees.isEmpty() ? consigneeService.search("") : null,
                requests.staffQueue(shownStatus, only, LIMIT), requests.counts(only)), loaded -> {
                    if (loaded.consignees() != null) {
                        consignees.setAll(loaded.consignees());
                    }
                    counts.set(loaded.counts());
                    Long keep = selected.get() == null ? null : selected.get().id();
                    items.setAll(loaded.rows());
                    selected.set(keep == null ? null
                            : loaded.rows().stream().filter(r -> r.id() == keep).findFirst().orElse(null));
                }, failure -> Failures.show(failure, errors, text));
    }

    public void loadReview() {
        RequestRow shown = selected.get();
        if (shown == null) {
            review.set(null);
            return;
        }
        executor.run(() -> requests.review(shown.id()), review::set, failure -> Failures.show(failure, errors, text));
    }

    public void approve() {
        decide(PoStatus.APPROVED);
    }

    public void reject() {
        decide(PoStatus.REJECTED);
    }

    public void sendBack() {
        decide(PoStatus.REVISION_REQUESTED);
    }

    private void decide(PoStatus decision) {
        RequestReview shown = review.get();
        if (shown == null) {
            return;
        }
        PoRequest request = shown.detail().request();
        String text = note.get();
        executor.run(() -> switch (decision) {
            case APPROVED -> requests.approve(session.actor(), request.id(), request.version(), text);
            case REJECTED -> requests.reject(session.actor(), request.id(), request.version(), text);
            default -> requests.sendBack(session.actor(), request.id(), request.version(), text);
        }, decided -> {
            errors.clear();
            note.set("");
            message.set(this.text.get("queue.decided", decided.number(),
                    this.text.get("poStatus." + decided.status().name())));
            refresh();
            loadReview();
        }, failure -> {
            Failures.show(failure, errors, this.text);
            if (!(failure instanceof ems.error.ValidationException invalid) || invalid.errorFor("note") == null) {
                refresh(); // someone else moved it: show what it is now
                loadReview();
            }
        });
    }

    /** "Submitted 3 · Revision requested 1 · …" for the counts line. */
    public String countsText() {
        return counts.get().entrySet().stream()
                .map(e -> text.get("poStatus." + e.getKey().name()) + " " + e.getValue())
                .collect(Collectors.joining(" · "));
    }

    private record Loaded(List<Consignee> consignees, List<RequestRow> rows, Map<PoStatus, Integer> counts) {
    }

    public ObjectProperty<PoStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Consignee> consigneeProperty() {
        return consignee;
    }

    public ObservableList<Consignee> consignees() {
        return consignees;
    }

    public ObservableList<RequestRow> items() {
        return items;
    }

    public ObjectProperty<Map<PoStatus, Integer>> countsProperty() {
        return counts;
    }

    public ObjectProperty<RequestRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<RequestReview> reviewProperty() {
        return review;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public FormErrors errors() {
        return errors;
    }
}
