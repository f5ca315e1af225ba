package ems.production;

import java.time.Instant;
import java.time.LocalDate;

/** A request as lists show it: its current revision's dates and totals, and whose it is (for staff). */
public record RequestRow(long id, long consigneeId, String consigneeName, String number, PoStatus status,
                         int currentRevision, LocalDate preferredFrom, LocalDate preferredTo, long units,
                         int lineCount, int version, Instant createdAt, Instant updatedAt) {
}
