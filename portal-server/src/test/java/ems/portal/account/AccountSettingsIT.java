package ems.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import ems.portal.testing.PortalClient;
import ems.portal.testing.PortalTest;
import org.junit.jupiter.api.Test;

class AccountSettingsIT extends PortalTest {

    @Test
    void nameAndLanguageAreSavedAndThePortalSpeaksFrenchFromTheNextPage() {
        var account = primary(consignee("NLC"), "ops@nlc.test", false);
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            http.get("/account");

            var saved = http.post("/account/profile", "name", "Nadia Lavoie", "language", "fr");
            assertThat(saved.location()).isEqualTo("/account?notice=profileSaved");
            var page = http.get(saved.location());
            assertThat(page.html().select("html").attr("lang")).isEqualTo("fr");
            assertThat(page.html().select("h1").text()).isEqualTo("Paramètres du compte");
            assertThat(page.html().select("[role=status]").text()).contains("enregistré");
            assertThat(model.portalAccounts().get(account.id()).name()).isEqualTo("Nadia Lavoie");

            PortalClient elsewhere = new PortalClient(server.port());
            elsewhere.signIn("ops@nlc.test", PASSWORD);
            assertThat(elsewhere.get("/").html().select("nav a").text()).contains("Tableau de bord");
        });
    }

    @Test
    void badProfileInputShowsAMessageNextToTheFieldAndSavesNothing() {
        var account = primary(consignee("NLC"), "ops@nlc.test", false);
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            http.get("/account");

            var tooLong = http.post("/account/profile", "name", "x".repeat(10_000), "language", "fr");
            assertThat(tooLong.status()).isEqualTo(422);
            assertThat(tooLong.fieldError("name")).isEqualTo("Use at most 120 characters.");
            var control = http.post("/account/profile", "name", "Evil\u0007Name", "language", "en");
            assertThat(control.fieldError("name")).contains("control characters");
            var empty = http.post("/account/profile", "name", "   ", "language", "en");
            assertThat(empty.fieldError("name")).isEqualTo("This field is required.");
            var language = http.post("/account/profile", "name", "Fine", "language", "de");
            assertThat(language.status()).isEqualTo(422);

            var stored = model.portalAccounts().get(account.id());
            assertThat(stored.name()).isEqualTo(account.name());
            assertThat(stored.language()).isEqualTo("en");
        });
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndCanSignOutOtherSessions() {
        primary(consignee("NLC"), "ops@nlc.test", false);
        portal((http, server) -> {
            PortalClient other = new PortalClient(server.port());
            other.signIn("ops@nlc.test", PASSWORD);
            http.signIn("ops@nlc.test", PASSWORD);
            assertThat(http.get("/account").body()).contains("(1 open)");

            var wrongCurrent = http.post("/account/password", "currentPassword", "nope",
                    "newPassword", "a fresh passphrase", "newPasswordConfirm", "a fresh passphrase");
            assertThat(wrongCurrent.status()).isEqualTo(422);
            assertThat(wrongCurrent.fieldError("currentPassword")).isEqualTo("The current password is not correct.");

            var changed = http.post("/account/password", "currentPassword", PASSWORD,
                    "newPassword", "a fresh passphrase", "newPasswordConfirm", "a fresh passphrase",
                    "signOutOthers", "on");
            assertThat(changed.location()).isEqualTo("/account?notice=passwordChanged");
            assertThat(http.get("/").status()).isEqualTo(200);
            assertThat(other.get("/").location()).startsWith("/login");
            assertThat(new PortalClient(server.port()).signIn("ops@nlc.test", "a fresh passphrase").status())
                    .isEqualTo(303);
        });
    }
}
