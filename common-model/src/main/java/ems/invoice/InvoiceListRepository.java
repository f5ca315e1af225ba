package ems.invoice;

import ems.db.LikePatterns;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Invoice lists. The portal's are one consignee's issued invoices in a category — never a draft, the
 * status list is fixed text per category — keyset-paged; staff's lists any status, any consignee.
 */
final class InvoiceListRepository {

    private final Handle handle;

    InvoiceListRepository(Handle handle) {
        this.handle = handle.registerRowMapper(ConstructorMapper.factory(Invoice.class));
    }

    /** A page position: the sort column's date and the id of the last row shown. */
    record After(LocalDate date, long id) {
    }

    List<Invoice> page(long consigneeId, InvoiceCategory category, String search, InvoiceSort sort, After after,
                       int limit) {
        return query(consigneeId, category, search, sort, after, limit).mapTo(Invoice.class).list();
    }

    void each(long consigneeId, InvoiceCategory category, String search, InvoiceSort sort, Consumer<Invoice> rows) {
        try (var stream = query(consigneeId, category, search, sort, null, Integer.MAX_VALUE).setFetchSize(500)
                .mapTo(Invoice.class).stream()) {
            stream.forEach(rows);
        }
    }

    CategoryTotals totals(long consigneeId, InvoiceCategory category, LocalDate today) {
        return handle.createQuery("""
                        select count(*) as n, coalesce(sum(total), 0) as total, coalesce(sum(balance), 0) as balance,
                               coalesce(sum(case when due_date < :today then 1 else 0 end), 0) as overdue,
                               coalesce(sum(case when due_date < :today then balance else 0 end), 0) as overdue_balance
                        from invoice where consignee_id = :consigneeId and status in (%s)
                        """.formatted(category.statuses))
                .bind("consigneeId", consigneeId).bind("today", today)
                .map((rs, ctx) -> new CategoryTotals(rs.getInt("n"), rs.getBigDecimal("total").setScale(2),
                        rs.getBigDecimal("balance").setScale(2),
                        category == InvoiceCategory.OUTSTANDING ? rs.getInt("overdue") : 0,
                        category == InvoiceCategory.OUTSTANDING ? rs.getBigDecimal("overdue_balance").setScale(2)
                                : BigDecimal.ZERO.setScale(2)))
                .one();
    }

    List<Invoice> staff(InvoiceStatus status, Long consigneeId, String search, int limit) {
        StringBuilder sql = new StringBuilder("select * from invoice where 1 = 1");
        if (status != null) {
            sql.append(" and status = :status");
        }
        if (consigneeId != null) {
            sql.append(" and consignee_id = :consigneeId");
        }
        if (!search.isEmpty()) {
            sql.append(" and lower(coalesce(number, '')) like :search");
        }
        sql.append(" order by created_at desc, id desc limit :limit");
        Query q = handle.createQuery(sql.toString()).bind("limit", limit);
        if (status != null) {
            q.bind("status", status);
        }
        if (consigneeId != null) {
            q.bind("consigneeId", consigneeId.longValue());
        }
        if (!search.isEmpty()) {
            q.bind("search", LikePatterns.contains(search));
        }
        return q.mapTo(Invoice.class).list();
    }

    private Query query(long consigneeId, InvoiceCategory category, String search, InvoiceSort sort, After after,
                        int limit) {
        StringBuilder sql = new StringBuilder("select * from invoice where consignee_id = :consigneeId and status in (")
                .append(category.statuses).append(')');
        if (!search.isEmpty()) {
            sql.append(" and lower(number) like :search");
        }
        String op = sort.descending ? "<" : ">";
        if (after != null) {
            sql.append(" and (").append(sort.column).append(' ').append(op).append(" :afterDate or (")
                    .append(sort.column).append(" = :afterDate and id ").append(op).append(" :afterId))");
        }
        String dir = sort.descending ? " desc" : " asc";
        sql.append(" order by ").append(sort.column).append(dir).append(", id").append(dir).append(" limit :limit");
        Query q = handle.createQuery(sql.toString()).bind("consigneeId", consigneeId).bind("limit", limit);
        if (!search.isEmpty()) {
            q.bind("search", LikePatterns.contains(search));
        }
        if (after != null) {
            q.bind("afterDate", after.date()).bind("afterId", after.id());
        }
        return q;
    }

    /** Issued invoices (never drafts) dated in [from, to], oldest first, streamed: the invoice statement. */
    void statement(long consigneeId, LocalDate from, LocalDate to, Consumer<Invoice> rows) {
        try (var stream = handle.createQuery("""
                        select * from invoice where consignee_id = :consigneeId and status <> 'DRAFT'
                          and issue_date >= :from and issue_date <= :to
                        order by issue_date, id
                        """).bind("consigneeId", consigneeId).bind("from", from).bind("to", to).setFetchSize(500)
                .mapTo(Invoice.class).stream()) {
            stream.forEach(rows);
        }
    }
}
