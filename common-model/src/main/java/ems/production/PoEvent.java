package ems.production;

import java.time.Instant;

/** A status change of a request: who moved it where, and when. */
public record PoEvent(long id, long requestId, PoStatus status, PoNote.Side side, String actorName, Instant at) {
}
