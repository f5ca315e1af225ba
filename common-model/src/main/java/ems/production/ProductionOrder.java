package ems.production;

import java.time.Instant;
import java.time.LocalDate;

/** The order an approved request became. */
public record ProductionOrder(long id, long consigneeId, String number, long requestId, OrderStatus status,
                              LocalDate scheduledDate, int version, Instant createdAt, Instant updatedAt,
                              Instant completedAt) {
}
