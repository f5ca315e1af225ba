package ems.outbound;

import java.util.EnumSet;
import java.util.Set;

/** An outbound order's status; the enum owns its transitions. Customers see it from dispatch on. */
public enum OutboundStatus {
    PLANNED, PICKING, PACKED, DISPATCHED, IN_TRANSIT, DELIVERED, CANCELLED;

    public boolean canMoveTo(OutboundStatus next) {
        Set<OutboundStatus> allowed = switch (this) {
            case PLANNED -> EnumSet.of(PICKING, CANCELLED);
            case PICKING -> EnumSet.of(PACKED, CANCELLED);
            case PACKED -> EnumSet.of(DISPATCHED, CANCELLED);
            case DISPATCHED -> EnumSet.of(IN_TRANSIT, DELIVERED);
            case IN_TRANSIT -> EnumSet.of(DELIVERED);
            case DELIVERED, CANCELLED -> EnumSet.noneOf(OutboundStatus.class);
        };
        return allowed.contains(next);
    }

    /** Dispatched, in transit or delivered: what the portal shows. */
    public boolean isDispatched() {
        return this == DISPATCHED || this == IN_TRANSIT || this == DELIVERED;
    }
}
