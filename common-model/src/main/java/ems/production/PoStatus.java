package ems.production;

import java.util.EnumSet;
import java.util.Set;

/**
 * A production request's status. The enum owns its transitions: the customer submits (and resubmits
 * after a send-back) or withdraws; staff approve, reject or send back a submitted request.
 */
public enum PoStatus {
    SUBMITTED, REVISION_REQUESTED, APPROVED, REJECTED, WITHDRAWN;

    public boolean canMoveTo(PoStatus next) {
        return allowed().contains(next);
    }

    private Set<PoStatus> allowed() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(APPROVED, REJECTED, REVISION_REQUESTED, WITHDRAWN);
            case REVISION_REQUESTED -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case APPROVED, REJECTED, WITHDRAWN -> EnumSet.noneOf(PoStatus.class);
        };
    }

    public boolean isOpen() {
        return this == SUBMITTED || this == REVISION_REQUESTED;
    }
}
