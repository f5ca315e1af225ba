package ems.feedback;

import ems.audit.Actor;
import ems.audit.AuditTrail;
import ems.consignee.ConsigneeScope;
import ems.error.NotFoundException;
import ems.error.StaleVersionException;
import ems.error.Validation;
import ems.error.ValidationException;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Feedback: customers send it from any portal page (consignee, person and page attached by the server,
 * never taken from the form), staff add internal notes, and staff review and close both.
 */
public final class FeedbackService {

    public static final int MESSAGE_MAX = 4_000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;

    public FeedbackService(Jdbi jdbi, Clock clock, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        jdbi.registerRowMapper(ConstructorMapper.factory(Feedback.class));
    }

    /** @throws ValidationException on a missing category, an empty or over-long message */
    public Feedback submit(Actor customer, ConsigneeScope scope, Feedback.Category category, String message,
                           String page) {
        return insert(Feedback.Source.CUSTOMER, customer, scope.consigneeId(), customer.id(), category, message,
                page);
    }

    public Feedback internal(Actor staff, Long consigneeId, Feedback.Category category, String message) {
        return insert(Feedback.Source.INTERNAL, staff, consigneeId, null, category, message, "");
    }

    /** The person's own submissions, newest first. */
    public List<Feedback> mine(long accountId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select * from feedback where account_id = :a order by account_id, created_at desc, id desc
                        limit :limit
                        """).bind("a", accountId).bind("limit", limit).mapTo(Feedback.class).list());
    }

    public List<FeedbackRow> list(Feedback.Source source, Feedback.Category category, Feedback.Status status,
                                  Long consigneeId, int limit) {
        StringBuilder sql = new StringBuilder("""
                select f.*, c.code as c_code, c.legal_name as c_name from feedback f
                left join consignee c on c.id = f.consignee_id where 1 = 1""");
        if (source != null) {
            sql.append(" and f.source = :source");
        }
        if (category != null) {
            sql.append(" and f.category = :category");
        }
        if (status != null) {
            sql.append(" and f.status = :status");
        }
        if (consigneeId != null) {
            sql.append(" and f.consignee_id = :consigneeId");
        }
        sql.append(" order by f.created_at desc, f.id desc limit :limit");
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString()).bind("limit", limit);
            if (source != null) {
                q.bind("source", source);
            }
            if (category != null) {
                q.bind("category", category);
            }
            if (status != null) {
                q.bind("status", status);
            }
            if (consigneeId != null) {
                q.bind("consigneeId", consigneeId.longValue());
            }
            return q.map((rs, ctx) -> new FeedbackRow(ctx.findRowMapperFor(Feedback.class).orElseThrow().map(rs, ctx),
                    rs.getString("c_code"), rs.getString("c_name"))).list();
        });
    }

    public Feedback setStatus(Actor staff, long id, int version, Feedback.Status status) {
        return jdbi.inTransaction(h -> {
            Feedback before = h.createQuery("select * from feedback where id = :id").bind("id", id)
                    .mapTo(Feedback.class).findOne().orElseThrow(() -> new NotFoundException("feedback", id));
            int n = h.createUpdate("""
                    update feedback set status = :status, version = version + 1, updated_at = :now
                    where id = :id and version = :version
                    """).bind("status", status).bind("now", clock.instant()).bind("id", id).bind("version", version)
                    .execute();
            if (n == 0) {
                throw new StaleVersionException("feedback", id);
            }
            audit.record(h, staff, before.consigneeId(), "feedback." + status.name().toLowerCase(), "feedback", id,
                    before.category() + ": " + status);
            return h.createQuery("select * from feedback where id = :id").bind("id", id).mapTo(Feedback.class).one();
        });
    }

    private Feedback insert(Feedback.Source source, Actor author, Long consigneeId, Long accountId,
                            Feedback.Category category, String message, String page) {
        Validation v = new Validation();
        v.check(category != null, "category", "error.feedback.category");
        String text = v.multiline("message", message, MESSAGE_MAX);
        v.throwIfInvalid();
        String from = page == null || !page.startsWith("/") ? "" : page.length() > 300 ? page.substring(0, 300) : page;
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("""
                    insert into feedback (source, category, message, page, consignee_id, account_id, author_name,
                                          status, created_at, updated_at)
                    values (:source, :category, :message, :page, :consigneeId, :accountId, :author, 'NEW', :now, :now)
                    """).bind("source", source).bind("category", category).bind("message", text).bind("page", from)
                    .bind("consigneeId", consigneeId).bind("accountId", accountId).bind("author", author.name())
                    .bind("now", clock.instant()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            audit.record(h, author, consigneeId, "feedback.submitted", "feedback", id, source + " " + category);
            return h.createQuery("select * from feedback where id = :id").bind("id", id).mapTo(Feedback.class).one();
        });
    }
}
