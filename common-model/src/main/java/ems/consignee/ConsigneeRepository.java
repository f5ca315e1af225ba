package ems.consignee;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Consignee.class)
public interface ConsigneeRepository {

    @SqlQuery("select * from consignee where id = :id")
    Optional<Consignee> find(@Bind("id") long id);

    @SqlQuery("select * from consignee where code = :code")
    Optional<Consignee> findByCode(@Bind("code") String code);

    /** Matches code or legal name, case-insensitively; ordered by name. */
    @SqlQuery("""
            select * from consignee
            where lower(code) like :pattern or lower(legal_name) like :pattern
            order by legal_name, id
            limit :limit
            """)
    List<Consignee> search(@Bind("pattern") String lowerLikePattern, @Bind("limit") int limit);

    @SqlUpdate("""
            insert into consignee (code, legal_name, billing_address, shipping_address, province, contact_email,
                                   regions, plan_tier, custom_sub_account_limit, stamp_sequence_requirements,
                                   active, version, created_at, updated_at)
            values (:f.code, :f.legalName, :f.billingAddress, :f.shippingAddress, :f.province, :f.contactEmail,
                    :regions, :f.planTier, :f.customSubAccountLimit, :f.stampSequenceRequirements,
                    :f.active, 0, :now, :now)
            """)
    @GetGeneratedKeys("id")
    long insert(@BindMethods("f") ConsigneeForm form, @Bind("regions") String regionsCsv,
                @Bind("now") Instant now);

    /** Returns 0 when the version moved on: someone else saved first. */
    @SqlUpdate("""
            update consignee set code = :f.code, legal_name = :f.legalName, billing_address = :f.billingAddress,
                   shipping_address = :f.shippingAddress, province = :f.province, contact_email = :f.contactEmail,
                   regions = :regions, plan_tier = :f.planTier, custom_sub_account_limit = :f.customSubAccountLimit,
                   stamp_sequence_requirements = :f.stampSequenceRequirements, active = :f.active,
                   version = version + 1, updated_at = :now
            where id = :id and version = :version
            """)
    int update(@Bind("id") long id, @Bind("version") int version, @BindMethods("f") ConsigneeForm form,
               @Bind("regions") String regionsCsv, @Bind("now") Instant now);
}
