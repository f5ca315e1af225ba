package ems.notify;

import java.time.Instant;

/** One queued e-mail: who gets it (null: the warehouse team) and what it is about. */
public record OutboxEmail(long id, long notificationId, String toAddress, String language, NotificationKind kind,
                          String reference, String link, Instant createdAt, int attempts, Instant nextAttemptAt,
                          Instant sentAt, String lastError) {
}
