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
                browser.clickAndWait(By.cssSelector("button[type=submit].primary"));
                assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("did not work");
                browser.screenshot("02-login-failed");

                driver.findElement(By.id("password")).sendKeys(DemoData.PORTAL_PASSWORD);
                browser.clickAndWait(By.cssSelector("button[type=submit].primary"));
                assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Northern Lights Cannabis Co.");
                assertThat(driver.findElement(By.cssSelector("table.data")).getText()).contains("Blue Dream");
                assertThat(browser.screenshot("03-dashboard")).satisfies(p -> assertThat(Files.size(p)).isPositive());

                browser.clickAndWait(By.linkText("Account settings"));
                driver.findElement(By.cssSelector("#language option[value=fr]")).click();
                browser.clickAndWait(By.cssSelector("form[action='/account/profile'] button"));
                assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Paramètres du compte");
                browser.screenshot("04-account-fr");

                browser.clickAndWait(By.cssSelector("form[action='/logout'] button"));
                assertThat(driver.getCurrentUrl()).contains("/login");
                assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Vous êtes déconnecté.");
            }
        });
    }
}
