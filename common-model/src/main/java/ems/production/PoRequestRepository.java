package ems.production;

import ems.consignee.Region;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(PoRequest.class)
@RegisterConstructorMapper(PoLine.class)
@RegisterConstructorMapper(PoNote.class)
@RegisterConstructorMapper(PoEvent.class)
public interface PoRequestRepository {

    /** A revision without its lines: the lines are read in one query for all revisions. */
    record RevisionRow(long id, long requestId, int revision, LocalDate preferredFrom, LocalDate preferredTo,
                       String stampSequence, String authorName, Instant createdAt) {
    }

    @SqlQuery("select * from po_request where consignee_id = :consigneeId and id = :id")
    Optional<PoRequest> find(@Bind("consigneeId") long consigneeId, @Bind("id") long id);

    @SqlQuery("select * from po_request where id = :id")
    Optional<PoRequest> findAny(@Bind("id") long id);

    @SqlUpdate("""
            insert into po_request (consignee_id, number, status, current_revision, source_request_id, created_at,
                                    updated_at)
            values (:consigneeId, :number, 'SUBMITTED', 1, :source, :now, :now)
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("consigneeId") long consigneeId, @Bind("number") String number, @Bind("source") Long source,
                @Bind("now") Instant now);

    @SqlUpdate("""
            insert into po_request_revision (consignee_id, request_id, revision, preferred_from, preferred_to,
                                             stamp_sequence, author_name, created_at)
            values (:consigneeId, :requestId, :revision, :from, :to, :stamps, :author, :now)
            """)
    @GetGeneratedKeys("id")
    long insertRevision(@Bind("consigneeId") long consigneeId, @Bind("requestId") long requestId,
                        @Bind("revision") int revision, @Bind("from") LocalDate from, @Bind("to") LocalDate to,
                        @Bind("stamps") String stampSequence, @Bind("author") String author, @Bind("now") Instant now);

    @SqlUpdate("""
            insert into po_request_line (consignee_id, revision_id, variant_id, region, quantity)
            values (:consigneeId, :revisionId, :variantId, :region, :quantity)
            """)
    void insertLine(@Bind("consigneeId") long consigneeId, @Bind("revisionId") long revisionId,
                    @Bind("variantId") long variantId, @Bind("region") Region region, @Bind("quantity") int quantity);

    /** Moves the status only from the status and version the caller saw; 0 rows means someone was first. */
    @SqlUpdate("""
            update po_request set status = :to, current_revision = :revision, decision_note = :note,
                   version = version + 1, updated_at = :now
            where id = :id and status = :from and version = :version
            """)
    int transition(@Bind("id") long id, @Bind("from") PoStatus from, @Bind("to") PoStatus to,
                   @Bind("version") int version, @Bind("revision") int revision, @Bind("note") String decisionNote,
                   @Bind("now") Instant now);

    @SqlUpdate("""
            insert into po_request_note (consignee_id, request_id, side, author_name, text, at)
            values (:consigneeId, :requestId, :side, :author, :text, :now)
            """)
    void insertNote(@Bind("consigneeId") long consigneeId, @Bind("requestId") long requestId,
                    @Bind("side") PoNote.Side side, @Bind("author") String author, @Bind("text") String text,
                    @Bind("now") Instant now);

    @SqlUpdate("""
            insert into po_request_event (consignee_id, request_id, status, side, actor_name, at)
            values (:consigneeId, :requestId, :status, :side, :actor, :now)
            """)
    void insertEvent(@Bind("consigneeId") long consigneeId, @Bind("requestId") long requestId,
                     @Bind("status") PoStatus status, @Bind("side") PoNote.Side side, @Bind("actor") String actor,
                     @Bind("now") Instant now);

    @SqlQuery("""
            select id, request_id, revision, preferred_from, preferred_to, stamp_sequence, author_name, created_at
            from po_request_revision where consignee_id = :consigneeId and request_id = :requestId
            order by consignee_id, request_id, revision
            """)
    @RegisterConstructorMapper(RevisionRow.class)
    List<RevisionRow> revisions(@Bind("consigneeId") long consigneeId, @Bind("requestId") long requestId);

    @SqlQuery("""
            select id, request_id, revision, preferred_from, preferred_to, stamp_sequence, author_name, created_at
            from po_request_revision
            where consignee_id = :consigneeId and request_id = :requestId and revision = :revision
            """)
    @RegisterConstructorMapper(RevisionRow.class)
    RevisionRow revision(@Bind("consigneeId") long consigneeId, @Bind("requestId") long requestId,
                         @Bind("revision") int revision);

    @SqlQuery("""
            select l.id, l.revision_id, l.variant_id, p.name as product_name, v.size_label, v.sku, l.region, l.quantity
            from po_request_line l
            join product_variant v on v.consignee_id = l.consignee_id and v.id = l.variant_id
            join product p on p.consignee_id = v.consignee_id and p.id = v.product_id
            where l.consignee_id = :consigneeId and l.revision_id = :revisionId
            order by p.name, v.size_label, l.region
            """)
    List<PoLine> revisionLines(@Bind("consigneeId") long consigneeId, @Bind("revisionId") long revisionId);

    /** Unstamped units per size of a consignee: what a request's lines draw on. */
    record Balance(long variantId, long quantity) {
    }

    @SqlQuery("""
            select variant_id, quantity from inventory_balance
            where consignee_id = :consigneeId and bucket = 'UNSTAMPED'
            """)
    @RegisterConstructorMapper(Balance.class)
    List<Balance> unstamped(@Bind("consigneeId") long consigneeId);

    @SqlQuery("""
            select l.id, l.revision_id, l.variant_id, p.name as product_name, v.size_label, v.sku, l.region, l.quantity
            from po_request_line l
            join po_request_revision r on r.consignee_id = l.consignee_id and r.id = l.revision_id
            join product_variant v on v.consignee_id = l.consignee_id and v.id = l.variant_id
            join product p on p.consignee_id = v.consignee_id and p.id = v.product_id
            where l.consignee_id = :consigneeId and r.request_id = :requestId
            order by r.revision, p.name, v.size_label, l.region
            """)
    List<PoLine> lines(@Bind("consigneeId") long consigneeId, @Bind("requestId") long requestId);

    @SqlQuery("""
            select id, request_id, side, author_name, text, at from po_request_note
            where consignee_id = :consigneeId and request_id = :requestId order by consignee_id, request_id, at, id
            """)
    List<PoNote> notes(@Bind("consigneeId") long consigneeId, @Bind("requestId") long requestId);

    @SqlQuery("""
            select id, request_id, status, side, actor_name, at from po_request_event
            where consignee_id = :consigneeId and request_id = :requestId order by consignee_id, request_id, at, id
            """)
    List<PoEvent> events(@Bind("consigneeId") long consigneeId, @Bind("requestId") long requestId);

    /** The staff queue: requests in a status, oldest first. */
    @SqlQuery("select * from po_request where status = :status order by status, created_at, id limit :limit")
    List<PoRequest> queue(@Bind("status") PoStatus status, @Bind("limit") int limit);
}
