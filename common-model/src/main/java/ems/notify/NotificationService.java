package ems.notify;

import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Reading notifications: a portal account's own, the staff queue, and marking them read. */
public final class NotificationService {

    private final Jdbi jdbi;
    private final Clock clock;

    public NotificationService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public List<Notification> forAccount(long accountId, int limit) {
        return jdbi.withExtension(NotificationRepository.class, r -> r.forAccount(accountId, limit));
    }

    public int unread(long accountId) {
        return jdbi.withExtension(NotificationRepository.class, r -> r.unreadFor(accountId));
    }

    public List<Notification> forStaff(int limit) {
        return jdbi.withExtension(NotificationRepository.class, r -> r.forStaff(limit));
    }

    /** Only the account's own notification can be marked; anything else changes nothing. */
    public boolean markRead(long accountId, long notificationId) {
        return jdbi.withExtension(NotificationRepository.class,
                r -> r.markRead(accountId, notificationId, clock.instant())) > 0;
    }

    /** The account's own notification; another account's answers empty, exactly like a missing one. */
    public java.util.Optional<Notification> find(long accountId, long notificationId) {
        return jdbi.withExtension(NotificationRepository.class, r -> r.find(accountId, notificationId));
    }

    public int markAllRead(long accountId) {
        return jdbi.withExtension(NotificationRepository.class, r -> r.markAllRead(accountId, clock.instant()));
    }

    /** Unread notifications of the staff queue (shared by every staff member). */
    public int unreadForStaff() {
        return jdbi.withExtension(NotificationRepository.class, NotificationRepository::unreadForStaff);
    }

    public int markStaffRead() {
        return jdbi.withExtension(NotificationRepository.class, r -> r.markStaffRead(clock.instant()));
    }

    public int queuedEmails() {
        return jdbi.withExtension(NotificationRepository.class, NotificationRepository::queuedEmails);
    }

    public List<String> emailsFor(long notificationId) {
        return jdbi.withExtension(NotificationRepository.class, r -> r.emailsFor(notificationId));
    }
}
