package ems.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import ems.i18n.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** What the documents say, read back out of the PDF with PDFBox; page 1 of each is saved as a PNG to look at. */
class DocumentsTest {

    static final Path OUT = Path.of("target", "pdf");

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    static void png(byte[] pdf, String name) throws IOException {
        Files.createDirectories(OUT);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 110), "png", OUT.resolve(name + ".png").toFile());
        }
    }

    @Test
    void anInvoiceCarriesItsFiguresNamesAccentsAndSignOffInFrench() throws IOException {
        var detail = Documents.invoice(6);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InvoicePdf.write(detail, Documents.HEAD, Language.FR, out);
        String text = text(out.toByteArray());
        png(out.toByteArray(), "invoice-fr");

        assertThat(text).contains("FACTURE", "INV-BVB-00042", "Bayview Botanicals Ltée", "Entrepôt Sous-Douane Québec",
                "Crème brûlée, été", "Rabais de fidélité", "TPS 5 %", "Solde dû", "Préparé par : Hélène Côté",
                "Approuvé par", "Page 1 de " + pages(out.toByteArray()));
        var t = new DocText(Language.FR);
        assertThat(text).contains(t.money(detail.invoice().total()), t.money(detail.invoice().balance()),
                t.money(detail.invoice().taxTotal()), t.money(detail.lines().get(2).lineTotal()));
    }

    @Test
    void aLongInvoiceBreaksAcrossPagesRepeatsItsHeadingAndNumbersPages() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InvoicePdf.write(Documents.invoice(120), Documents.HEAD, Language.EN, out);
        int pages = pages(out.toByteArray());
        assertThat(pages).isGreaterThan(2);
        String text = text(out.toByteArray());
        assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages, "Prepared by", "Approved by");
        int headings = text.split("Unit price", -1).length - 1;
        assertThat(headings).as("the table heading on every page it spans").isGreaterThanOrEqualTo(pages - 1);
        assertThat(text).as("the last line is there").contains("SHP-BVB-000120");
    }

    @Test
    void bothOutboundDocumentsNameTheDeliveryItsGoodsAndSignatures() throws IOException {
        ByteArrayOutputStream slip = new ByteArrayOutputStream();
        OutboundPdf.packingSlip(Documents.outbound(), Documents.HEAD, Language.EN, slip);
        ByteArrayOutputStream bol = new ByteArrayOutputStream();
        OutboundPdf.billOfLading(Documents.outbound(), Documents.HEAD, Language.FR, bol);
        png(slip.toByteArray(), "packing-slip-en");
        png(bol.toByteArray(), "bill-of-lading-fr");
        assertThat(text(slip.toByteArray())).contains("PACKING SLIP", "OUT-BVB-00007", "SQDC — Centre de distribution",
                "Fleur de Baie", "BVB-FLEU-3.5G", "0628000000012", "720", "30", "Prepared by", "Approved by", "TB-99812",
                "Page 1 of 1");
        assertThat(text(bol.toByteArray())).contains("CONNAISSEMENT", "Transport Bourassa", "Expéditeur",
                "Entrepôt Sous-Douane Québec", "timbres d’accise Québec", "Marchandises appartenant à : Bayview Botanicals Ltée", "Transporteur (reçu en bon état)",
                "Préparé par", "Approuvé par", "Reçu par", "Page 1 de 1");
        String bolText = text(bol.toByteArray());
        long dateLabels = java.util.regex.Pattern.compile("\\bDate\\b").matcher(bolText).results().count();
        assertThat(dateLabels).as("one date line per signature (shipper, carrier, prepared, approved, received)")
                .isEqualTo(5);
    }

    @Test
    void aTenThousandRowReportStaysInOneStreamOfPagesWithRepeatedHeadings() throws IOException {
        List<Column> columns = List.of(Column.left("Shipment", 2), Column.left("Carrier", 2), Column.right("Units", 1));
        Iterable<List<String>> rows = () -> new java.util.Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                return n < 10_000;
            }

            @Override
            public List<String> next() {
                n++;
                return List.of("SHP-" + n, "Purolator", String.valueOf(n % 500));
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TablePdf.write(Documents.HEAD, Language.EN, "Shipment report", "RPT-1",
                new ArrayList<>(List.<String[]>of(new String[] {"Period", "2026"})), columns, rows, out);
        int pages = pages(out.toByteArray());
        assertThat(pages).isGreaterThan(150);
        String text = text(out.toByteArray());
        assertThat(text).contains("SHP-10000", "Page " + pages + " of " + pages);
    }

    @Test
    void aHeadingWiderThanItsColumnWrapsInsteadOfRunningIntoTheNext() throws IOException {
        List<Column> columns = List.of(Column.left("Order", 1), Column.left("Dispatched and then delivered", 1),
                Column.left("Destination", 1), Column.left("Status", 1), Column.left("A", 1), Column.left("B", 1),
                Column.left("C", 1), Column.left("D", 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TablePdf.write(Documents.HEAD, Language.EN, "Outbound report", "RPT-2", new ArrayList<>(),
                columns, List.of(List.of("OUT-1", "Nov. 24", "SQDC", "Delivered", "a", "b", "c", "d")), out);
        png(out.toByteArray(), "wrapped-heading");
        String text = text(out.toByteArray());
        assertThat(text.lines().filter(l -> l.contains("Order")).findFirst().orElseThrow())
                .as("the heading's first line stops at its column").contains("Dispatched")
                .doesNotContain("delivered");
        assertThat(text).doesNotContainPattern("delivered\\S*Destination").contains("delivered");
    }
}
