package ems.invoice;

import ems.consignee.Province;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An invoice with its stored totals (always those {@link InvoiceMath} computes from its lines). */
public record Invoice(long id, long consigneeId, String number, InvoiceStatus status, LocalDate issueDate,
                      LocalDate dueDate, int termsDays, Province province, String notes, BigDecimal subtotal,
                      BigDecimal dutyTotal, BigDecimal creditTotal, BigDecimal taxTotal, BigDecimal total,
                      BigDecimal paid, BigDecimal credited, BigDecimal balance, String voidReason, String preparedBy,
                      String issuedBy, int version, Instant createdAt, Instant updatedAt) {

    /** Days past the due date on {@code today}, or 0 when not overdue (or not outstanding). */
    public long daysOverdue(LocalDate today) {
        if (!status.isOutstanding() || dueDate == null || !today.isAfter(dueDate)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(dueDate, today);
    }

    public SalesTax salesTax() {
        return SalesTax.of(province);
    }
}
