package ems.outbound;

import ems.consignee.Region;
import java.time.Instant;
import java.time.LocalDate;

public record OutboundOrder(long id, long consigneeId, String number, String destinationName,
                            String destinationAddress, DestinationKind destinationKind, Region region, String carrier,
                            String trackingNumber, OutboundStatus status, LocalDate requestedDate, Instant dispatchedAt,
                            Instant deliveredAt, String createdBy, int version, Instant createdAt, Instant updatedAt) {
}
