package ems.shipment;

import java.time.Instant;
import java.time.LocalDate;

/** An inbound shipment to the warehouse, with its running counts of boxes and units. */
public record Shipment(
        long id,
        long consigneeId,
        String number,
        String carrier,
        String trackingNumber,
        String origin,
        LocalDate expectedArrival,
        Instant actualArrival,
        Phase phase,
        Instant phaseChangedAt,
        Instant receivingCompletedAt,
        int expectedUnits,
        int boxCount,
        int unitCount,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public boolean receivingCompleted() {
        return receivingCompletedAt != null;
    }
}
