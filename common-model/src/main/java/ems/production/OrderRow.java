package ems.production;

import java.time.Instant;
import java.time.LocalDate;

/** A production order as lists show it, with the request it came from and its unit totals. */
public record OrderRow(long id, long consigneeId, String consigneeName, String number, long requestId,
                       String requestNumber, OrderStatus status, LocalDate scheduledDate, long units, long produced,
                       int lineCount, int version, Instant createdAt, Instant completedAt) {
}
