package ems.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The e-mail outbox: senders claim due rows (so each is sent by exactly one of several servers), then
 * report success or failure; a failure is retried with exponential backoff (1 min, 2, 4 … up to 1 h).
 */
public final class OutboxService {

    static final Duration LEASE = Duration.ofMinutes(5);
    static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private final Jdbi jdbi;
    private final Clock clock;

    public OutboxService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Due e-mails, each now leased to the caller for five minutes. */
    public List<OutboxEmail> claimDue(int limit) {
        Instant now = clock.instant();
        return jdbi.withExtension(OutboxRepository.class, repo -> {
            List<OutboxEmail> claimed = new ArrayList<>();
            for (OutboxEmail email : repo.due(now, limit)) {
                if (repo.claim(email.id(), email.nextAttemptAt(), now.plus(LEASE)) == 1) {
                    claimed.add(email);
                }
            }
            return claimed;
        });
    }

    public void markSent(long id) {
        jdbi.useExtension(OutboxRepository.class, r -> r.sent(id, clock.instant()));
    }

    public void markFailed(OutboxEmail email, String error) {
        long minutes = 1L << Math.min(email.attempts(), 6);
        Duration backoff = Duration.ofMinutes(minutes).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : Duration.ofMinutes(minutes);
        String text = error == null ? "" : (error.length() > 1000 ? error.substring(0, 1000) : error);
        jdbi.useExtension(OutboxRepository.class, r -> r.failed(email.id(), clock.instant().plus(backoff), text));
    }

    /** The newest rows, sent or not: what the desktop shows as "mail". */
    public List<OutboxEmail> newest(int limit) {
        return jdbi.withExtension(OutboxRepository.class, r -> r.newest(limit));
    }
}
