package ems.invoice;

/** The portal's two invoice lists: Outstanding (issued with a balance) and Paid (settled or voided). */
public enum InvoiceCategory {
    OUTSTANDING("'ISSUED', 'PARTIALLY_PAID'"), PAID("'PAID', 'VOID'");

    final String statuses;

    InvoiceCategory(String statuses) {
        this.statuses = statuses;
    }

    public static InvoiceCategory parse(String text) {
        return "PAID".equalsIgnoreCase(text == null ? "" : text.strip()) ? PAID : OUTSTANDING;
    }
}
