package ems.portal.invoice;

import ems.invoice.CategoryTotals;
import ems.invoice.Invoice;
import ems.invoice.InvoiceCategory;
import ems.invoice.InvoiceSort;
import ems.portal.web.FormErrors;
import ems.portal.web.Shell;
import java.time.LocalDate;
import java.util.List;

/** /invoices: the category shown, the filter as typed, one page of rows, both categories' totals. */
public record InvoicesPage(Shell shell, InvoiceCategory category, String q, String sort, FormErrors errors,
                           List<Invoice> rows, String nextLink, String firstLink, String csvLink,
                           CategoryTotals outstanding, CategoryTotals paid, LocalDate today) {

    public boolean paidTab() {
        return category == InvoiceCategory.PAID;
    }

    public List<InvoiceSort> sorts() {
        return List.of(InvoiceSort.values());
    }
}
