package ems.account;

import java.time.Instant;
import java.util.Set;

/** A portal account as lists show it, with its consignee's name, read in one query. */
public record PortalAccountSummary(
        long id,
        long consigneeId,
        String consigneeCode,
        String consigneeName,
        String email,
        String name,
        AccountRole role,
        Set<Section> sections,
        boolean active,
        boolean mustChangePassword,
        Instant lockedUntil,
        String language,
        int version,
        Instant createdAt) {
}
