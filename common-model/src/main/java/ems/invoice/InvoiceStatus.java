package ems.invoice;

/**
 * An invoice's status. Drafts are staff-only; issuing freezes the invoice; payments and credit notes
 * move it to partially paid and paid; an issued invoice with nothing settled can be voided.
 */
public enum InvoiceStatus {
    DRAFT, ISSUED, PARTIALLY_PAID, PAID, VOID;

    /** Issued and not settled: what the portal calls Outstanding. */
    public boolean isOutstanding() {
        return this == ISSUED || this == PARTIALLY_PAID;
    }
}
