package ems.invoice;

import java.math.BigDecimal;

public record InvoiceCredit(long id, long invoiceId, String description, BigDecimal amount) {
}
