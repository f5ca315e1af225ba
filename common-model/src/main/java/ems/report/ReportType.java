package ems.report;

import ems.account.Section;

/** The on-demand reports; each belongs to the section whose data it shows, and most cover a date range. */
public enum ReportType {
    SHIPMENTS(Section.SHIPMENTS, true),
    PRODUCTION(Section.PRODUCTION, true),
    INVENTORY(Section.INVENTORY, false),
    INVOICE_STATEMENT(Section.INVOICES, true),
    OUTBOUND(Section.OUTBOUND, true);

    private final Section section;
    private final boolean ranged;

    ReportType(Section section, boolean ranged) {
        this.section = section;
        this.ranged = ranged;
    }

    public Section section() {
        return section;
    }

    public boolean ranged() {
        return ranged;
    }

    public static ReportType parse(String text) {
        for (ReportType t : values()) {
            if (t.name().equals(text == null ? "" : text.strip())) {
                return t;
            }
        }
        return null;
    }
}
