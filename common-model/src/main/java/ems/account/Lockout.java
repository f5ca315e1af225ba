package ems.account;

import java.time.Duration;
import java.time.Instant;

/**
 * After five failed sign-ins in a row an account is locked for fifteen minutes. The sign-in page says
 * the same thing for a locked account as for a wrong password, so the lock tells an attacker nothing.
 */
public final class Lockout {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private Lockout() {
    }

    public static boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The lock to set after one more failure, or null while under the limit. */
    public static Instant lockAfterFailure(int failuresSoFar, Instant now) {
        return failuresSoFar + 1 >= MAX_FAILURES ? now.plus(LOCK_TIME) : null;
    }
}
