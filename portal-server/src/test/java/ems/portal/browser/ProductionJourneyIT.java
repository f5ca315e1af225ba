package ems.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ems.demo.DemoData;
import ems.portal.testing.Browser;
import ems.portal.testing.PortalTest;
import ems.production.PoRequest;
import ems.production.PoStatus;
import ems.production.RequestFilter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A customer starts a request from a previous one, revises it after the warehouse sends it back, and
 * sees it approved — with the bell telling them at each step.
 */
class ProductionJourneyIT extends PortalTest {

    @Test
    void customerCreatesFromAPreviousRequestRevisesAfterSendBackAndSeesItApproved() {
        model.demo().seed();
        var nlc = model.consignees().search("NLC").get(0);
        PoRequest previous = model.productionRequests().page(nlc.scope(), RequestFilter.all(), null).rows().stream()
                .filter(r -> r.status() == PoStatus.APPROVED).map(r -> model.productionRequests()
                        .detail(nlc.scope(), r.id()).request()).findFirst().orElseThrow();
        portal((ignored, server) -> {
            String base = "http://localhost:" + server.port();
            try (Browser browser = new Browser()) {
                ChromeDriver driver = browser.driver();
                driver.get(base + "/login");
                driver.findElement(By.id("email")).sendKeys("ops@northernlights.demo");
                driver.findElement(By.id("password")).sendKeys(DemoData.PORTAL_PASSWORD);
                browser.clickAndWait(By.cssSelector("button[type=submit].primary"));

                browser.clickAndWait(By.linkText("Production"));
                assertThat(driver.findElements(By.cssSelector("table.requests tbody tr"))).hasSizeGreaterThan(5);
                browser.screenshot("20-production-requests");

                driver.get(base + "/production/requests?status=APPROVED");
                browser.clickAndWait(By.xpath("//table[contains(@class,'requests')]//a[.='PR-NLC-00002']"));
                assertThat(driver.findElements(By.cssSelector("details.revision"))).hasSize(3);
                browser.screenshot("21-request-three-rounds");

                // Start from a previous request: the grid comes pre-filled with its quantities.
                driver.get(base + "/production/requests/new");
                driver.findElement(By.cssSelector("#from option[value='" + previous.id() + "']")).click();
                browser.clickAndWait(By.cssSelector("form.start-from button"));
                long filled = driver.findElements(By.cssSelector("input.qty")).stream()
                        .filter(i -> !i.getAttribute("value").isEmpty()).count();
                assertThat(filled).isPositive();
                setDate(driver, "preferredFrom", "2026-04-06");
                setDate(driver, "preferredTo", "2026-04-10");
                driver.findElement(By.id("note")).sendKeys("Same as " + previous.number() + ", April run.");
                browser.screenshot("22-new-request-from-previous");
                browser.clickAndWait(By.id("submit-request"));
                assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("submitted");
                Matcher id = Pattern.compile("/production/requests/(\\d+)").matcher(driver.getCurrentUrl());
                assertThat(id.find()).isTrue();
                long requestId = Long.parseLong(id.group(1));
                assertThat(driver.findElement(By.cssSelector(".crumbs + .page-head dl, .facts")).getText())
                        .contains(previous.number());

                // The warehouse sends it back; the bell says so on the next page.
                int unreadBefore = Integer.parseInt(driver.findElement(By.id("unread-count")).getText());
                PoRequest mine = model.productionRequests().detailForStaff(requestId).request();
                model.productionRequests().sendBack(STAFF, requestId, mine.version(),
                        "Please move 10 units from Federal to Ontario.");
                driver.navigate().refresh();
                assertThat(driver.findElement(By.id("unread-count")).getText())
                        .isEqualTo(String.valueOf(unreadBefore + 1));
                assertThat(driver.findElement(By.cssSelector(".callout.attention")).getText())
                        .contains("move 10 units");
                browser.screenshot("23-request-sent-back");

                browser.clickAndWait(By.linkText("Revise and resubmit"));
                WebElement first = driver.findElements(By.cssSelector("input.qty")).stream()
                        .filter(i -> !i.getAttribute("value").isEmpty()).findFirst().orElseThrow();
                int was = Integer.parseInt(first.getAttribute("value"));
                first.clear();
                first.sendKeys(String.valueOf(was + 10));
                driver.findElement(By.id("note")).sendKeys("Moved as asked.");
                browser.clickAndWait(By.id("submit-request"));
                assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("resubmitted");
                assertThat(driver.findElement(By.cssSelector("details.revision[open]")).getText())
                        .contains("Changes from revision 1", was + " → " + (was + 10));
                browser.screenshot("24-request-resubmitted-with-diff");

                mine = model.productionRequests().detailForStaff(requestId).request();
                model.productionRequests().approve(STAFF, requestId, mine.version(), "Booked for April 6.");
                browser.clickAndWait(By.cssSelector("a.bell"));
                assertThat(driver.findElement(By.cssSelector("li.unread")).getText()).contains("was approved");
                browser.screenshot("25-notifications");
                browser.clickAndWait(By.cssSelector("li.unread button"));
                assertThat(driver.getCurrentUrl()).endsWith("/production/requests/" + requestId);
                assertThat(driver.findElement(By.cssSelector(".callout.good")).getText())
                        .contains("Approved", "Booked for April 6.", "PO-NLC-");
                browser.screenshot("26-request-approved");
                browser.clickAndWait(By.cssSelector(".callout.good a"));
                assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Production order", "Planned");
                browser.screenshot("27-production-order");
            }
        });
    }

    /** Date inputs take typed dates in the browser's locale format; setting the value is locale-proof. */
    private static void setDate(ChromeDriver driver, String id, String isoDate) {
        driver.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }
}
