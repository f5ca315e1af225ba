package ems.shipment;

import ems.db.LikePatterns;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * The shipment lists: one consignee's (portal) or everyone's (desktop), filtered, sorted and paged by
 * keyset. The SQL is assembled from fixed fragments only; every value is a bound parameter. The scope
 * column leads the ORDER BY so H2 walks the (consignee_id, …) index instead of sorting (DESIGN §3).
 */
final class ShipmentListRepository {

    private final Handle handle;
    private final ZoneId zone;
    private final boolean h2;

    ShipmentListRepository(Handle handle, ZoneId zone, boolean h2) {
        this.handle = handle.registerRowMapper(ConstructorMapper.factory(Shipment.class));
        this.zone = zone;
        this.h2 = h2;
    }

    /**
     * The index that serves this filter and order without sorting, named for H2 only (PostgreSQL's planner
     * finds it alone, and does not know the syntax). Null when no single index serves it.
     */
    private static String index(Long consigneeId, ShipmentFilter filter) {
        ShipmentSort sort = filter.sort();
        if (consigneeId == null) {
            return filter.phase() == null && sort == ShipmentSort.NEWEST ? "shipment_created_idx" : null;
        }
        if (filter.phase() != null) {
            return sort == ShipmentSort.NEWEST ? "shipment_consignee_phase_idx" : null;
        }
        return switch (sort) {
            case NEWEST -> "shipment_consignee_created_idx";
            case OLDEST -> "shipment_consignee_created_asc_idx";
            case ARRIVAL -> "shipment_consignee_arrival_idx";
            case ARRIVAL_LATEST -> "shipment_consignee_arrival_desc_idx";
        };
    }

    List<Shipment> page(Long consigneeId, ShipmentFilter filter, Cursor after, int limit) {
        return query(consigneeId, filter, after, limit).mapTo(Shipment.class).list();
    }

    /** Every matching row, streamed: the CSV export never holds the whole list in memory. */
    void each(Long consigneeId, ShipmentFilter filter, Consumer<Shipment> consumer) {
        try (var stream = query(consigneeId, filter, null, Integer.MAX_VALUE).setFetchSize(500)
                .mapTo(Shipment.class).stream()) {
            stream.forEach(consumer);
        }
    }

    /** The database's plan for a list query: for diagnosing a slow list, and for the tests that guard it. */
    String explain(Long consigneeId, ShipmentFilter filter) {
        return query("explain ", consigneeId, filter, null, ShipmentService.PAGE_SIZE + 1).mapTo(String.class)
                .list().stream().collect(java.util.stream.Collectors.joining("\n"));
    }

    private Query query(Long consigneeId, ShipmentFilter filter, Cursor after, int limit) {
        return query("", consigneeId, filter, after, limit);
    }

    private Query query(String prefix, Long consigneeId, ShipmentFilter filter, Cursor after, int limit) {
        ShipmentSort sort = filter.sort();
        String index = h2 ? index(consigneeId, filter) : null;
        StringBuilder sql = new StringBuilder(prefix).append("select * from shipment")
                .append(index == null ? "" : " use index (" + index + ")").append(" where 1 = 1");
        if (consigneeId != null) {
            sql.append(" and consignee_id = :consigneeId");
        }
        if (filter.phase() != null) {
            sql.append(" and phase = :phase");
        }
        if (filter.from() != null) {
            sql.append(" and created_at >= :fromInstant");
        }
        if (filter.to() != null) {
            sql.append(" and created_at < :toInstant");
        }
        if (!filter.search().isEmpty()) {
            sql.append(" and (lower(number) like :search or lower(tracking_number) like :search)");
        }
        Object cursorValue = after == null ? null : after.typedValue(sort);
        if (cursorValue != null) {
            String op = sort.descending ? "<" : ">";
            sql.append(" and (").append(sort.column).append(' ').append(op).append(" :cursorValue or (")
                    .append(sort.column).append(" = :cursorValue and id ").append(op).append(" :cursorId))");
        }
        String direction = sort.descending ? " desc" : " asc";
        sql.append(" order by ").append(consigneeId != null ? "consignee_id, " : "")
                .append(consigneeId != null && filter.phase() != null ? "phase, " : "")
                .append(sort.column).append(direction).append(", id").append(direction)
                .append(" limit :limit");
        Query query = handle.createQuery(sql.toString()).bind("limit", limit);
        if (consigneeId != null) {
            query.bind("consigneeId", consigneeId.longValue());
        }
        if (filter.phase() != null) {
            query.bind("phase", filter.phase());
        }
        bindDates(query, filter.from(), filter.to());
        if (!filter.search().isEmpty()) {
            query.bind("search", LikePatterns.contains(filter.search()));
        }
        if (cursorValue != null) {
            query.bind("cursorValue", cursorValue).bind("cursorId", after.id());
        }
        return query;
    }

    private void bindDates(Query query, LocalDate from, LocalDate to) {
        if (from != null) {
            query.bind("fromInstant", from.atStartOfDay(zone).toInstant());
        }
        if (to != null) {
            query.bind("toInstant", to.plusDays(1).atStartOfDay(zone).toInstant());
        }
    }
}
