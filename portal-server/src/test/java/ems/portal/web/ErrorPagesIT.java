package ems.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import ems.portal.testing.PortalTest;
import org.junit.jupiter.api.Test;

class ErrorPagesIT extends PortalTest {

    @Test
    void anUnknownPageIsAFriendly404InTheViewersLanguage() {
        portal((http, server) -> {
            var missing = http.get("/nothing-here");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.html().select("h1").text()).isEqualTo("Page not found");

            http.get("/login?lang=fr");
            assertThat(http.get("/nothing-here").html().select("h1").text()).isEqualTo("Page introuvable");
        });
    }

    @Test
    void whenTheDatabaseIsGoneTheCustomerSeesAReferenceNotAStackTraceAndHealthSaysDown() {
        primary(consignee("NLC"), "ops@nlc.test", false);
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            model.close();

            var broken = http.get("/");
            assertThat(broken.status()).isEqualTo(500);
            String reference = broken.header("X-Request-Id");
            assertThat(broken.body()).contains(reference).doesNotContain("Exception", "at ems.", "jdbc");
            var health = http.get("/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body()).isEqualTo("{\"status\":\"DOWN\",\"database\":\"DOWN\"}");
        });
    }

    @Test
    void healthNeedsNoSignInAndReportsTheDatabase() {
        portal((http, server) -> {
            var health = http.get("/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.header("Content-Type")).startsWith("application/json");
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\",\"database\":\"UP\"}");
        });
    }

    @Test
    void aWrongMethodOrAnAbsurdlyLongFormIsA4xxNeverA500() {
        primary(consignee("NLC"), "ops@nlc.test", false);
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            http.get("/account");
            var huge = http.post("/account/profile", "name", "n".repeat(3_000_000), "language", "en");
            assertThat(huge.status()).isBetween(400, 499);
            assertThat(http.get("/").status()).isEqualTo(200);
        });
    }
}
