package ems.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A customer's sign-in to the portal, linked to exactly one consignee. */
public record PortalAccount(
        long id,
        long consigneeId,
        String email,
        String name,
        AccountRole role,
        Set<Section> sections,
        String passwordHash,
        boolean active,
        boolean mustChangePassword,
        int failedAttempts,
        Instant lockedUntil,
        String language,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public PortalAccount {
        sections = sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
    }

    /** The sections this account may open: all of them for a primary account. */
    public Set<Section> effectiveSections() {
        return effectiveSections(role, sections);
    }

    public static Set<Section> effectiveSections(AccountRole role, Set<Section> granted) {
        if (role == AccountRole.PRIMARY) {
            return EnumSet.allOf(Section.class);
        }
        return granted.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(granted);
    }

    @Override
    public String toString() {
        // The hash stays out of logs.
        return "PortalAccount[id=" + id + ", consigneeId=" + consigneeId + ", email=" + email + ", role=" + role + "]";
    }
}
