package ems.portal.invoice;

import ems.invoice.InvoiceDetail;
import ems.invoice.InvoiceLine;
import ems.portal.web.Shell;
import java.time.LocalDate;

/** /invoices/{id}: every line with its duty, credits, taxes, totals, payments and what it refers to. */
public record InvoicePage(Shell shell, InvoiceDetail detail, LocalDate today) {

    /** Where a line's reference can be opened in the portal; null when it cannot. */
    public String referenceLink(InvoiceLine line) {
        if (line.referenceType() == null) {
            return null;
        }
        return switch (line.referenceType()) {
            case SHIPMENT -> "/shipments/" + line.referenceId();
            case PRODUCTION_ORDER -> "/production/orders/" + line.referenceId();
            case OUTBOUND -> "/outbound/" + line.referenceId();
        };
    }
}
