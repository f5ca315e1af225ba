package ems.shipment;

import ems.error.ValidationException;

/**
 * Which phase changes staff may make by hand. The next phase needs no reason; a skip forward or a
 * correction backwards does. Received is reached only by completing receiving (which posts the units),
 * and once received a shipment never goes back before it, so units are never received twice.
 */
final class PhaseRules {

    enum Kind { ADVANCE, SKIP, CORRECTION }

    private PhaseRules() {
    }

    /** @throws ValidationException naming why the change is refused */
    static Kind check(Phase from, Phase to, boolean receivingCompleted, String reason) {
        if (to == null) {
            throw ValidationException.of("phase", "error.required");
        }
        if (to == from) {
            throw ValidationException.of("phase", "error.shipment.samePhase");
        }
        if (to == Phase.RECEIVED) {
            throw ValidationException.of("phase", "error.shipment.useCompleteReceiving");
        }
        if (!receivingCompleted && to.ordinal() > Phase.RECEIVED.ordinal()) {
            throw ValidationException.of("phase", "error.shipment.receiveFirst");
        }
        if (receivingCompleted && to.ordinal() < Phase.RECEIVED.ordinal()) {
            throw ValidationException.of("phase", "error.shipment.alreadyReceived");
        }
        if (to == from.next()) {
            return Kind.ADVANCE;
        }
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("note", "error.shipment.reasonRequired");
        }
        return to.ordinal() > from.ordinal() ? Kind.SKIP : Kind.CORRECTION;
    }
}
