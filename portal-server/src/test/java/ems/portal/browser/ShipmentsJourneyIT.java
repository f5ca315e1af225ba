package ems.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ems.demo.DemoData;
import ems.portal.testing.Browser;
import ems.portal.testing.PortalTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A customer follows their shipments from the list to a received shipment's manifest, then to inventory. */
class ShipmentsJourneyIT extends PortalTest {

    @Test
    void customerWalksShipmentsListDetailAndInventoryDrilldown() {
        model.demo().seed();
        portal((ignored, server) -> {
            String base = "http://localhost:" + server.port();
            try (Browser browser = new Browser()) {
                var driver = browser.driver();
                driver.get(base + "/login");
                driver.findElement(By.id("email")).sendKeys("ops@northernlights.demo");
                driver.findElement(By.id("password")).sendKeys(DemoData.PORTAL_PASSWORD);
                browser.clickAndWait(By.cssSelector("button[type=submit].primary"));
                assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Shipments in flight");
                browser.screenshot("10-dashboard-with-widgets");

                browser.clickAndWait(By.linkText("Shipments"));
                assertThat(driver.findElements(By.cssSelector("table.shipments tbody tr"))).hasSize(8);
                assertThat(driver.findElements(By.cssSelector("table.shipments li.current"))).hasSize(8);
                browser.screenshot("11-shipments-list");

                driver.findElement(By.cssSelector("#phase option[value=IN_STORAGE]")).click();
                browser.clickAndWait(By.cssSelector("form.filters button[type=submit]"));
                assertThat(driver.findElements(By.cssSelector("table.shipments tbody tr"))).hasSize(1);
                browser.screenshot("12-shipments-filtered");

                browser.clickAndWait(By.cssSelector("table.shipments tbody a"));
                assertThat(driver.findElement(By.cssSelector(".phasebar li.current")).getText()).isEqualTo("In Storage");
                assertThat(driver.findElements(By.cssSelector("#manifest tbody tr"))).isNotEmpty();
                browser.screenshot("13-shipment-received-with-manifest");

                driver.get(base + "/shipments?phase=ARRIVED");
                browser.clickAndWait(By.cssSelector("table.shipments tbody a"));
                assertThat(driver.findElement(By.id("manifest")).getText()).contains("once the warehouse has completed receiving");
                browser.screenshot("14-shipment-not-yet-received");

                browser.clickAndWait(By.linkText("Inventory"));
                WebElement product = driver.findElement(By.cssSelector("details.inv-product"));
                assertThat(product.getAttribute("open")).isNull();
                product.findElement(By.tagName("summary")).click();
                assertThat(product.getAttribute("open")).isNotNull();
                assertThat(driver.findElements(By.cssSelector(".inv-variant")).stream().filter(WebElement::isDisplayed))
                        .isNotEmpty();
                assertThat(driver.findElement(By.cssSelector(".inv-head")).getText()).contains("UNSTAMPED", "ONTARIO",
                        "QUEBEC").doesNotContain("ALBERTA");
                browser.screenshot("15-inventory-drilldown");
            }
        });
    }
}
