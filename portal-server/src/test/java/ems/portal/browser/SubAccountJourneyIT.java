package ems.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ems.demo.DemoData;
import ems.portal.testing.Browser;
import ems.portal.testing.PortalTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A primary account creates an "accounting" sub-account from the preset, signs in as it, sees only
 * Invoices and Reports, and generates an invoice statement.
 */
class SubAccountJourneyIT extends PortalTest {

    @Test
    void aPrimaryCreatesAnAccountingSubAccountThatSeesOnlyInvoicesAndReportsAndGetsAStatement() throws Exception {
        model.demo().seed();
        portal((ignored, server) -> {
            String base = "http://localhost:" + server.port();
            try (Browser browser = new Browser()) {
                ChromeDriver driver = browser.driver();
                driver.get(base + "/login");
                driver.findElement(By.id("email")).sendKeys("ops@prairieleaf.demo");
                driver.findElement(By.id("password")).sendKeys(DemoData.PORTAL_PASSWORD);
                browser.clickAndWait(By.cssSelector("button[type=submit].primary"));

                browser.clickAndWait(By.linkText("Sub-accounts"));
                browser.clickAndWait(By.linkText("Accounting"));
                driver.findElement(By.id("name")).sendKeys("Alex Accounts");
                driver.findElement(By.id("email")).sendKeys("alex@prairieleaf.demo");
                driver.findElement(By.id("password")).sendKeys("first password 2026");
                browser.screenshot("40-add-accounting-sub-account");
                browser.clickAndWait(By.id("create-sub-account"));
                assertThat(driver.findElement(By.cssSelector("#sub-accounts")).getText())
                        .contains("Alex Accounts", "Invoices", "Reports");
                assertThat(driver.findElement(By.id("usage")).getText()).contains("1 of 2");
                browser.screenshot("41-sub-accounts");
                browser.clickAndWait(By.cssSelector("form[action='/logout'] button"));

                driver.findElement(By.id("email")).sendKeys("alex@prairieleaf.demo");
                driver.findElement(By.id("password")).sendKeys("first password 2026");
                browser.clickAndWait(By.cssSelector("button[type=submit].primary"));
                driver.findElement(By.id("newPassword")).sendKeys("alex chose this 2026");
                driver.findElement(By.id("newPasswordConfirm")).sendKeys("alex chose this 2026");
                browser.clickAndWait(By.cssSelector("button[type=submit].primary"));

                List<String> nav = new ArrayList<>();
                for (WebElement a : driver.findElements(By.cssSelector("nav.main-nav a"))) {
                    nav.add(a.getText());
                }
                assertThat(nav).containsExactly("Dashboard", "Invoices", "Reports", "Account settings");
                assertThat(driver.findElements(By.id("feedback-button"))).isEmpty();
                assertThat(driver.findElements(By.cssSelector("a.bell .bell-count"))).isEmpty();
                browser.screenshot("42-accounting-sub-account-dashboard");
                driver.get(base + "/shipments");
                assertThat(driver.findElement(By.tagName("main")).getText()).contains("Not available to your account");

                driver.get(base + "/reports");
                assertThat(driver.findElements(By.cssSelector("input[name=type]"))).hasSize(1);
                driver.findElement(By.id("from")).clear();
                driver.executeScript("document.getElementById('from').value = arguments[0];",
                        model.invoices().today().minusDays(90).toString());
                browser.screenshot("43-reports-form");
                String before = driver.getWindowHandle();
                driver.findElement(By.id("generate")).click();
                browser.waitUntil(() -> driver.getWindowHandles().size() > 1);
                String report = driver.getWindowHandles().stream().filter(h -> !h.equals(before)).findFirst()
                        .orElseThrow();
                driver.switchTo().window(report);
                browser.waitUntil(() -> driver.getCurrentUrl().contains("/reports/generate"));
                String url = driver.getCurrentUrl();
                driver.switchTo().window(before);

                var session = driver.manage().getCookieNamed("ems_session").getValue();
                var pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                        .header("Cookie", "ems_session=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline;");
                try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
                    String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
                    assertThat(text).contains("INVOICE STATEMENT", "Prairie Leaf Inc.", "INV-PLI-")
                            .doesNotContain("INV-NLC-");
                }
            }
        });
    }
}
