package ems.staff;

import java.time.Instant;

/** A warehouse employee who signs in to the admin desktop. */
public record StaffUser(
        long id,
        String email,
        String name,
        StaffRole role,
        String passwordHash,
        boolean active,
        boolean mustChangePassword,
        int failedAttempts,
        Instant lockedUntil,
        String language,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    @Override
    public String toString() {
        return "StaffUser[id=" + id + ", email=" + email + ", role=" + role + "]";
    }
}
