package ems.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ems.demo.DemoData;
import ems.portal.testing.Browser;
import ems.portal.testing.PortalTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * On a phone (390 CSS pixels wide) no page scrolls sideways as a whole: wide tables scroll inside their
 * own box, identifiers do not break, long values wrap.
 */
class PhoneWidthIT extends PortalTest {

    @Test
    void noPageIsWiderThanAPhone() {
        model.demo().seed();
        var nlc = model.consignees().search("NLC").get(0);
        long shipment = model.shipments().staffList(nlc.id(), ems.shipment.ShipmentFilter.all(), 1).get(0).id();
        long invoice = model.invoices().staffList(null, nlc.id(), "", 100).stream().filter(i -> i.number() != null)
                .findFirst().orElseThrow().id();
        long delivery = model.outbound().staffList(null, nlc.id(), 100).stream().filter(o -> o.status().isDispatched())
                .findFirst().orElseThrow().id();
        long request = model.productionRequests().staffQueue(null, nlc.id(), 1).get(0).id();
        List<String> pages = List.of("/", "/shipments", "/shipments/" + shipment, "/inventory", "/production/requests",
                "/production/requests/new", "/production/requests/" + request, "/production/orders", "/invoices",
                "/invoices/" + invoice, "/outbound", "/outbound/" + delivery, "/reports", "/notifications",
                "/feedback", "/account", "/account/sub-accounts");
        portal((ignored, server) -> {
            String base = "http://localhost:" + server.port();
            try (Browser browser = new Browser()) {
                var driver = browser.driver();
                driver.manage().window().setSize(new Dimension(390, 844));
                driver.get(base + "/login");
                driver.findElement(By.id("email")).sendKeys("ops@northernlights.demo");
                driver.findElement(By.id("password")).sendKeys(DemoData.PORTAL_PASSWORD);
                browser.clickAndWait(By.cssSelector("button[type=submit].primary"));
                long viewport = (Long) ((JavascriptExecutor) driver).executeScript(
                        "return document.documentElement.clientWidth");
                var tooWide = new java.util.LinkedHashMap<String, Long>();
                for (String page : pages) {
                    driver.get(base + page);
                    long width = (Long) ((JavascriptExecutor) driver).executeScript(
                            "return document.documentElement.scrollWidth");
                    if (width > viewport) {
                        tooWide.put(page, width);
                    }
                }
                assertThat(tooWide).as("pages wider than the " + viewport + " px viewport").isEmpty();
                driver.get(base + "/invoices");
                browser.screenshot("50-phone-invoices");
                driver.get(base + "/shipments/" + shipment);
                browser.screenshot("51-phone-shipment");
            }
        });
    }
}
