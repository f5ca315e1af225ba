package ems.pdf;

import ems.i18n.Language;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A report-style document: a title, facts (consignee, period), one long table whose rows the caller
 * pushes as it reads them (so a large report never holds its rows as a list), optional totals, and the
 * sign-off lines.
 */
public final class TablePdf {

    private TablePdf() {
    }

    /** Rows from a list or any iterable. */
    public static void write(Letterhead head, Language language, String title, String reference,
                             List<String[]> facts, List<Column> columns, Iterable<List<String>> rows,
                             OutputStream out) {
        write(head, language, title, reference, facts, columns, sink -> rows.forEach(sink), List::of, out);
    }

    /**
     * Rows pushed by {@code producer} into the sink it is given; {@code totalsAfter} (label, value) is asked
     * for once the rows are written, so it can report what was counted on the way.
     * When no row comes, {@code empty} text says so instead of an empty table.
     */
    public static void write(Letterhead head, Language language, String title, String reference,
                             List<String[]> facts, List<Column> columns,
                             Consumer<Consumer<List<String>>> producer, Supplier<List<String[]>> totalsAfter,
                             OutputStream out) {
        DocText t = new DocText(language);
        try (PdfLayout pdf = new PdfLayout(head.name() + " · " + title)) {
            pdf.letterhead(head, title, reference);
            pdf.facts(facts);
            PdfLayout.TableWriter table = pdf.startTable(columns);
            producer.accept(table::row);
            table.end();
            if (table.rows() == 0) {
                pdf.paragraph(t.t("doc.noRows"));
            }
            List<String[]> totals = totalsAfter.get();
            if (!totals.isEmpty()) {
                pdf.totals(totals, totals.stream().map(r -> Boolean.TRUE).toList());
            }
            pdf.signOff(t.t("doc.preparedBy"), t.t("doc.approvedBy"), t.t("doc.date"));
            pdf.finish(out, head.name() + " · " + reference, t.pageOf());
        }
    }
}
