package ems.account;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(SessionRow.class)
public interface SessionRepository {

    @SqlUpdate("""
            insert into portal_session (token_hash, account_id, csrf_token, created_at, last_seen_at)
            values (:tokenHash, :accountId, :csrf, :now, :now)
            """)
    void insert(@Bind("tokenHash") String tokenHash, @Bind("accountId") long accountId, @Bind("csrf") String csrf,
                @Bind("now") Instant now);

    @SqlQuery("""
            select s.token_hash, s.account_id, s.csrf_token, s.created_at, s.last_seen_at,
                   a.consignee_id, c.legal_name as consignee_name, c.active as consignee_active,
                   a.email, a.name, a.role, a.sections, a.active, a.must_change_password, a.language
            from portal_session s
            join portal_account a on a.id = s.account_id
            join consignee c on c.id = a.consignee_id
            where s.token_hash = :tokenHash
            """)
    Optional<SessionRow> find(@Bind("tokenHash") String tokenHash);

    @SqlUpdate("update portal_session set last_seen_at = :now where token_hash = :tokenHash")
    void touch(@Bind("tokenHash") String tokenHash, @Bind("now") Instant now);

    @SqlUpdate("delete from portal_session where token_hash = :tokenHash")
    int delete(@Bind("tokenHash") String tokenHash);

    @SqlUpdate("delete from portal_session where account_id = :accountId")
    int deleteForAccount(@Bind("accountId") long accountId);

    @SqlUpdate("delete from portal_session where account_id = :accountId and token_hash <> :keep")
    int deleteOthersForAccount(@Bind("accountId") long accountId, @Bind("keep") String keepTokenHash);

    @SqlUpdate("delete from portal_session where last_seen_at < :idleCutoff or created_at < :absoluteCutoff")
    int deleteExpired(@Bind("idleCutoff") Instant idleCutoff, @Bind("absoluteCutoff") Instant absoluteCutoff);

    @SqlQuery("select count(*) from portal_session where account_id = :accountId")
    int countForAccount(@Bind("accountId") long accountId);
}
