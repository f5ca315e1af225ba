package ems.invoice;

import java.math.BigDecimal;

/** A stored invoice line; {@code referenceLabel} is the referenced document's number, kept for display. */
public record InvoiceLine(long id, long invoiceId, int position, String description, BigDecimal quantity,
                          BigDecimal unitPrice, BigDecimal exciseDuty, BigDecimal lineTotal,
                          DraftLine.ReferenceType referenceType, Long referenceId, String referenceLabel)
        implements InvoiceMath.Line {
}
