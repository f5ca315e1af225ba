package ems.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ems.demo.DemoData;
import ems.portal.testing.Browser;
import ems.portal.testing.PortalTest;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A customer signs in with a real browser, sees their dashboard, switches to French and signs out. */
class SignInJourneyIT extends PortalTest {

    @Test
    void demoCustomerSignsInSeesTheirConsigneeAndSignsOut() {
        model.demo().seed();
        portal((ignored, server) -> {
            String base = "http://localhost:" + server.port();
            try (Browser browser = new Browser()) {
                var driver = browser.driver();
                driver.get(base + "/");
                assertThat(driver.getCurrentUrl()).contains("/login");
                browser.screenshot("01-login");

                driver.findElement(By.id("email")).sendKeys("ops@northernlights.demo");
                driver.findElement(By.id("password")).sendKeys("wrong password");
                driver.findElement(By.cssSelector("button[type=submit].primary")).click();
                assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("did not work");
                browser.screenshot("02-login-failed");

                driver.findElement(By.id("password")).sendKeys(DemoData.PORTAL_PASSWORD);
                driver.findElement(By.cssSelector("button[type=submit].primary")).click();
                assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Northern Lights Cannabis Co.");
                assertThat(driver.findElement(By.cssSelector("table.data")).getText()).contains("Blue Dream");
                assertThat(browser.screenshot("03-dashboard")).satisfies(p -> assertThat(Files.size(p)).isPositive());

                driver.findElement(By.linkText("Account settings")).click();
                driver.findElement(By.cssSelector("#language option[value=fr]")).click();
                driver.findElement(By.cssSelector("form[action='/account/profile'] button")).click();
                assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Paramètres du compte");
                browser.screenshot("04-account-fr");

                driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
                assertThat(driver.getCurrentUrl()).contains("/login");
                assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Vous êtes déconnecté.");
            }
        });
    }
}
