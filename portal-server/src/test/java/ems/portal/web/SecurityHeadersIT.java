package ems.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import ems.portal.testing.PortalResponse;
import ems.portal.testing.PortalTest;
import org.junit.jupiter.api.Test;

class SecurityHeadersIT extends PortalTest {

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        primary(consignee("NLC"), "ops@nlc.test", false);
        portal((http, server) -> {
            var login = http.get("/login");
            var failed = http.signIn("ops@nlc.test", "wrong password");
            var signedIn = http.signIn("ops@nlc.test", PASSWORD);
            var dashboard = http.get("/");
            var forged = http.postWithoutCsrf("/account/profile", "name", "x");
            var missing = http.get("/no/such/page");
            var health = http.get("/health");

            for (PortalResponse r : new PortalResponse[] {login, failed, signedIn, dashboard, forged, missing, health}) {
                assertThat(r.header("Content-Security-Policy")).as("status %d", r.status())
                        .contains("default-src 'self'", "frame-ancestors 'none'", "script-src 'self'")
                        .doesNotContain("unsafe-inline");
                assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
                assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
                assertThat(r.header("Referrer-Policy")).isEqualTo("same-origin");
                assertThat(r.header("Cache-Control")).isEqualTo("no-store");
                assertThat(r.header("X-Request-Id")).isNotBlank();
            }
            assertThat(java.util.List.of(login.status(), failed.status(), signedIn.status(), dashboard.status(),
                    forged.status(), missing.status(), health.status())).containsExactly(200, 401, 303, 200, 403, 404, 200);
            assertThat(dashboard.header("Content-Type")).isEqualToIgnoringWhitespace("text/html; charset=utf-8");
        });
    }

    @Test
    void staticFilesAreCacheableAndOnlyListedFilesAreServed() {
        portal((http, server) -> {
            var css = http.get("/static/portal.css");
            assertThat(css.status()).isEqualTo(200);
            assertThat(css.header("Cache-Control")).contains("max-age");
            assertThat(css.header("Content-Type")).startsWith("text/css");
            assertThat(http.get("/static/logback.xml").status()).isEqualTo(404);
            assertThat(http.get("/static/..%2Flogback.xml").status()).isEqualTo(404);
        });
    }

    @Test
    void cookiesAreSecureWhenThePortalIsServedOverHttps() {
        primary(consignee("NLC"), "ops@nlc.test", false);
        var app = ems.portal.PortalServer.create(model,
                new ems.portal.PortalSettings(0, "https://portal.example.test", null));
        io.javalin.testtools.JavalinTest.test(app, (server, ignored) -> {
            var http = new ems.portal.testing.PortalClient(server.port());
            var login = http.get("/login");
            assertThat(login.header("Set-Cookie")).contains("Secure", "HttpOnly");
            assertThat(login.header("Strict-Transport-Security")).contains("max-age");
        });
    }
}
