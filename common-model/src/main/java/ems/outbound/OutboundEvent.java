package ems.outbound;

import java.time.Instant;

/** A step of the delivery: dispatch, each carrier scan, delivery. */
public record OutboundEvent(long id, long orderId, OutboundStatus status, String location, String description,
                            Instant at, String actorName) {
}
