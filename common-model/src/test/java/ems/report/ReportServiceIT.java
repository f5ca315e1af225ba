package ems.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ems.consignee.Consignee;
import ems.error.ValidationException;
import ems.i18n.Language;
import ems.invoice.Invoice;
import ems.pdf.Documents;
import ems.shipment.ShipmentFilter;
import ems.testing.ModelTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every report type, read back out of the PDF: the consignee's data for the range, and nobody else's. */
class ReportServiceIT extends ModelTest {

    private Consignee nlc;
    private Consignee pli;
    private LocalDate today;

    @BeforeEach
    void demo() {
        model.demo().seed();
        nlc = model.consignees().search("NLC").get(0);
        pli = model.consignees().search("PLI").get(0);
        today = model.invoices().today();
    }

    private String report(Consignee c, ReportType type, LocalDate from, LocalDate to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.reports().write(c.scope(), new ReportRequest(type, from, to), Language.EN, Documents.HEAD, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Whether {@code at}, as a warehouse date, falls within from..to inclusive. */
    private static boolean within(java.time.Instant at, LocalDate from, LocalDate to) {
        LocalDate day = LocalDate.ofInstant(at, ems.Model.ZONE);
        return !day.isBefore(from) && !day.isAfter(to);
    }

    @Test
    void theShipmentReportListsTheConsigneesShipmentsInTheRangeOnly() throws IOException {
        LocalDate from = today.minusDays(14);
        String text = report(nlc, ReportType.SHIPMENTS, from, today);
        var shipments = model.shipments().staffList(nlc.id(), ShipmentFilter.all(), 100);
        long inRange = shipments.stream().filter(s -> within(s.createdAt(), from, today)).count();
        assertThat(inRange).as("the demo has shipments on both sides of the range").isBetween(1L,
                shipments.size() - 1L);
        shipments.forEach(s -> assertThat(text.contains(s.number())).as(s.number())
                .isEqualTo(within(s.createdAt(), from, today)));
        model.shipments().staffList(pli.id(), ShipmentFilter.all(), 100)
                .forEach(s -> assertThat(text).doesNotContain(s.number()));
        assertThat(text).contains("SHIPMENT REPORT", "Northern Lights Cannabis Co.", "Shipments " + inRange,
                "Prepared by", "Approved by", "Page 1 of");
        String before = report(nlc, ReportType.SHIPMENTS, today.minusDays(120), today.minusDays(90));
        assertThat(before).contains("Nothing in this period.").doesNotContain("SH-NLC");
    }

    @Test
    void theInvoiceStatementListsIssuedInvoicesOfTheRangeWithTheirTotals() throws IOException {
        List<Invoice> all = model.invoices().staffList(null, nlc.id(), "", 100);
        String text = report(nlc, ReportType.INVOICE_STATEMENT, today.minusDays(14), today);
        for (Invoice i : all) {
            if (i.number() == null) {
                continue; // a draft has no number and is never reported
            }
            boolean inRange = !i.issueDate().isBefore(today.minusDays(14));
            assertThat(text.contains(i.number())).as(i.number()).isEqualTo(inRange);
        }
        assertThat(text).contains("INVOICE STATEMENT", "Invoiced (excluding void)").doesNotContain("INV-PLI");
    }

    @Test
    void theStatementSaysWhichInvoicesAreOverdueAndByHowMuch() throws IOException {
        List<Invoice> overdue = model.invoices().staffList(null, nlc.id(), "", 100).stream()
                .filter(i -> i.number() != null && i.daysOverdue(today) > 0).toList();
        assertThat(overdue).as("the demo has an overdue invoice").isNotEmpty();
        String text = report(nlc, ReportType.INVOICE_STATEMENT, today.minusDays(120), today);
        BigDecimal overdueBalance = BigDecimal.ZERO;
        for (Invoice i : overdue) {
            assertThat(text).as(i.number()).containsPattern(i.number() + ".*Overdue, " + i.daysOverdue(today) + " days");
            overdueBalance = overdueBalance.add(i.balance());
        }
        assertThat(text).contains("Overdue balance " + new ems.pdf.DocText(Language.EN).money(overdueBalance));
    }

    @Test
    void productionInventoryAndOutboundReportsStayWithinTheConsignee() throws IOException {
        var orders = model.productionOrders().work(null, nlc.id(), 100);
        // From the day the newest order was made: the older ones fall outside the range.
        LocalDate from = orders.stream().map(o -> LocalDate.ofInstant(o.createdAt(), ems.Model.ZONE))
                .max(java.util.Comparator.naturalOrder()).orElseThrow();
        String production = report(nlc, ReportType.PRODUCTION, from, today);
        assertThat(orders.stream().filter(o -> within(o.createdAt(), from, today)).count())
                .as("the demo has orders on both sides of the range").isBetween(1L, orders.size() - 1L);
        orders.forEach(o -> assertThat(production.contains(o.number())).as(o.number())
                .isEqualTo(within(o.createdAt(), from, today)));
        assertThat(production).doesNotContain("PO-PLI");
        var en = new ems.pdf.DocText(Language.EN);
        var inRange = orders.stream().filter(o -> within(o.createdAt(), from, today)).toList();
        assertThat(production).as("totals name what they count").contains(
                "Units ordered " + en.number(inRange.stream().mapToLong(o -> o.units()).sum()),
                "Units produced " + en.number(inRange.stream().mapToLong(o -> o.produced()).sum()));
        String inventory = report(nlc, ReportType.INVENTORY, null, null);
        model.catalog().catalogue(nlc.id()).stream().filter(r -> r.variantId() != null)
                .forEach(r -> assertThat(inventory).as("whole SKU").contains(r.sku()));
        assertThat(inventory).contains("INVENTORY SNAPSHOT", "Blue Dream", "Unstamped", "Quebec")
                .doesNotContain("Prairie Gold");
        LocalDate lastWeek = today.minusDays(7);
        String outbound = report(nlc, ReportType.OUTBOUND, lastWeek, today);
        var deliveries = model.outbound().staffList(null, nlc.id(), 100);
        assertThat(deliveries).anySatisfy(o -> assertThat(o.dispatchedAt()).isNotNull()
                .matches(at -> !within(at, lastWeek, today), "dispatched before the range"));
        deliveries.forEach(o -> assertThat(outbound.contains(o.number())).as(o.number())
                .isEqualTo(o.status().isDispatched() && within(o.dispatchedAt(), lastWeek, today)));
        assertThat(outbound).doesNotContain("OUT-PLI");
        deliveries.stream().filter(o -> o.status().isDispatched() && within(o.dispatchedAt(), lastWeek, today))
                .forEach(o -> assertThat(outbound).as("a tracking number is never broken across lines")
                        .contains(o.trackingNumber()));
    }

    @Test
    void badRequestsAreRefused() {
        assertThatThrownBy(() -> ReportRequest.parse("SECRET", "2026-01-01", "2026-01-31"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorFor("type")).isNotNull());
        assertThatThrownBy(() -> ReportRequest.parse("SHIPMENTS", "2026-02-01", "2026-01-31"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("to").key()).isEqualTo("error.date.order"));
        assertThatThrownBy(() -> ReportRequest.parse("SHIPMENTS", "2025-01-01", "2026-01-31"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("to").key()).isEqualTo("error.report.range"));
        assertThatThrownBy(() -> ReportRequest.parse("SHIPMENTS", "", "2026-01-31"))
                .isInstanceOf(ValidationException.class);
        assertThat(ReportRequest.parse("INVENTORY", "", "").from()).isNull();
    }
}
