package ems.invoice;

import java.math.BigDecimal;

/** What a category tab shows in its header: how many invoices, their total, what is still owed. */
public record CategoryTotals(int count, BigDecimal total, BigDecimal balance, int overdue, BigDecimal overdueBalance) {
}
