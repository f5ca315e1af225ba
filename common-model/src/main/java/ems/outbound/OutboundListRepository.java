package ems.outbound;

import ems.db.Keyset;
import ems.db.LikePatterns;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/** Outbound lists: the consignee's dispatched deliveries (portal) and the staff work list. */
final class OutboundListRepository {

    private final Handle handle;

    OutboundListRepository(Handle handle) {
        this.handle = handle.registerRowMapper(ConstructorMapper.factory(OutboundOrder.class));
    }

    List<OutboundOrder> dispatched(long consigneeId, OutboundStatus status, String search, boolean oldestFirst,
                                   Keyset after, int limit) {
        return dispatchedQuery(consigneeId, status, search, oldestFirst, after, limit).mapTo(OutboundOrder.class)
                .list();
    }

    /** The same list, every row, streamed (CSV export). */
    void eachDispatched(long consigneeId, OutboundStatus status, String search, boolean oldestFirst,
                        java.util.function.Consumer<OutboundOrder> rows) {
        try (var stream = dispatchedQuery(consigneeId, status, search, oldestFirst, null, Integer.MAX_VALUE).setFetchSize(500)
                .mapTo(OutboundOrder.class).stream()) {
            stream.forEach(rows);
        }
    }

    private Query dispatchedQuery(long consigneeId, OutboundStatus status, String search, boolean oldestFirst,
                                  Keyset after, int limit) {
        String op = oldestFirst ? ">" : "<";
        String dir = oldestFirst ? " asc" : " desc";
        StringBuilder sql = new StringBuilder("""
                select * from outbound_order where consignee_id = :consigneeId
                  and status in ('DISPATCHED', 'IN_TRANSIT', 'DELIVERED')""");
        if (status != null) {
            sql.append(" and status = :status");
        }
        if (!search.isEmpty()) {
            sql.append(" and (lower(number) like :search or lower(tracking_number) like :search"
                    + " or lower(destination_name) like :search)");
        }
        if (after != null) {
            sql.append(" and (dispatched_at ").append(op).append(" :at or (dispatched_at = :at and id ").append(op)
                    .append(" :id))");
        }
        sql.append(" order by consignee_id, dispatched_at").append(dir).append(", id").append(dir)
                .append(" limit :limit");
        Query q = handle.createQuery(sql.toString()).bind("consigneeId", consigneeId).bind("limit", limit);
        if (status != null) {
            q.bind("status", status);
        }
        if (!search.isEmpty()) {
            q.bind("search", LikePatterns.contains(search));
        }
        if (after != null) {
            q.bind("at", after.at()).bind("id", after.id());
        }
        return q;
    }

    List<OutboundOrder> staff(OutboundStatus status, Long consigneeId, int limit) {
        StringBuilder sql = new StringBuilder("select * from outbound_order where 1 = 1");
        if (status != null) {
            sql.append(" and status = :status");
        }
        if (consigneeId != null) {
            sql.append(" and consignee_id = :consigneeId");
        }
        sql.append(" order by created_at desc, id desc limit :limit");
        Query q = handle.createQuery(sql.toString()).bind("limit", limit);
        if (status != null) {
            q.bind("status", status);
        }
        if (consigneeId != null) {
            q.bind("consigneeId", consigneeId.longValue());
        }
        return q.mapTo(OutboundOrder.class).list();
    }

    /** Deliveries dispatched in [from, to), oldest first, streamed: the outbound report. */
    void eachDispatched(long consigneeId, java.time.Instant from, java.time.Instant to,
                        java.util.function.Consumer<OutboundOrder> rows) {
        try (var stream = handle.createQuery("""
                        select * from outbound_order where consignee_id = :consigneeId
                          and status in ('DISPATCHED', 'IN_TRANSIT', 'DELIVERED')
                          and dispatched_at >= :from and dispatched_at < :to
                        order by consignee_id, dispatched_at, id
                        """).bind("consigneeId", consigneeId).bind("from", from).bind("to", to).setFetchSize(500)
                .mapTo(OutboundOrder.class).stream()) {
            stream.forEach(rows);
        }
    }
}
