package ems.portal.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import ems.consignee.Consignee;
import ems.feedback.Feedback;
import ems.portal.testing.PortalTest;
import org.junit.jupiter.api.Test;

class FeedbackPortalIT extends PortalTest {

    @Test
    void feedbackCarriesThePageThePersonAndTheConsigneeFromTheSessionNotTheForm() {
        Consignee nlc = consignee("NLC");
        Consignee other = consignee("OTH");
        var ops = primary(nlc, "ops@nlc.test", false);
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            var shipments = http.get("/shipments");
            assertThat(shipments.html().select("#feedback-button").attr("href")).isEqualTo("/feedback?from=/shipments");
            var form = http.get("/feedback?from=/shipments");
            assertThat(form.html().select("input[name=page]").val()).isEqualTo("/shipments");

            assertThat(http.post("/feedback", "category", "BUG", "message", "   ", "page", "/shipments").status())
                    .isEqualTo(422);
            assertThat(http.post("/feedback", "category", "BUG", "message", "x".repeat(4_001)).status())
                    .isEqualTo(422);
            var noCategory = http.post("/feedback", "message", "Hello");
            assertThat(noCategory.status()).isEqualTo(422);
            assertThat(noCategory.html().select("fieldset .error").text()).contains("Choose what kind");
            assertThat(model.feedback().list(null, null, null, null, 10)).isEmpty();

            var sent = http.post("/feedback", "category", "SUGGESTION", "message", "Could the list show weights?",
                    "page", "/shipments", "consigneeId", String.valueOf(other.id()), "accountId", "1");
            assertThat(sent.status()).isEqualTo(303);
            var mine = http.get("/feedback?notice=sent");
            assertThat(mine.html().select("#my-feedback tbody tr").text()).contains("Suggestion",
                    "Could the list show weights?", "Received");
            var rows = model.feedback().list(Feedback.Source.CUSTOMER, null, null, null, 10);
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.feedback().consigneeId()).isEqualTo(nlc.id());
                assertThat(r.feedback().accountId()).isEqualTo(ops.id());
                assertThat(r.feedback().page()).isEqualTo("/shipments");
                assertThat(r.consigneeCode()).isEqualTo("NLC");
            });
            var offsite = http.post("/feedback", "category", "GENERAL", "message", "hi", "page", "//evil.example/x");
            assertThat(offsite.status()).isEqualTo(303);
            assertThat(model.feedback().mine(ops.id(), 5).get(0).page()).as("only this portal's paths").isEmpty();
        });
    }
}
