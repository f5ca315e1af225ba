package ems.pdf;

import ems.i18n.Language;
import ems.invoice.Invoice;
import ems.invoice.InvoiceCredit;
import ems.invoice.InvoiceDetail;
import ems.invoice.InvoiceLine;
import ems.invoice.InvoiceStatus;
import ems.invoice.Settlement;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The invoice as both apps print it: the desktop preview and the customer's download are this same
 * drawing, and every figure is the stored one (computed once by InvoiceMath), so page and PDF agree.
 */
public final class InvoicePdf {

    private InvoicePdf() {
    }

    public static void write(InvoiceDetail detail, Letterhead head, Language language, OutputStream out) {
        DocText t = new DocText(language);
        Invoice inv = detail.invoice();
        boolean draft = inv.status() == InvoiceStatus.DRAFT;
        String number = draft ? t.t("invoice.status.DRAFT") : inv.number();
        try (PdfLayout pdf = new PdfLayout(head.name() + " · " + t.t("invoice.title") + " " + number)) {
            pdf.letterhead(head, t.t(draft ? "invoice.draftTitle" : "invoice.title"), number);
            pdf.parties(t.t("invoice.billTo"), detail.consigneeName(), detail.consigneeAddress(), null, null, null);
            List<String[]> facts = new ArrayList<>();
            facts.add(new String[] {t.t("invoice.issueDate"), t.date(inv.issueDate())});
            facts.add(new String[] {t.t("invoice.dueDate"), t.date(inv.dueDate())});
            facts.add(new String[] {t.t("invoice.terms"), t.t("invoice.termsDays", inv.termsDays())});
            facts.add(new String[] {t.t("invoice.status"), t.t("invoice.status." + inv.status().name())});
            facts.add(new String[] {t.t("invoice.account"), detail.consigneeCode()});
            pdf.facts(facts);
            if (inv.status() == InvoiceStatus.VOID) {
                pdf.heading(t.t("invoice.void", inv.voidReason()));
            }
            pdf.heading(t.t("invoice.lines"));
            List<List<String>> rows = new ArrayList<>();
            for (InvoiceLine l : detail.lines()) {
                rows.add(List.of(String.valueOf(l.position()), l.description(), reference(t, l),
                        t.number(l.quantity()), t.money(l.unitPrice()), t.money(l.exciseDuty()),
                        t.money(l.lineTotal())));
            }
            pdf.table(List.of(Column.right("#", 0.35f), Column.left(t.t("invoice.description"), 3.0f),
                    Column.left(t.t("invoice.reference"), 1.6f), Column.right(t.t("invoice.quantity"), 0.7f),
                    Column.right(t.t("invoice.unitPrice"), 1.3f), Column.right(t.t("invoice.exciseDuty"), 1.3f),
                    Column.right(t.t("invoice.lineTotal"), 1.3f)), rows);
            if (!detail.credits().isEmpty()) {
                pdf.heading(t.t("invoice.credits"));
                List<List<String>> credits = new ArrayList<>();
                for (InvoiceCredit c : detail.credits()) {
                    credits.add(List.of(c.description(), "−" + t.money(c.amount())));
                }
                pdf.table(List.of(Column.left(t.t("invoice.description"), 7f), Column.right(t.t("invoice.amount"),
                        1.5f)), credits);
            }
            List<String[]> totals = new ArrayList<>();
            List<Boolean> strong = new ArrayList<>();
            add(totals, strong, t.t("invoice.subtotal"), t.money(inv.subtotal()), false);
            add(totals, strong, t.t("invoice.dutyTotal"), t.money(inv.dutyTotal()), false);
            if (inv.creditTotal().signum() > 0) {
                add(totals, strong, t.t("invoice.creditTotal"), "−" + t.money(inv.creditTotal()), false);
            }
            add(totals, strong, t.t("invoice.tax", t.t("tax." + inv.salesTax().label()), inv.salesTax().percentFigure()),
                    t.money(inv.taxTotal()), false);
            add(totals, strong, t.t("invoice.total"), t.money(inv.total()), true);
            if (inv.paid().signum() > 0) {
                add(totals, strong, t.t("invoice.paid"), "−" + t.money(inv.paid()), false);
            }
            if (inv.credited().signum() > 0) {
                add(totals, strong, t.t("invoice.credited"), "−" + t.money(inv.credited()), false);
            }
            add(totals, strong, t.t("invoice.balance"), t.money(inv.balance()), true);
            pdf.totals(totals, strong);
            if (!detail.settlements().isEmpty()) {
                pdf.heading(t.t("invoice.settlements"));
                List<List<String>> settled = new ArrayList<>();
                for (Settlement s : detail.settlements()) {
                    settled.add(List.of(t.date(s.onDate()), t.t("invoice." + s.kind().name())
                                    + (s.number() == null ? "" : " " + s.number()),
                            (s.method() + " " + s.reference()).strip(), t.money(s.amount())));
                }
                pdf.table(List.of(Column.left(t.t("invoice.settlementDate"), 1.3f),
                        Column.left(t.t("invoice.settlementKind"), 2f), Column.left(t.t("invoice.settlementRef"), 3f),
                        Column.right(t.t("invoice.amount"), 1.3f)), settled);
            }
            if (!inv.notes().isEmpty()) {
                pdf.heading(t.t("invoice.notes"));
                pdf.paragraph(inv.notes());
            }
            pdf.signOff(inv.preparedBy().isEmpty() ? t.t("doc.preparedBy")
                    : t.t("doc.labelled", t.t("doc.preparedBy"), inv.preparedBy()),
                    t.t("doc.approvedBy"), t.t("doc.date"));
            pdf.finish(out, head.name() + " · " + number, t.pageOf());
        }
    }

    private static String reference(DocText t, InvoiceLine line) {
        return line.referenceType() == null ? "" : t.t("invoice.ref." + line.referenceType().name(),
                line.referenceLabel());
    }

    private static void add(List<String[]> rows, List<Boolean> strong, String label, String value, boolean isStrong) {
        rows.add(new String[] {label, value});
        strong.add(isStrong);
    }
}
