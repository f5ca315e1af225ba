package ems.production;

import ems.db.Keyset;
import ems.db.LikePatterns;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/** Production order lists: one consignee's newest first (portal, keyset-paged) and staff's work list. */
final class OrderListRepository {

    private static final String SELECT = """
            select o.id, o.consignee_id, c.legal_name as consignee_name, o.number, o.request_id,
                   r.number as request_number, o.status, o.scheduled_date,
                   (select coalesce(sum(l.quantity), 0) from production_order_line l
                    where l.consignee_id = o.consignee_id and l.order_id = o.id) as units,
                   (select coalesce(sum(l.produced), 0) from production_order_line l
                    where l.consignee_id = o.consignee_id and l.order_id = o.id) as produced,
                   (select count(*) from production_order_line l
                    where l.consignee_id = o.consignee_id and l.order_id = o.id) as line_count,
                   o.version, o.created_at, o.completed_at
            from production_order o%s
            join consignee c on c.id = o.consignee_id
            join po_request r on r.consignee_id = o.consignee_id and r.id = o.request_id
            """;

    private final Handle handle;
    private final boolean h2;

    OrderListRepository(Handle handle, boolean h2) {
        this.handle = handle.registerRowMapper(ConstructorMapper.factory(OrderRow.class));
        this.h2 = h2;
    }

    /** The consignee's orders, newest first, optionally one status and a search on order or request number. */
    List<OrderRow> page(long consigneeId, OrderStatus status, String search, boolean oldestFirst, Keyset after,
                        int limit) {
        return pageQuery(consigneeId, status, search, oldestFirst, after, limit).mapTo(OrderRow.class).list();
    }

    /** The same list, every row, streamed (CSV export). */
    void each(long consigneeId, OrderStatus status, String search, boolean oldestFirst,
              java.util.function.Consumer<OrderRow> rows) {
        try (var stream = pageQuery(consigneeId, status, search, oldestFirst, null, Integer.MAX_VALUE).setFetchSize(500)
                .mapTo(OrderRow.class).stream()) {
            stream.forEach(rows);
        }
    }

    private Query pageQuery(long consigneeId, OrderStatus status, String search, boolean oldestFirst, Keyset after,
                            int limit) {
        // H2 is told the index for the default (newest-first) order; oldest-first lists are short enough to sort.
        String index = !h2 || oldestFirst ? "" : status == null ? " use index (production_order_consignee_created_idx)"
                : " use index (production_order_consignee_status_idx)";
        String op = oldestFirst ? ">" : "<";
        String dir = oldestFirst ? " asc" : " desc";
        StringBuilder sql = new StringBuilder(SELECT.formatted(index)).append(" where o.consignee_id = :consigneeId");
        if (status != null) {
            sql.append(" and o.status = :status");
        }
        if (!search.isEmpty()) {
            sql.append(" and (lower(o.number) like :search or lower(r.number) like :search)");
        }
        if (after != null) {
            sql.append(" and (o.created_at ").append(op).append(" :cursorAt or (o.created_at = :cursorAt and o.id ")
                    .append(op).append(" :cursorId))");
        }
        sql.append(" order by o.consignee_id, ").append(status != null ? "o.status, " : "")
                .append("o.created_at").append(dir).append(", o.id").append(dir).append(" limit :limit");
        Query query = handle.createQuery(sql.toString()).bind("consigneeId", consigneeId).bind("limit", limit);
        if (status != null) {
            query.bind("status", status);
        }
        if (!search.isEmpty()) {
            query.bind("search", LikePatterns.contains(search));
        }
        if (after != null) {
            query.bind("cursorAt", after.at()).bind("cursorId", after.id());
        }
        return query;
    }

    /** Staff's work list: optionally one status and one consignee, oldest first. */
    List<OrderRow> work(OrderStatus status, Long consigneeId, int limit) {
        StringBuilder sql = new StringBuilder(SELECT.formatted("")).append(" where 1 = 1");
        if (status != null) {
            sql.append(" and o.status = :status");
        }
        if (consigneeId != null) {
            sql.append(" and o.consignee_id = :consigneeId");
        }
        sql.append(" order by o.created_at, o.id limit :limit");
        Query query = handle.createQuery(sql.toString()).bind("limit", limit);
        if (status != null) {
            query.bind("status", status);
        }
        if (consigneeId != null) {
            query.bind("consigneeId", consigneeId.longValue());
        }
        return query.mapTo(OrderRow.class).list();
    }

    /** The consignee's orders created in [from, to), oldest first, streamed (the production report). */
    void eachCreated(long consigneeId, java.time.Instant from, java.time.Instant to,
                     java.util.function.Consumer<OrderRow> rows) {
        try (var stream = handle.createQuery(SELECT.formatted("") + """
                         where o.consignee_id = :consigneeId and o.created_at >= :from and o.created_at < :to
                         order by o.consignee_id, o.created_at, o.id
                        """).bind("consigneeId", consigneeId).bind("from", from).bind("to", to).setFetchSize(500)
                .mapTo(OrderRow.class).stream()) {
            stream.forEach(rows);
        }
    }
}
