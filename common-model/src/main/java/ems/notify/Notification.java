package ems.notify;

import java.time.Instant;

/** One in-app notification for a portal account (accountId set) or for the staff queue (accountId null). */
public record Notification(long id, String recipientType, Long accountId, Long consigneeId, NotificationKind kind,
                           String reference, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
