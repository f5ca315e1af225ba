package ems.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ems.demo.DemoData;
import ems.portal.testing.Browser;
import ems.portal.testing.PortalTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A customer goes from the invoice list to an invoice and downloads its PDF, then from an outbound
 * delivery to both its documents — the downloads fetched with the browser's own session.
 */
class InvoicesJourneyIT extends PortalTest {

    private static HttpResponse<byte[]> download(ChromeDriver driver, String url) throws Exception {
        Cookie session = driver.manage().getCookieNamed("ems_session");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "ems_session=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void invoicesListDetailAndPdfThenOutboundDetailAndBothDocuments() {
        model.demo().seed();
        portal((ignored, server) -> {
            String base = "http://localhost:" + server.port();
            try (Browser browser = new Browser()) {
                ChromeDriver driver = browser.driver();
                driver.get(base + "/login");
                driver.findElement(By.id("email")).sendKeys("ops@northernlights.demo");
                driver.findElement(By.id("password")).sendKeys(DemoData.PORTAL_PASSWORD);
                browser.clickAndWait(By.cssSelector("button[type=submit].primary"));
                assertThat(driver.findElement(By.id("invoices-widget")).getText()).contains("overdue");

                browser.clickAndWait(By.linkText("Invoices"));
                assertThat(driver.findElements(By.cssSelector("table.invoices tbody tr"))).hasSize(3);
                assertThat(driver.findElement(By.cssSelector("table.invoices")).getText()).contains("days overdue");
                browser.screenshot("30-invoices-outstanding");
                browser.clickAndWait(By.id("tab-paid"));
                assertThat(driver.findElement(By.cssSelector("table.invoices")).getText()).contains("Paid", "Void");
                browser.screenshot("31-invoices-paid");

                browser.clickAndWait(By.cssSelector("table.invoices tbody tr:first-child a"));
                String total = driver.findElement(By.id("invoice-total")).getText();
                browser.screenshot("32-invoice-detail");
                // Amounts line up on the decimal point: the number columns of a data table are right-aligned.
                assertThat(driver.findElements(By.cssSelector("table.data td.num"))).isNotEmpty()
                        .allSatisfy(cell -> assertThat(cell.getCssValue("text-align")).isEqualTo("right"));
                String pdfUrl = driver.findElement(By.id("download-pdf")).getAttribute("href");
                var pdf = download(driver, pdfUrl);
                assertThat(pdf.statusCode()).isEqualTo(200);
                assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
                assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
                try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
                    assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains(total);
                }

                browser.clickAndWait(By.linkText("Outbound"));
                assertThat(driver.findElements(By.cssSelector("table.outbound tbody tr"))).hasSize(3);
                browser.screenshot("33-outbound-list");
                driver.get(base + "/outbound?status=IN_TRANSIT");
                browser.clickAndWait(By.cssSelector("table.outbound tbody a"));
                assertThat(driver.findElements(By.cssSelector("#tracking li"))).hasSize(5);
                browser.screenshot("34-outbound-detail");
                for (String id : new String[] {"packing-slip", "bill-of-lading"}) {
                    var doc = download(driver, driver.findElement(By.id(id)).getAttribute("href"));
                    assertThat(doc.statusCode()).as(id).isEqualTo(200);
                    assertThat(doc.headers().firstValue("Content-Disposition").orElse("")).contains(id + ".pdf");
                }
            }
        });
    }
}
