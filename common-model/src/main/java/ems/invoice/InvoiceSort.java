package ems.invoice;

/** How a portal invoice list is ordered; dates tie-break on id so keyset pages never skip or repeat. */
public enum InvoiceSort {
    NEWEST("issue_date", true), OLDEST("issue_date", false), DUE("due_date", false);

    final String column;
    final boolean descending;

    InvoiceSort(String column, boolean descending) {
        this.column = column;
        this.descending = descending;
    }

    public static InvoiceSort parse(String text) {
        for (InvoiceSort sort : values()) {
            if (sort.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return sort;
            }
        }
        return NEWEST;
    }
}
