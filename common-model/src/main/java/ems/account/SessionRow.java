package ems.account;

import java.time.Instant;
import java.util.Set;

/** A session joined with its account and consignee: everything a request needs, in one query. */
public record SessionRow(
        String tokenHash,
        long accountId,
        String csrfToken,
        Instant createdAt,
        Instant lastSeenAt,
        long consigneeId,
        String consigneeName,
        boolean consigneeActive,
        String email,
        String name,
        AccountRole role,
        Set<Section> sections,
        boolean active,
        boolean mustChangePassword,
        String language) {
}
