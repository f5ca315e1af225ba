package ems.portal.subaccount;

import static org.assertj.core.api.Assertions.assertThat;

import ems.account.PortalAccount;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeForm;
import ems.consignee.PlanTier;
import ems.portal.testing.PortalClient;
import ems.portal.testing.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A primary account manages sub-accounts over HTTP; every change applies on the sub-account's next request. */
class SubAccountsPortalIT extends PortalTest {

    private Consignee nlc;

    @BeforeEach
    void data() {
        Consignee c = consignee("NLC");
        nlc = model.consignees().update(STAFF, c.id(), c.version(), new ConsigneeForm(c.code(), c.legalName(),
                c.billingAddress(), c.shippingAddress(), c.province(), c.contactEmail(), c.regions(), PlanTier.BASIC,
                null, "", true)); // BASIC: 2 sub-accounts
        primary(nlc, "ops@nlc.test", false);
    }

    @Test
    void aPrimaryAddsSubAccountsFromPresetsUntilThePlanLimitSaysSo() {
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            var page = http.get("/account/sub-accounts?preset=ACCOUNTING");
            assertThat(page.html().select("#usage").text()).contains("0 of 2");
            assertThat(page.html().select("input[name=sections][checked]").eachAttr("value"))
                    .containsExactlyInAnyOrder("INVOICES", "REPORTS");

            var noSections = http.post("/account/sub-accounts", "name", "Ben", "email", "ben@nlc.test",
                    "password", "a long enough password");
            assertThat(noSections.status()).isEqualTo(422);
            assertThat(noSections.html().select(".sections .error").text()).isEqualTo("Choose at least one section.");
            var created = http.post("/account/sub-accounts", "name", "Ben", "email", "ben@nlc.test",
                    "password", "a long enough password", "sections", "INVOICES", "sections", "REPORTS");
            assertThat(created.status()).isEqualTo(303);
            var duplicate = http.post("/account/sub-accounts", "name", "Ops", "email", "OPS@nlc.test",
                    "password", "a long enough password", "sections", "INVOICES");
            assertThat(duplicate.status()).isEqualTo(422);
            assertThat(duplicate.html().select("#email-error").text()).isNotEmpty();
            http.post("/account/sub-accounts", "name", "Sam", "email", "sam@nlc.test",
                    "password", "a long enough password", "sections", "SHIPMENTS", "sections", "OUTBOUND");

            var full = http.get("/account/sub-accounts");
            assertThat(full.html().select("#sub-accounts tbody tr")).hasSize(2);
            assertThat(full.html().select("#limit-message").text()).contains("All 2 sub-accounts", "contact the warehouse");
            var over = http.post("/account/sub-accounts", "name", "Kim", "email", "kim@nlc.test",
                    "password", "a long enough password", "sections", "FEEDBACK");
            assertThat(over.status()).isEqualTo(422);
            assertThat(model.subAccounts().list(nlc.scope())).hasSize(2);
        });
    }

    @Test
    void sectionChangesAndDeactivationApplyOnTheSubAccountsVeryNextRequest() {
        PortalAccount ben = sub(nlc, "ben@nlc.test", java.util.EnumSet.of(ems.account.Section.INVOICES,
                ems.account.Section.REPORTS));
        portal((primary, server) -> {
            primary.signIn("ops@nlc.test", PASSWORD);
            PortalClient sub = new PortalClient(server.port());
            sub.signIn("ben@nlc.test", PASSWORD);
            var home = sub.get("/");
            assertThat(home.html().select("nav.main-nav a").eachText()).containsExactly("Dashboard", "Invoices",
                    "Reports", "Account settings");
            assertThat(sub.get("/shipments").status()).isEqualTo(403);
            assertThat(sub.get("/account/sub-accounts").status()).as("sub-accounts cannot manage").isEqualTo(403);

            var edit = primary.get("/account/sub-accounts/" + ben.id());
            String version = edit.html().select("input[name=version]").val();
            assertThat(primary.post("/account/sub-accounts/" + ben.id() + "/sections", "version", version,
                    "sections", "SHIPMENTS").status()).isEqualTo(303);
            assertThat(sub.get("/shipments").status()).isEqualTo(200);
            assertThat(sub.get("/invoices").status()).isEqualTo(403);

            primary.get("/account/sub-accounts/" + ben.id());
            assertThat(primary.post("/account/sub-accounts/" + ben.id() + "/active", "active", "false").status())
                    .isEqualTo(303);
            var after = sub.get("/shipments");
            assertThat(after.status()).isEqualTo(303);
            assertThat(after.location()).startsWith("/login");
        });
    }
}
