package ems.portal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ems.account.Lockout;
import ems.portal.testing.PortalClient;
import ems.portal.testing.PortalTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInIT extends PortalTest {

    @Test
    void signInWithTheRightPasswordOpensTheDashboardOfTheAccountsConsignee() {
        primary(consignee("NLC"), "ops@nlc.test", false);
        portal((http, server) -> {
            var answer = http.signIn("OPS@nlc.test", PASSWORD);

            assertThat(answer.status()).isEqualTo(303);
            assertThat(answer.location()).isEqualTo("/");
            assertThat(answer.header("Set-Cookie")).contains("ems_session=", "HttpOnly", "SameSite=Lax");
            var dashboard = http.get("/");
            assertThat(dashboard.status()).isEqualTo(200);
            assertThat(dashboard.html().select("h1").text()).isEqualTo("Consignee NLC");
        });
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameGenericMessage() {
        primary(consignee("NLC"), "ops@nlc.test", false);
        portal((http, server) -> {
            var wrong = http.signIn("ops@nlc.test", "not the password");
            var unknown = http.signIn("nobody@nlc.test", "not the password");

            assertThat(wrong.status()).isEqualTo(401);
            assertThat(unknown.status()).isEqualTo(401);
            String message = wrong.html().select("[role=alert]").text();
            assertThat(message).contains("did not work");
            assertThat(unknown.html().select("[role=alert]").text()).isEqualTo(message);
            assertThat(wrong.html().select("#email").val()).isEqualTo("ops@nlc.test");
            assertThat(http.cookie("ems_session")).isNull();
        });
    }

    @Test
    void afterFiveFailuresTheRightPasswordIsRefusedWithTheSameMessageUntilTheLockEnds() {
        primary(consignee("NLC"), "ops@nlc.test", false);
        portal((http, server) -> {
            String generic = http.signIn("ops@nlc.test", "wrong").html().select("[role=alert]").text();
            for (int i = 1; i < Lockout.MAX_FAILURES; i++) {
                http.signIn("ops@nlc.test", "wrong");
            }

            var locked = http.signIn("ops@nlc.test", PASSWORD);
            assertThat(locked.status()).isEqualTo(401);
            assertThat(locked.html().select("[role=alert]").text()).isEqualTo(generic);
            clock.advance(Lockout.LOCK_TIME.plusSeconds(1));
            assertThat(http.signIn("ops@nlc.test", PASSWORD).status()).isEqualTo(303);
        });
    }

    @Test
    void aPasswordSetByStaffMustBeChangedBeforeAnythingElse() {
        primary(consignee("NLC"), "new@nlc.test", true);
        portal((http, server) -> {
            assertThat(http.signIn("new@nlc.test", PASSWORD).location()).isEqualTo("/password");
            assertThat(http.get("/").location()).isEqualTo("/password");
            assertThat(http.get("/account").location()).isEqualTo("/password");
            assertThat(http.get("/password").status()).isEqualTo(200);
            assertThat(http.post("/account/profile", "name", "X", "language", "fr").location()).isEqualTo("/password");

            var tooShort = http.post("/password", "newPassword", "short", "newPasswordConfirm", "short");
            assertThat(tooShort.status()).isEqualTo(422);
            assertThat(tooShort.fieldError("newPassword")).contains("at least 10");
            var changed = http.post("/password", "newPassword", "my very own secret",
                    "newPasswordConfirm", "my very own secret");
            assertThat(changed.location()).isEqualTo("/?notice=passwordChanged");
            assertThat(http.get("/").status()).isEqualTo(200);
        });
    }

    @Test
    void signInIssuesANewSessionIdAndNeverAdoptsOnePlantedBeforeIt() {
        primary(consignee("NLC"), "ops@nlc.test", false);
        portal((http, server) -> {
            String planted = "attacker-chosen-session-id-0123456789abcdef";
            http.setCookie("ems_session", planted);
            http.signIn("ops@nlc.test", PASSWORD);
            String first = http.cookie("ems_session");
            http.get("/account");
            http.post("/logout");
            http.signIn("ops@nlc.test", PASSWORD);
            String second = http.cookie("ems_session");

            assertThat(first).isNotEqualTo(planted).isNotEqualTo(second);
            PortalClient replay = new PortalClient(server.port());
            replay.setCookie("ems_session", planted);
            var plantedAnswer = replay.get("/");
            assertThat(plantedAnswer.location()).as(plantedAnswer.status() + " " + plantedAnswer.body())
                    .startsWith("/login");
            replay.setCookie("ems_session", first);
            assertThat(replay.get("/").location()).startsWith("/login");
            replay.setCookie("ems_session", second);
            assertThat(replay.get("/").status()).isEqualTo(200);
        });
    }

    @Test
    void signOutEndsTheSessionOnTheServer() {
        primary(consignee("NLC"), "ops@nlc.test", false);
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            String token = http.cookie("ems_session");
            http.get("/");

            assertThat(http.post("/logout").location()).isEqualTo("/login?notice=signedOut");
            PortalClient replay = new PortalClient(server.port());
            replay.setCookie("ems_session", token);
            assertThat(replay.get("/").status()).isEqualTo(303);
        });
    }

    @Test
    void sessionsExpireAfterThirtyIdleMinutesAndTwelveHoursInAll() {
        primary(consignee("NLC"), "ops@nlc.test", false);
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            clock.advance(Duration.ofMinutes(29));
            assertThat(http.get("/").status()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(31));
            assertThat(http.get("/").location()).isEqualTo("/login?next=%2F");

            http.signIn("ops@nlc.test", PASSWORD);
            for (int i = 0; i < 36; i++) {
                clock.advance(Duration.ofMinutes(20));
                http.get("/account");
            }
            assertThat(http.get("/").location()).startsWith("/login");
        });
    }

    @Test
    void aSecondServerOnTheSameDatabaseAcceptsTheSession() {
        primary(consignee("NLC"), "ops@nlc.test", false);
        portal((first, server1) -> {
            first.signIn("ops@nlc.test", PASSWORD);
            portal((second, server2) -> {
                assertThat(server2.port()).isNotEqualTo(server1.port());
                second.setCookie("ems_session", first.cookie("ems_session"));
                var page = second.get("/");
                assertThat(page.status()).isEqualTo(200);
                assertThat(page.html().select("h1").text()).isEqualTo("Consignee NLC");
            });
        });
    }

    @Test
    void deactivationAndRelinkEndTheCustomersSessionOnTheNextRequest() {
        var nlc = consignee("NLC");
        var other = consignee("OTH");
        var account = primary(nlc, "ops@nlc.test", false);
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            model.portalAccounts().relink(STAFF, account.id(), account.version(), other.id());
            assertThat(http.get("/").location()).startsWith("/login");

            http.signIn("ops@nlc.test", PASSWORD);
            assertThat(http.get("/").html().select("h1").text()).isEqualTo("Consignee OTH");
            model.portalAccounts().setActive(STAFF, account.id(), false);
            assertThat(http.get("/").location()).startsWith("/login");
            assertThat(http.signIn("ops@nlc.test", PASSWORD).status()).isEqualTo(401);
        });
    }

    @Test
    void afterSignInTheCustomerReturnsToThePageTheyAskedForButNeverOffSite() {
        primary(consignee("NLC"), "ops@nlc.test", false);
        portal((http, server) -> {
            assertThat(http.get("/account").location()).isEqualTo("/login?next=%2Faccount");
            http.get("/login?next=%2Faccount");
            assertThat(http.post("/login", "email", "ops@nlc.test", "password", PASSWORD, "next", "/account")
                    .location()).isEqualTo("/account");
            http.get("/account");
            http.post("/logout");
            http.get("/login");
            assertThat(http.post("/login", "email", "ops@nlc.test", "password", PASSWORD,
                    "next", "//evil.example/x").location()).isEqualTo("/");
        });
    }
}
