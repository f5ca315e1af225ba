package ems.portal.notification;

import ems.notify.Notification;
import ems.portal.web.Shell;
import java.util.List;

/** The account's latest notifications. */
public record NotificationsPage(Shell shell, List<Notification> rows) {

    public boolean anyUnread() {
        return rows.stream().anyMatch(Notification::unread);
    }
}
