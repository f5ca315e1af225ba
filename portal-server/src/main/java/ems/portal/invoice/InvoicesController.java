package ems.portal.invoice;

import ems.account.PortalPrincipal;
import ems.error.Validation;
import ems.error.ValidationException;
import ems.invoice.CategoryTotals;
import ems.invoice.Invoice;
import ems.invoice.InvoiceCategory;
import ems.invoice.InvoiceDetail;
import ems.invoice.InvoiceService;
import ems.invoice.InvoiceSort;
import ems.pdf.InvoicePdf;
import ems.pdf.Letterhead;
import ems.portal.web.CsvExport;
import ems.portal.web.FormErrors;
import ems.portal.web.Pages;
import ems.portal.web.Params;
import ems.portal.web.PdfDownload;
import ems.portal.web.QueryLinks;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;

/** /invoices: the consignee's issued invoices, Outstanding or Paid, each with its PDF. Never a draft. */
public final class InvoicesController {

    private final InvoiceService invoices;
    private final Pages pages;
    private final Letterhead letterhead;

    public InvoicesController(InvoiceService invoices, Pages pages, Letterhead letterhead) {
        this.invoices = invoices;
        this.pages = pages;
        this.letterhead = letterhead;
    }

    public void list(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        InvoiceCategory category = InvoiceCategory.parse(ctx.queryParam("category"));
        String q = QueryLinks.param(ctx, "q");
        String sortText = QueryLinks.param(ctx, "sort");
        InvoiceSort sort = InvoiceSort.parse(sortText);
        Validation v = new Validation();
        String search = v.optionalText("q", q, 60);
        FormErrors errors = FormErrors.none();
        List<Invoice> rows = List.of();
        String next = null;
        try {
            v.throwIfInvalid();
            if ("csv".equals(ctx.queryParam("format"))) {
                csv(ctx, user, category, search, sort);
                return;
            }
            var page = invoices.page(user.scope(), category, search, sort, ctx.queryParam("after"));
            rows = page.rows();
            next = page.nextCursor() == null ? null : link(category, q, sortText, "after", page.nextCursor());
        } catch (ValidationException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            errors = FormErrors.of(e, pages.messages(ctx));
        }
        CategoryTotals outstanding = invoices.totals(user.scope(), InvoiceCategory.OUTSTANDING);
        CategoryTotals paid = invoices.totals(user.scope(), InvoiceCategory.PAID);
        pages.render(ctx, "invoices.jte", new InvoicesPage(pages.shell(ctx), category, q, sortText, errors, rows,
                next, ctx.queryParam("after") == null ? null : link(category, q, sortText, "", ""),
                link(category, q, sortText, "format", "csv"), outstanding, paid, invoices.today()));
    }

    public void detail(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        InvoiceDetail detail = invoices.detail(user.scope(), Params.id(ctx));
        pages.render(ctx, "invoice.jte", new InvoicePage(pages.shell(ctx), detail, invoices.today()));
    }

    public void pdf(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        InvoiceDetail detail = invoices.detail(user.scope(), Params.id(ctx));
        PdfDownload.send(ctx, detail.invoice().number() + ".pdf", false,
                out -> InvoicePdf.write(detail, letterhead, user.language(), out));
    }

    private static String link(InvoiceCategory category, String q, String sort, String key, String value) {
        return QueryLinks.link("/invoices", "category", category == InvoiceCategory.PAID ? "PAID" : "", "q", q,
                "sort", sort, key, value);
    }

    private void csv(Context ctx, PortalPrincipal user, InvoiceCategory category, String search, InvoiceSort sort) {
        var msg = pages.messages(ctx);
        try (CsvExport csv = CsvExport.start(ctx, "invoices-" + category.name().toLowerCase() + "-"
                + invoices.today() + ".csv", List.of(msg.get("invoices.number"), msg.get("invoices.issued"),
                msg.get("invoices.due"), msg.get("invoices.total"), msg.get("invoices.paid"),
                msg.get("invoices.balance"), msg.get("invoices.status"), msg.get("invoices.daysOverdue")))) {
            invoices.each(user.scope(), category, search, sort, i -> csv.row(List.of(i.number(), i.issueDate(),
                    i.dueDate(), i.total(), i.paid().add(i.credited()), i.balance(),
                    msg.get("invoiceStatus." + i.status().name()), i.daysOverdue(invoices.today()))));
        }
    }

}
