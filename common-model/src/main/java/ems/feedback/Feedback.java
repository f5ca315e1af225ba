package ems.feedback;

import java.time.Instant;

/** One piece of feedback: where it came from, what kind, what it says, and where staff are with it. */
public record Feedback(long id, Source source, Category category, String message, String page, Long consigneeId,
                       Long accountId, String authorName, Status status, int version, Instant createdAt,
                       Instant updatedAt) {

    public enum Source { CUSTOMER, INTERNAL }

    public enum Category { BUG, SUGGESTION, GENERAL }

    public enum Status { NEW, REVIEWED, CLOSED }
}
