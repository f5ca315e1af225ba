package ems.account;

import ems.i18n.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Portal sessions, stored in the database so that every server instance accepts them and a restart
 * signs nobody out. A session ends after 30 idle minutes or 12 hours in all, whichever comes first.
 */
public final class SessionService {

    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(12);
    /** last_seen_at is written at most once a minute per session, not on every request. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final Jdbi jdbi;
    private final Clock clock;

    public SessionService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A new session for an account that has just proven who it is. Returns the cookie token. */
    public String start(long accountId) {
        String token = Tokens.random();
        jdbi.useExtension(SessionRepository.class,
                r -> r.insert(Tokens.sha256(token), accountId, Tokens.random(), clock.instant()));
        return token;
    }

    /**
     * The principal for a cookie token, or empty when the session is unknown, expired, or its account or
     * consignee is no longer active. Expired sessions are deleted on the way.
     */
    public Optional<PortalPrincipal> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(token);
        // No transaction: one read on every request; the rare writes below stand on their own.
        return jdbi.withHandle(h -> {
            SessionRepository repo = h.attach(SessionRepository.class);
            Optional<SessionRow> found = repo.find(hash);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            SessionRow row = found.get();
            Instant now = clock.instant();
            if (isExpired(row, now) || !row.active() || !row.consigneeActive()) {
                repo.delete(hash);
                return Optional.empty();
            }
            if (Duration.between(row.lastSeenAt(), now).compareTo(TOUCH_INTERVAL) >= 0) {
                repo.touch(hash, now);
            }
            return Optional.of(toPrincipal(row));
        });
    }

    public void end(String token) {
        if (token != null && !token.isBlank()) {
            jdbi.useExtension(SessionRepository.class, r -> r.delete(Tokens.sha256(token)));
        }
    }

    /** Signs the account out everywhere except the session of {@code keepToken}. */
    public int endOthers(long accountId, String keepToken) {
        return jdbi.withExtension(SessionRepository.class,
                r -> r.deleteOthersForAccount(accountId, Tokens.sha256(keepToken)));
    }

    public int countFor(long accountId) {
        return jdbi.withExtension(SessionRepository.class, r -> r.countForAccount(accountId));
    }

    /** Deletes every expired session; the server runs this now and then. */
    public int purgeExpired() {
        Instant now = clock.instant();
        return jdbi.withExtension(SessionRepository.class,
                r -> r.deleteExpired(now.minus(IDLE_TIMEOUT), now.minus(ABSOLUTE_TIMEOUT)));
    }

    private static boolean isExpired(SessionRow row, Instant now) {
        return !now.isBefore(row.lastSeenAt().plus(IDLE_TIMEOUT))
                || !now.isBefore(row.createdAt().plus(ABSOLUTE_TIMEOUT));
    }

    private static PortalPrincipal toPrincipal(SessionRow row) {
        return new PortalPrincipal(row.accountId(), row.consigneeId(), row.consigneeName(), row.email(),
                row.name(), row.role(), PortalAccount.effectiveSections(row.role(), row.sections()), Language.fromCode(row.language()),
                row.mustChangePassword(), row.csrfToken(), row.createdAt());
    }
}
