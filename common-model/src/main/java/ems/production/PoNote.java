package ems.production;

import java.time.Instant;

/** A note in a request's thread, from the customer or the warehouse. */
public record PoNote(long id, long requestId, Side side, String authorName, String text, Instant at) {

    public enum Side { CUSTOMER, ADMIN }
}
