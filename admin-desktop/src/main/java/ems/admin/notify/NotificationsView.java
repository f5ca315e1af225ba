package ems.admin.notify;

import ems.admin.ui.Times;
import ems.admin.ui.Tables;
import ems.admin.ui.Text;
import ems.notify.Notification;
import ems.notify.OutboxEmail;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Staff notifications on top, the e-mail outbox below; refreshed every 20 seconds while shown. */
public final class NotificationsView {

    static final Duration REFRESH = Duration.seconds(20);

    private NotificationsView() {
    }

    public static Parent create(NotificationsViewModel vm, Text text) {
        Label title = new Label(text.get("notifications.title"));
        title.getStyleClass().add("title");
        Label unread = new Label();
        unread.setId("notifications-unread");
        unread.textProperty().bind(vm.unreadProperty().asString(text.get("notifications.unread")));
        Button markAll = new Button(text.get("notifications.markAll"));
        markAll.setId("notifications-mark-all");
        markAll.setOnAction(e -> vm.markAllRead());
        Button reload = new Button(text.get("notifications.reload"));
        reload.setOnAction(e -> vm.refresh());
        ListView<Notification> list = new ListView<>(vm.items());
        list.setId("notifications-list");
        list.setPlaceholder(new Label(text.get("notifications.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Notification n, boolean empty) {
                super.updateItem(n, empty);
                getStyleClass().remove("unread");
                if (empty || n == null) {
                    setText(null);
                    return;
                }
                if (n.unread()) {
                    getStyleClass().add("unread");
                }
                setText((n.unread() ? "● " : "   ") + Times.WHEN.format(n.createdAt()) + "  "
                        + text.get("notification." + n.kind().name(), n.reference()));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox top = new VBox(8, new HBox(10, title, unread, markAll, reload), list);
        top.setPadding(new Insets(10));

        Label mailTitle = new Label(text.get("outbox.title"));
        mailTitle.getStyleClass().add("title");
        Label queued = new Label();
        queued.setId("outbox-queued");
        queued.textProperty().bind(vm.queuedProperty().asString(text.get("outbox.queued")));
        Label smtp = new Label(text.get("outbox.howSent"));
        smtp.getStyleClass().add("hint");
        smtp.setWrapText(true);
        TableView<OutboxEmail> mail = new TableView<>(vm.outbox());
        mail.setId("outbox-table");
        mail.setPlaceholder(new Label(text.get("outbox.none")));
        mail.getColumns().add(Tables.column(text.get("outbox.to"), m -> m.toAddress() == null
                ? text.get("outbox.staff") : m.toAddress(), 200));
        mail.getColumns().add(Tables.column(text.get("outbox.about"), m -> text.get("notification." + m.kind().name(),
                m.reference()), 300));
        mail.getColumns().add(Tables.column(text.get("outbox.created"), m -> Times.WHEN.format(m.createdAt()), 130));
        mail.getColumns().add(Tables.column(text.get("outbox.state"), m -> m.sentAt() != null
                ? text.get("outbox.sent", Times.WHEN.format(m.sentAt()))
                : text.get("outbox.waiting", m.attempts()), 170));
        mail.getColumns().add(Tables.column(text.get("outbox.error"), OutboxEmail::lastError, 220));
        VBox.setVgrow(mail, Priority.ALWAYS);
        VBox bottom = new VBox(8, new HBox(10, mailTitle, queued), smtp, mail);
        bottom.setPadding(new Insets(10));

        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        Timeline poll = new Timeline(new KeyFrame(REFRESH, e -> vm.refresh()));
        poll.setCycleCount(Animation.INDEFINITE);
        // Poll only while this screen is in a window; leaving it (or signing out) stops the timer.
        split.sceneProperty().addListener((o, before, scene) -> {
            if (scene == null) {
                poll.stop();
            } else {
                poll.play();
            }
        });
        vm.refresh();
        return split;
    }
}
