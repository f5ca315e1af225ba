package ems.pdf;

import ems.i18n.Language;
import java.io.OutputStream;
import java.util.List;

/**
 * A report-style document: a title, facts (consignee, period), one long table read row by row from the
 * caller (so a large report never holds its rows as a list), and the sign-off lines.
 */
public final class TablePdf {

    private TablePdf() {
    }

    public static void write(Letterhead head, Language language, String title, String reference,
                             List<String[]> facts, List<Column> columns, Iterable<List<String>> rows,
                             OutputStream out) {
        DocText t = new DocText(language);
        try (PdfLayout pdf = new PdfLayout(head.name() + " · " + title)) {
            pdf.letterhead(head, title, reference);
            pdf.facts(facts);
            pdf.table(columns, rows);
            pdf.signOff(t.t("doc.preparedBy"), t.t("doc.approvedBy"), t.t("doc.date"));
            pdf.finish(out, head.name() + " · " + reference, t.pageOf());
        }
    }
}
