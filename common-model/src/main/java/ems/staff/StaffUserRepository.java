package ems.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(StaffUser.class)
public interface StaffUserRepository {

    @SqlQuery("select * from staff_user where id = :id")
    Optional<StaffUser> find(@Bind("id") long id);

    @SqlQuery("select * from staff_user where email = :email")
    Optional<StaffUser> findByEmail(@Bind("email") String lowerCaseEmail);

    @SqlQuery("select * from staff_user order by name, id")
    List<StaffUser> all();

    @SqlQuery("select count(*) from staff_user")
    int count();

    @SqlUpdate("""
            insert into staff_user (email, name, role, password_hash, active, must_change_password, language,
                                    created_at, updated_at)
            values (:email, :name, :role, :hash, true, :mustChange, 'en', :now, :now)
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("email") String email, @Bind("name") String name, @Bind("role") StaffRole role,
                @Bind("hash") String hash, @Bind("mustChange") boolean mustChange, @Bind("now") Instant now);

    @SqlUpdate("""
            update staff_user set password_hash = :hash, must_change_password = :mustChange, failed_attempts = 0,
                   locked_until = null, version = version + 1, updated_at = :now
            where id = :id
            """)
    int setPassword(@Bind("id") long id, @Bind("hash") String hash, @Bind("mustChange") boolean mustChange,
                    @Bind("now") Instant now);

    @SqlUpdate("""
            update staff_user set active = :active, failed_attempts = 0, locked_until = null,
                   version = version + 1, updated_at = :now
            where id = :id
            """)
    int setActive(@Bind("id") long id, @Bind("active") boolean active, @Bind("now") Instant now);

    @SqlUpdate("update staff_user set language = :language, updated_at = :now where id = :id")
    int setLanguage(@Bind("id") long id, @Bind("language") String language, @Bind("now") Instant now);

    @SqlUpdate("update staff_user set failed_attempts = 0, locked_until = null where id = :id")
    void clearFailures(@Bind("id") long id);

    @SqlUpdate("""
            update staff_user set failed_attempts = case when failed_attempts + 1 >= :max then 0
                                                         else failed_attempts + 1 end,
                   locked_until = case when failed_attempts + 1 >= :max then :lockUntil else locked_until end
            where id = :id
            """)
    void recordFailure(@Bind("id") long id, @Bind("max") int maxFailures, @Bind("lockUntil") Instant lockUntil);
}
