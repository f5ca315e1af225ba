package ems.portal.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import ems.consignee.Consignee;
import ems.invoice.Invoice;
import ems.invoice.InvoiceDraft;
import ems.invoice.DraftLine;
import ems.portal.testing.PortalTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Invoices and outbound documents over HTTP: drafts never show, categories and totals, PDFs as served. */
class InvoicesPortalIT extends PortalTest {

    private Consignee nlc;
    private Consignee other;

    @BeforeEach
    void data() {
        nlc = consignee("NLC");
        other = consignee("OTH");
        primary(nlc, "ops@nlc.test", false);
    }

    private static byte[] bytes(ems.portal.testing.PortalClient client, String path) throws Exception {
        HttpClient http = HttpClient.newBuilder().build();
        var request = HttpRequest.newBuilder(URI.create(client.base() + path))
                .header("Cookie", "ems_session=" + client.cookie("ems_session")).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void draftsAreInvisibleEverywhereExactlyLikeMissingInvoices() {
        Invoice issued = issuedInvoice(nlc, "Storage, pallet-months");
        var draft = model.invoices().createDraft(STAFF, nlc.id());
        draft = model.invoices().saveDraft(STAFF, draft.id(), draft.version(), new InvoiceDraft(30, "",
                List.of(DraftLine.of("Secret draft line", "1", "9999.00", "0")), List.of()));
        long draftId = draft.id();
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            var list = http.get("/invoices");
            assertThat(list.html().select("table.invoices tbody tr")).hasSize(1);
            assertThat(list.body()).contains(issued.number()).doesNotContain("9,999").doesNotContain("11,298");
            assertThat(list.html().select("#tab-outstanding .big-number").text()).isEqualTo("$213.57");
            assertThat(http.get("/invoices?category=PAID").html().select("table.invoices tbody tr")).isEmpty();
            assertThat(http.get("/invoices?format=csv").body()).contains(issued.number()).doesNotContain("9999");
            assertThat(http.get("/").html().select("#invoices-widget .big-number").text()).isEqualTo("$213.57");
            for (String path : List.of("/invoices/" + draftId, "/invoices/" + draftId + "/pdf")) {
                var answer = http.get(path);
                var missing = http.get(path.replace(String.valueOf(draftId), "987654321"));
                assertThat(answer.status()).as(path).isEqualTo(404);
                assertThat(answer.body()).isEqualTo(missing.body().replace("987654321", String.valueOf(draftId)));
            }
        });
    }

    @Test
    void anInvoicePageAndItsPdfShowTheSameFigures() {
        Invoice issued = issuedInvoice(nlc, "Storage, pallet-months");
        Invoice paid = model.invoices().recordPayment(STAFF, issued.id(), issued.version(), new BigDecimal("100.00"),
                LocalDate.of(2026, 2, 20), "EFT", "TRX-1");
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            var page = http.get("/invoices/" + paid.id());
            assertThat(page.html().select("#invoice-total").text()).isEqualTo("$213.57");
            assertThat(page.html().select("#invoice-balance").text()).isEqualTo("$113.57");
            assertThat(page.html().select("#invoice-lines tbody td").eachText()).contains("Storage, pallet-months",
                    "$18.40", "$5.00", "$184.00");
            assertThat(page.html().select("#invoice-settlements").text()).contains("EFT TRX-1", "$100.00");

            var pdf = http.get("/invoices/" + paid.id() + "/pdf");
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
            assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + paid.number() + ".pdf\"");
            assertThat(pdf.header("Cache-Control")).isEqualTo("no-store");
            String text = text(bytes(http, "/invoices/" + paid.id() + "/pdf"));
            assertThat(text).contains(paid.number(), "Consignee NLC", "$184.00", "$5.00", "HST 13%", "$24.57",
                    "$213.57", "$113.57", "Prepared by", "Approved by", "Page 1 of");

            http.post("/account/profile", "name", "Nadia", "language", "fr");
            assertThat(http.get("/invoices/" + paid.id()).html().select(".totals dt").eachText())
                    .as("the tax is named and written as a French reader expects").contains("TVH 13 %");
            assertThat(text(bytes(http, "/invoices/" + paid.id() + "/pdf"))).contains("TVH 13 %", "213,57 $")
                    .doesNotContain("HST");
        });
    }

    @Test
    void outboundShowsOnlyDispatchedDeliveriesWithBothDocuments() {
        var dispatched = dispatchedOrder(nlc, "Blue Dream");
        var planned = model.outbound().create(STAFF, new ems.outbound.NewOutbound(nlc.id(), "Planned only",
                "Somewhere", ems.outbound.DestinationKind.PROVINCIAL_DISTRIBUTOR, ems.consignee.Region.ON, "",
                null, List.of(new ems.outbound.NewOutbound.Line(model.outbound().detailForStaff(dispatched.id())
                .lines().get(0).variantId(), ems.inventory.Bucket.ON, 1, 0))));
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            var list = http.get("/outbound");
            assertThat(list.html().select("table.outbound tbody tr")).hasSize(1);
            assertThat(list.body()).contains(dispatched.number()).doesNotContain(planned.number());
            assertThat(http.get("/outbound/" + planned.id()).status()).isEqualTo(404);
            var detail = http.get("/outbound/" + dispatched.id());
            assertThat(detail.html().select("#outbound-lines tbody tr")).hasSize(1);
            assertThat(detail.html().select("#tracking li")).hasSize(4);
            for (String doc : List.of("packing-slip", "bill-of-lading")) {
                var pdf = http.get("/outbound/" + dispatched.id() + "/" + doc + ".pdf");
                assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
                assertThat(pdf.header("Content-Disposition")).contains(dispatched.number() + "-" + doc + ".pdf");
                assertThat(text(bytes(http, "/outbound/" + dispatched.id() + "/" + doc + ".pdf")))
                        .contains(dispatched.number(), "LCBO Durham DC", "Purolator", "Prepared by", "Approved by");
            }
            var csv = http.get("/outbound?format=csv");
            assertThat(csv.header("Content-Type")).startsWith("text/csv");
            assertThat(csv.body()).contains(dispatched.number()).doesNotContain(planned.number());
            // A dispatch in the desktop shows on the next page load.
            var more = dispatchedOrder(nlc, "Gold");
            assertThat(http.get("/outbound").body()).contains(more.number());
            assertThat(http.get("/outbound").html().select("table.outbound tbody tr").first().text())
                    .contains(more.number());
            assertThat(http.get("/outbound?sort=OLDEST").html().select("table.outbound tbody tr").first().text())
                    .contains(dispatched.number());
        });
    }
}
