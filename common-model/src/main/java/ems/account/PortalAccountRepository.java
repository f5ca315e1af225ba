package ems.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(PortalAccount.class)
@RegisterConstructorMapper(PortalAccountSummary.class)
public interface PortalAccountRepository {

    String SUMMARY = """
            select a.id, a.consignee_id, c.code as consignee_code, c.legal_name as consignee_name, a.email, a.name,
                   a.role, a.sections, a.active, a.must_change_password, a.locked_until, a.language, a.version,
                   a.created_at
            from portal_account a join consignee c on c.id = a.consignee_id
            """;

    @SqlQuery("select * from portal_account where id = :id")
    Optional<PortalAccount> find(@Bind("id") long id);

    @SqlQuery("select * from portal_account where email = :email")
    Optional<PortalAccount> findByEmail(@Bind("email") String lowerCaseEmail);

    @SqlQuery("select count(*) from portal_account where email = :email")
    int countEmail(@Bind("email") String lowerCaseEmail);

    @SqlQuery(SUMMARY + " where a.consignee_id = :consigneeId order by a.consignee_id, a.role, a.email")
    List<PortalAccountSummary> forConsignee(@Bind("consigneeId") long consigneeId);

    @SqlQuery(SUMMARY + """
             where a.email like :pattern or lower(a.name) like :pattern or lower(c.legal_name) like :pattern
             order by a.email limit :limit
            """)
    List<PortalAccountSummary> search(@Bind("pattern") String lowerLikePattern, @Bind("limit") int limit);

    @SqlUpdate("""
            insert into portal_account (consignee_id, email, name, role, sections, password_hash, active,
                                        must_change_password, language, created_at, updated_at)
            values (:consigneeId, :email, :name, :role, :sections, :hash, true, :mustChange, :language, :now, :now)
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("consigneeId") long consigneeId, @Bind("email") String email, @Bind("name") String name,
                @Bind("role") AccountRole role, @Bind("sections") String sectionsCsv, @Bind("hash") String hash,
                @Bind("mustChange") boolean mustChangePassword, @Bind("language") String language,
                @Bind("now") Instant now);

    @SqlUpdate("""
            update portal_account set consignee_id = :consigneeId, version = version + 1, updated_at = :now
            where id = :id and version = :version
            """)
    int relink(@Bind("id") long id, @Bind("version") int version, @Bind("consigneeId") long consigneeId,
               @Bind("now") Instant now);

    @SqlUpdate("""
            update portal_account set password_hash = :hash, must_change_password = :mustChange,
                   failed_attempts = 0, locked_until = null, version = version + 1, updated_at = :now
            where id = :id
            """)
    int setPassword(@Bind("id") long id, @Bind("hash") String hash, @Bind("mustChange") boolean mustChange,
                    @Bind("now") Instant now);

    @SqlUpdate("""
            update portal_account set active = :active, failed_attempts = 0, locked_until = null,
                   version = version + 1, updated_at = :now
            where id = :id
            """)
    int setActive(@Bind("id") long id, @Bind("active") boolean active, @Bind("now") Instant now);

    @SqlUpdate("""
            update portal_account set sections = :sections, version = version + 1, updated_at = :now
            where id = :id and version = :version and role = 'SUB'
            """)
    int setSections(@Bind("id") long id, @Bind("version") int version, @Bind("sections") String sections,
                    @Bind("now") Instant now);

    @SqlUpdate("update portal_account set language = :language, updated_at = :now where id = :id")
    int setLanguage(@Bind("id") long id, @Bind("language") String language, @Bind("now") Instant now);

    @SqlUpdate("update portal_account set name = :name, updated_at = :now where id = :id")
    int setName(@Bind("id") long id, @Bind("name") String name, @Bind("now") Instant now);

    @SqlUpdate("update portal_account set failed_attempts = 0, locked_until = null where id = :id")
    void clearFailures(@Bind("id") long id);

    /** Counts a failure atomically, so parallel wrong guesses cannot slip past the limit. */
    @SqlUpdate("""
            update portal_account set failed_attempts = case when failed_attempts + 1 >= :max then 0
                                                             else failed_attempts + 1 end,
                   locked_until = case when failed_attempts + 1 >= :max then :lockUntil else locked_until end
            where id = :id
            """)
    void recordFailure(@Bind("id") long id, @Bind("max") int maxFailures, @Bind("lockUntil") Instant lockUntil);
}
