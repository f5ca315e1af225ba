package ems.notify;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(OutboxEmail.class)
public interface OutboxRepository {

    @SqlQuery("""
            select * from email_outbox where sent_at is null and next_attempt_at <= :now
            order by sent_at, next_attempt_at, id limit :limit
            """)
    List<OutboxEmail> due(@Bind("now") Instant now, @Bind("limit") int limit);

    /** Takes a row for one sender: pushing its next attempt out makes every other sender skip it. */
    @SqlUpdate("""
            update email_outbox set next_attempt_at = :lease
            where id = :id and sent_at is null and next_attempt_at = :seen
            """)
    int claim(@Bind("id") long id, @Bind("seen") Instant seenNextAttempt, @Bind("lease") Instant leaseUntil);

    @SqlUpdate("update email_outbox set sent_at = :now, attempts = attempts + 1, last_error = '' where id = :id")
    void sent(@Bind("id") long id, @Bind("now") Instant now);

    @SqlUpdate("""
            update email_outbox set attempts = attempts + 1, next_attempt_at = :retryAt, last_error = :error
            where id = :id
            """)
    void failed(@Bind("id") long id, @Bind("retryAt") Instant retryAt, @Bind("error") String error);

    @SqlQuery("select * from email_outbox order by id desc limit :limit")
    List<OutboxEmail> newest(@Bind("limit") int limit);
}
