package ems.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import ems.account.Section;
import ems.consignee.Consignee;
import ems.portal.testing.PortalClient;
import ems.portal.testing.PortalTest;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports over HTTP: inline PDFs, the types an account may see, bad ranges, and the per-account limit. */
class ReportsPortalIT extends PortalTest {

    private Consignee nlc;

    @BeforeEach
    void data() {
        nlc = consignee("NLC");
        primary(nlc, "ops@nlc.test", false);
        sub(nlc, "books@nlc.test", EnumSet.of(Section.INVOICES, Section.REPORTS));
        sub(nlc, "reports-only@nlc.test", EnumSet.of(Section.REPORTS));
        issuedInvoice(nlc, "Storage");
    }

    @Test
    void aReportOpensInlineOrDownloadsAndOnlyTypesTheAccountMaySeeAreOffered() {
        portal((http, server) -> {
            PortalClient books = new PortalClient(server.port());
            books.signIn("books@nlc.test", PASSWORD);
            var form = books.get("/reports");
            assertThat(form.html().select("input[name=type]").eachAttr("value")).containsExactly("INVOICE_STATEMENT");
            var inline = books.get("/reports/generate?type=INVOICE_STATEMENT&from=2026-02-01&to=2026-03-02");
            assertThat(inline.status()).isEqualTo(200);
            assertThat(inline.header("Content-Type")).isEqualTo("application/pdf");
            assertThat(inline.header("Content-Disposition")).startsWith("inline; filename=\"NLC-invoice-statement-");
            assertThat(inline.header("Cache-Control")).isEqualTo("no-store");
            var download = books.get("/reports/generate?type=INVOICE_STATEMENT&from=2026-02-01&to=2026-03-02&download=1");
            assertThat(download.header("Content-Disposition")).startsWith("attachment;");
            var forbidden = books.get("/reports/generate?type=SHIPMENTS&from=2026-02-01&to=2026-03-02");
            assertThat(forbidden.status()).isEqualTo(403);
            assertThat(forbidden.html().select("#report-error").text()).isEqualTo("Choose a report you may see.");

            PortalClient reportsOnly = new PortalClient(server.port());
            reportsOnly.signIn("reports-only@nlc.test", PASSWORD);
            assertThat(reportsOnly.get("/reports").html().select("input[name=type]")).isEmpty();
            assertThat(reportsOnly.get("/reports/generate?type=INVOICE_STATEMENT&from=2026-02-01&to=2026-03-02")
                    .status()).as("the statement needs Invoices").isEqualTo(403);
        });
    }

    @Test
    void badRangesAreRefusedAndOneAccountCannotFloodTheServer() {
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            var reversed = http.get("/reports/generate?type=SHIPMENTS&from=2026-03-02&to=2026-02-01");
            assertThat(reversed.status()).isEqualTo(400);
            assertThat(reversed.html().select("#to-error").text()).contains("end date");
            assertThat(http.get("/reports/generate?type=SHIPMENTS&from=2024-01-01&to=2026-02-01").status())
                    .isEqualTo(400);
            assertThat(http.get("/reports/generate?type=NOPE").status()).isEqualTo(400);
            for (int i = 0; i < ReportsController.PER_MINUTE; i++) {
                assertThat(http.get("/reports/generate?type=INVENTORY").status()).as("report %d", i).isEqualTo(200);
            }
            var limited = http.get("/reports/generate?type=INVENTORY");
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("Retry-After")).isEqualTo("60");
            PortalClient someoneElse = new PortalClient(server.port());
            someoneElse.signIn("books@nlc.test", PASSWORD);
            assertThat(someoneElse.get("/reports/generate?type=INVOICE_STATEMENT&from=2026-02-01&to=2026-03-02")
                    .status()).as("the limit is per account").isEqualTo(200);
            clock.advance(java.time.Duration.ofSeconds(61));
            assertThat(http.get("/reports/generate?type=INVENTORY").status()).isEqualTo(200);
        });
    }
}
