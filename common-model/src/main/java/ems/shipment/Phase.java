package ems.shipment;

/** Where an inbound shipment is in the warehouse pipeline, in order. */
public enum Phase {
    CREATED, IN_TRANSIT, ARRIVED, RECEIVING, RECEIVED, IN_STORAGE, PRODUCTION, DISPATCHED;

    /** The phase after this one, or null for the last. */
    public Phase next() {
        return this == DISPATCHED ? null : values()[ordinal() + 1];
    }

    /** Not yet received into the warehouse: what the dashboard calls "in flight". */
    public boolean inFlight() {
        return ordinal() <= RECEIVING.ordinal();
    }

    public boolean reachedBy(Phase current) {
        return ordinal() <= current.ordinal();
    }
}
