package ems.shipment;

import java.time.Instant;

/** One step of a shipment's timeline. */
public record ShipmentEvent(long id, long shipmentId, Phase phase, String kind, Instant at, String actorName,
                            String note) {
}
