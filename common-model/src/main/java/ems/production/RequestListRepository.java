package ems.production;

import ems.db.Keyset;
import ems.db.LikePatterns;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * The production request lists: one consignee's (portal, keyset-paged) and the staff queue (oldest
 * first, any consignee). SQL is assembled from fixed fragments; every value is bound. On H2 the index
 * is named, as for shipments, because H2 otherwise may sort a whole consignee's rows (DESIGN §3).
 */
final class RequestListRepository {

    private static final String COLUMNS = """
            select r.id, r.consignee_id, c.legal_name as consignee_name, r.number, r.status, r.current_revision,
                   rv.preferred_from, rv.preferred_to,
                   (select coalesce(sum(l.quantity), 0) from po_request_line l
                    where l.consignee_id = r.consignee_id and l.revision_id = rv.id) as units,
                   (select count(*) from po_request_line l
                    where l.consignee_id = r.consignee_id and l.revision_id = rv.id) as line_count,
                   r.version, r.created_at, r.updated_at
            """;
    private static final String JOINS = """
             join consignee c on c.id = r.consignee_id
             join po_request_revision rv on rv.consignee_id = r.consignee_id and rv.request_id = r.id
                                        and rv.revision = r.current_revision
            """;
    private static final String SEARCH = """
             and (lower(r.number) like :search or exists (
                  select 1 from po_request_line l
                  join product_variant v on v.consignee_id = l.consignee_id and v.id = l.variant_id
                  join product p on p.consignee_id = v.consignee_id and p.id = v.product_id
                  where l.consignee_id = r.consignee_id and l.revision_id = rv.id
                    and (lower(p.name) like :search or lower(v.sku) like :search)))
            """;

    private final Handle handle;
    private final boolean h2;

    RequestListRepository(Handle handle, boolean h2) {
        this.handle = handle.registerRowMapper(ConstructorMapper.factory(RequestRow.class));
        this.h2 = h2;
    }

    List<RequestRow> page(long consigneeId, RequestFilter filter, Keyset after, int limit) {
        return query(consigneeId, filter, after, limit).mapTo(RequestRow.class).list();
    }

    void each(long consigneeId, RequestFilter filter, Consumer<RequestRow> consumer) {
        try (var rows = query(consigneeId, filter, null, Integer.MAX_VALUE).setFetchSize(500)
                .mapTo(RequestRow.class).stream()) {
            rows.forEach(consumer);
        }
    }

    /** Staff's queue: optionally one status and one consignee, oldest first. */
    List<RequestRow> queue(PoStatus status, Long consigneeId, int limit) {
        StringBuilder sql = new StringBuilder(COLUMNS).append(" from po_request r").append(JOINS).append(" where 1 = 1");
        if (status != null) {
            sql.append(" and r.status = :status");
        }
        if (consigneeId != null) {
            sql.append(" and r.consignee_id = :consigneeId");
        }
        sql.append(" order by r.created_at, r.id limit :limit");
        Query query = handle.createQuery(sql.toString()).bind("limit", limit);
        if (status != null) {
            query.bind("status", status);
        }
        if (consigneeId != null) {
            query.bind("consigneeId", consigneeId.longValue());
        }
        return query.mapTo(RequestRow.class).list();
    }

    /** How many requests are in each status, for one consignee or (null) for all. */
    Map<PoStatus, Integer> counts(Long consigneeId) {
        String sql = "select status, count(*) as n from po_request"
                + (consigneeId == null ? "" : " where consignee_id = :consigneeId") + " group by status";
        Query query = handle.createQuery(sql);
        if (consigneeId != null) {
            query.bind("consigneeId", consigneeId.longValue());
        }
        Map<PoStatus, Integer> counts = new EnumMap<>(PoStatus.class);
        for (PoStatus status : PoStatus.values()) {
            counts.put(status, 0);
        }
        query.map((rs, ctx) -> Map.entry(PoStatus.valueOf(rs.getString("status")), rs.getInt("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private static String index(RequestFilter filter) {
        if (filter.status() != null) {
            return filter.sort() == RequestSort.NEWEST ? "po_request_consignee_status_idx" : null;
        }
        return switch (filter.sort()) {
            case NEWEST -> "po_request_consignee_created_idx";
            case OLDEST -> "po_request_consignee_created_asc_idx";
            case RECENT_ACTIVITY -> "po_request_consignee_updated_idx";
        };
    }

    private Query query(long consigneeId, RequestFilter filter, Keyset after, int limit) {
        RequestSort sort = filter.sort();
        String index = h2 ? index(filter) : null;
        StringBuilder sql = new StringBuilder(COLUMNS).append(" from po_request r")
                .append(index == null ? "" : " use index (" + index + ")").append(JOINS)
                .append(" where r.consignee_id = :consigneeId");
        if (filter.status() != null) {
            sql.append(" and r.status = :status");
        }
        if (!filter.search().isEmpty()) {
            sql.append(SEARCH);
        }
        String column = "r." + sort.column;
        String op = sort.descending ? "<" : ">";
        if (after != null) {
            sql.append(" and (").append(column).append(' ').append(op).append(" :cursorAt or (").append(column)
                    .append(" = :cursorAt and r.id ").append(op).append(" :cursorId))");
        }
        String direction = sort.descending ? " desc" : " asc";
        sql.append(" order by r.consignee_id, ").append(filter.status() != null ? "r.status, " : "")
                .append(column).append(direction).append(", r.id").append(direction).append(" limit :limit");
        Query query = handle.createQuery(sql.toString()).bind("consigneeId", consigneeId).bind("limit", limit);
        if (filter.status() != null) {
            query.bind("status", filter.status());
        }
        if (!filter.search().isEmpty()) {
            query.bind("search", LikePatterns.contains(filter.search()));
        }
        if (after != null) {
            query.bind("cursorAt", after.at()).bind("cursorId", after.id());
        }
        return query;
    }
}
