package ems.notify;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Notification.class)
public interface NotificationRepository {

    /** Active accounts of the consignee that may see Production: primary accounts and granted sub-accounts. */
    @SqlQuery("""
            select id from portal_account
            where consignee_id = :consigneeId and active = true
              and (role = 'PRIMARY' or sections like '%PRODUCTION%')
            order by id
            """)
    List<Long> productionReaders(@Bind("consigneeId") long consigneeId);

    @SqlQuery("select email from portal_account where id = :id")
    String email(@Bind("id") long accountId);

    @SqlQuery("select language from portal_account where id = :id")
    String language(@Bind("id") long accountId);

    @SqlUpdate("""
            insert into notification (recipient_type, account_id, consignee_id, kind, reference, link, created_at)
            values (:type, :accountId, :consigneeId, :kind, :reference, :link, :now)
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("type") String recipientType, @Bind("accountId") Long accountId,
                @Bind("consigneeId") Long consigneeId, @Bind("kind") NotificationKind kind,
                @Bind("reference") String reference, @Bind("link") String link, @Bind("now") Instant now);

    @SqlUpdate("""
            insert into email_outbox (notification_id, to_address, language, kind, reference, link, created_at,
                                      next_attempt_at)
            values (:notificationId, :to, :language, :kind, :reference, :link, :now, :now)
            """)
    void queueEmail(@Bind("notificationId") long notificationId, @Bind("to") String toAddress,
                    @Bind("language") String language, @Bind("kind") NotificationKind kind,
                    @Bind("reference") String reference, @Bind("link") String link, @Bind("now") Instant now);

    @SqlQuery("""
            select * from notification where account_id = :accountId
            order by account_id, created_at desc, id desc limit :limit
            """)
    List<Notification> forAccount(@Bind("accountId") long accountId, @Bind("limit") int limit);

    @SqlQuery("select count(*) from notification where account_id = :accountId and read_at is null")
    int unreadFor(@Bind("accountId") long accountId);

    @SqlQuery("""
            select * from notification where recipient_type = 'STAFF'
            order by recipient_type, created_at desc, id desc limit :limit
            """)
    List<Notification> forStaff(@Bind("limit") int limit);

    @SqlUpdate("update notification set read_at = :now where account_id = :accountId and id = :id and read_at is null")
    int markRead(@Bind("accountId") long accountId, @Bind("id") long id, @Bind("now") Instant now);

    @SqlQuery("select * from notification where account_id = :accountId and id = :id")
    java.util.Optional<Notification> find(@Bind("accountId") long accountId, @Bind("id") long id);

    @SqlUpdate("update notification set read_at = :now where account_id = :accountId and read_at is null")
    int markAllRead(@Bind("accountId") long accountId, @Bind("now") Instant now);

    @SqlQuery("select count(*) from notification where recipient_type = 'STAFF' and read_at is null")
    int unreadForStaff();

    @SqlUpdate("update notification set read_at = :now where recipient_type = 'STAFF' and read_at is null")
    int markStaffRead(@Bind("now") Instant now);

    @SqlQuery("select count(*) from email_outbox where sent_at is null")
    int queuedEmails();

    @SqlQuery("select to_address from email_outbox where notification_id = :id")
    List<String> emailsFor(@Bind("id") long notificationId);
}
