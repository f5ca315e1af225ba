package ems.production;

import java.time.Instant;

/** A customer's production request; its content lives in its revisions. */
public record PoRequest(long id, long consigneeId, String number, PoStatus status, int currentRevision,
                        Long sourceRequestId, String decisionNote, int version, Instant createdAt, Instant updatedAt) {
}
