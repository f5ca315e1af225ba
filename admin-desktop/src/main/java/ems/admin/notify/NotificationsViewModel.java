package ems.admin.notify;

import ems.admin.ui.Failures;
import ems.admin.ui.FormErrors;
import ems.admin.ui.Text;
import ems.admin.ui.UiExecutor;
import ems.notify.Notification;
import ems.notify.NotificationService;
import ems.notify.OutboxEmail;
import ems.notify.OutboxService;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The warehouse team's notifications (new and revised requests) and the e-mail outbox. The window polls
 * {@link #refreshCount()} while it runs, so the navigation shows new work without anyone reloading.
 */
public final class NotificationsViewModel {

    public static final int SHOWN = 200;

    private final ObservableList<Notification> items = FXCollections.observableArrayList();
    private final ObservableList<OutboxEmail> outbox = FXCollections.observableArrayList();
    private final IntegerProperty unread = new SimpleIntegerProperty();
    private final IntegerProperty queued = new SimpleIntegerProperty();
    private final NotificationService notifications;
    private final OutboxService mail;
    private final UiExecutor executor;
    private final Text text;
    private final FormErrors errors;

    public NotificationsViewModel(NotificationService notifications, OutboxService mail, UiExecutor executor,
                                  Text text) {
        this.notifications = notifications;
        this.mail = mail;
        this.executor = executor;
        this.text = text;
        this.errors = new FormErrors(text);
    }

    public void refresh() {
        executor.run(() -> new Loaded(notifications.forStaff(SHOWN), mail.newest(SHOWN),
                notifications.unreadForStaff(), notifications.queuedEmails()), loaded -> {
                    items.setAll(loaded.items());
                    outbox.setAll(loaded.outbox());
                    unread.set(loaded.unread());
                    queued.set(loaded.queued());
                }, failure -> Failures.show(failure, errors, text));
    }

    /** Just the counts: cheap enough to poll. */
    public void refreshCount() {
        executor.run(notifications::unreadForStaff, unread::set, failure -> { });
    }

    public void markAllRead() {
        executor.run(notifications::markStaffRead, n -> refresh(), failure -> Failures.show(failure, errors, text));
    }

    private record Loaded(List<Notification> items, List<OutboxEmail> outbox, int unread, int queued) {
    }

    public ObservableList<Notification> items() {
        return items;
    }

    public ObservableList<OutboxEmail> outbox() {
        return outbox;
    }

    public IntegerProperty unreadProperty() {
        return unread;
    }

    public IntegerProperty queuedProperty() {
        return queued;
    }

    public FormErrors errors() {
        return errors;
    }
}
