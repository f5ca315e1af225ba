package ems.production;

import java.util.EnumSet;
import java.util.Set;

/** A production order's status; the enum owns its transitions. */
public enum OrderStatus {
    PLANNED, SCHEDULED, IN_PROGRESS, COMPLETED, CANCELLED;

    public boolean canMoveTo(OrderStatus next) {
        Set<OrderStatus> allowed = switch (this) {
            case PLANNED -> EnumSet.of(SCHEDULED, CANCELLED);
            case SCHEDULED -> EnumSet.of(SCHEDULED, IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
        return allowed.contains(next);
    }
}
