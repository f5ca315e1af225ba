package ems.portal.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code perWindow} reports per account per window, so one user cannot keep the server busy
 * drawing PDFs. In memory: the portal is one process, and a restart forgetting counts is harmless.
 */
final class ReportRateLimit {

    private final int perWindow;
    private final Duration window;
    private final Clock clock;
    private final Map<Long, Deque<Instant>> recent = new ConcurrentHashMap<>();

    ReportRateLimit(int perWindow, Duration window, Clock clock) {
        this.perWindow = perWindow;
        this.window = window;
        this.clock = clock;
    }

    /** Records one report for the account if it is within its allowance; false when it is not. */
    boolean tryAcquire(long accountId) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(accountId, id -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= perWindow) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
