package ems.portal.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import ems.account.Section;
import ems.catalog.Variant;
import ems.consignee.Consignee;
import ems.inventory.Bucket;
import ems.portal.testing.PortalTest;
import ems.shipment.BoxCondition;
import ems.shipment.NewBox;
import ems.shipment.NewShipment;
import ems.shipment.Phase;
import ems.shipment.Shipment;
import ems.testing.Catalogues;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShipmentsPortalIT extends PortalTest {

    private Consignee nlc;
    private Consignee other;
    private Variant variant;

    @BeforeEach
    void data() {
        nlc = consignee("NLC");
        other = consignee("OTH");
        variant = Catalogues.sizes(model, STAFF, nlc, "Blue Dream", "3.5 g").get(0);
        primary(nlc, "ops@nlc.test", false);
    }

    private Shipment shipment(Consignee consignee, String tracking) {
        return model.shipments().create(STAFF, new NewShipment(consignee.id(), "Purolator", tracking, "Sudbury",
                LocalDate.of(2026, 3, 10), List.of()));
    }

    private Shipment moveTo(Shipment shipment, Phase phase) {
        Shipment s = shipment;
        while (s.phase() != phase) {
            s = model.shipments().changePhase(STAFF, s.id(), s.version(), s.phase().next(), "");
        }
        return s;
    }

    @Test
    void anotherConsigneesShipmentAnswers404ExactlyLikeAMissingOne() {
        Shipment theirs = shipment(other, "THEIRS-1");
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            var foreign = http.get("/shipments/" + theirs.id());
            var missing = http.get("/shipments/987654321");
            var garbage = http.get("/shipments/12abc");

            assertThat(foreign.status()).isEqualTo(404);
            assertThat(missing.status()).isEqualTo(404);
            assertThat(garbage.status()).isEqualTo(404);
            assertThat(foreign.html().select("main").text()).isEqualTo(missing.html().select("main").text());
            assertThat(foreign.body()).doesNotContain("THEIRS-1", theirs.number());
            assertThat(http.get("/shipments").body()).doesNotContain(theirs.number());
        });
    }

    @Test
    void theManifestAppearsOnlyOnceReceivingIsCompleteAndInventoryFollows() {
        Shipment s = moveTo(shipment(nlc, "T1"), Phase.RECEIVING);
        model.shipments().addBox(STAFF, s.id(), new NewBox("BX-77", variant.id(), "LOT-9", 48,
                new BigDecimal("3.400"), BoxCondition.GOOD));
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            var before = http.get("/shipments/" + s.id());
            assertThat(before.html().select("#manifest table")).isEmpty();
            assertThat(before.body()).doesNotContain("BX-77");

            model.shipments().completeReceiving(STAFF, s.id());

            var after = http.get("/shipments/" + s.id());
            assertThat(after.html().select("#manifest tbody tr").text()).contains("BX-77", "LOT-9", "48");
            assertThat(after.html().select(".phasebar li.current").text()).isEqualTo("Received");
            var inventory = http.get("/inventory");
            assertThat(inventory.html().select(".inv-total").text()).contains("48");
        });
    }

    @Test
    void aPhaseChangeInTheDesktopShowsOnTheNextPageLoad() {
        Shipment s = shipment(nlc, "T1");
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            assertThat(http.get("/shipments").html().select("li.current").text()).isEqualTo("Created");
            model.shipments().changePhase(STAFF, s.id(), s.version(), Phase.IN_TRANSIT, "Picked up in Sudbury");
            var list = http.get("/shipments");
            assertThat(list.html().select("li.current").text()).isEqualTo("In Transit");
            var detail = http.get("/shipments/" + s.id());
            assertThat(detail.html().select(".timeline").text()).contains("Picked up in Sudbury");
        });
    }

    @Test
    void theCsvHasTheSameRowsAsThePageFilter() {
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofMinutes(1));
            Shipment s = shipment(nlc, "TRK-" + i);
            if (i % 3 == 0) {
                moveTo(s, Phase.IN_TRANSIT);
            }
        }
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            var page = http.get("/shipments?phase=IN_TRANSIT&sort=OLDEST");
            List<String> shown = page.html().select("table.shipments tbody tr td:first-child").eachText();
            var csv = http.get("/shipments?phase=IN_TRANSIT&sort=OLDEST&format=csv");

            assertThat(csv.header("Content-Type")).startsWith("text/csv");
            assertThat(csv.header("Content-Disposition")).contains("attachment", "shipments-");
            List<String> lines = csv.body().lines().toList();
            assertThat(lines.get(0)).contains("Shipment", "Carrier", "Tracking number");
            assertThat(lines.subList(1, lines.size()).stream().map(l -> l.split(",")[0]).toList())
                    .containsExactlyElementsOf(shown).hasSize(10);

            var all = http.get("/shipments");
            assertThat(all.html().select("table.shipments tbody tr")).hasSize(25);
            var next = http.get(all.html().select(".pager a.button").attr("href"));
            assertThat(next.html().select("table.shipments tbody tr")).hasSize(5);
            assertThat(http.get("/shipments?format=csv").body().lines().count()).isEqualTo(31);
        });
    }

    @Test
    void searchFindsATrackingNumberAndBadDatesAreA400WithTheMessageByTheField() {
        shipment(nlc, "PUR-555-ABC");
        shipment(nlc, "OTHER-1");
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            assertThat(http.get("/shipments?q=555").html().select("table.shipments tbody tr")).hasSize(1);
            var bad = http.get("/shipments?from=2026-13-45");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.fieldError("from")).isEqualTo("Enter a date as YYYY-MM-DD.");
            var backwards = http.get("/shipments?from=2026-03-10&to=2026-03-01");
            assertThat(backwards.status()).isEqualTo(400);
            assertThat(backwards.fieldError("to")).contains("must not be before");
            assertThat(http.get("/shipments?from=2026-03-02&to=2026-03-02").html()
                    .select("table.shipments tbody tr")).hasSize(2);
            assertThat(http.get("/shipments?from=2026-03-03").html().select("table.shipments tbody tr")).isEmpty();
        });
    }

    @Test
    void aSubAccountWithoutShipmentsOrInventoryIsRefusedAndDoesNotSeeThem() {
        Shipment s = shipment(nlc, "T1");
        sub(nlc, "billing@nlc.test", EnumSet.of(Section.INVOICES));
        portal((http, server) -> {
            http.signIn("billing@nlc.test", PASSWORD);
            assertThat(http.get("/shipments").status()).isEqualTo(403);
            assertThat(http.get("/shipments/" + s.id()).status()).isEqualTo(403);
            assertThat(http.get("/inventory").status()).isEqualTo(403);
            assertThat(http.get("/inventory?format=csv").status()).isEqualTo(403);
            var dashboard = http.get("/");
            assertThat(dashboard.html().select("nav a").eachText()).doesNotContain("Shipments", "Inventory");
            assertThat(dashboard.body()).doesNotContain("Shipments in flight", "units on hand");
        });
    }

    @Test
    void theInventoryCsvHasOneRowPerSizeWithTheRegionColumnsOfTheConsignee() {
        model.inventory().adjust(STAFF, nlc.id(), variant.id(), Bucket.UNSTAMPED, 120, "count");
        model.inventory().adjust(STAFF, nlc.id(), variant.id(), Bucket.ON, 24, "count");
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            var csv = http.get("/inventory?format=csv");
            List<String> lines = csv.body().lines().toList();
            assertThat(lines.get(0)).contains("Unstamped", "Federal", "Ontario").doesNotContain("Quebec");
            assertThat(lines.get(1)).isEqualTo("Dried flower,Blue Dream,3.5 g,NLC-BlueDream-35g,120,0,24,144");
        });
    }

    @Test
    void aReceivedShipmentLinksToItsProductionDeliveriesAndInvoicesWithinTheReadersSections() {
        Shipment s = moveTo(shipment(nlc, "T1"), Phase.RECEIVING);
        model.shipments().addBox(STAFF, s.id(), new NewBox("BX-1", variant.id(), "LOT-1", 100,
                new BigDecimal("3.400"), BoxCondition.GOOD));
        model.shipments().completeReceiving(STAFF, s.id());
        clock.advance(Duration.ofMinutes(10));
        model.stamps().receive(STAFF, nlc.id(), ems.consignee.Region.ON, 500, "CRA-1");
        var request = model.productionRequests().submit(ems.audit.Actor.portal(1, "ops"), nlc.scope(),
                new ems.production.RequestForm(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 25), "",
                        List.of(new ems.production.RequestForm.Line(variant.id(), ems.consignee.Region.ON, 40)), ""),
                null);
        model.productionRequests().approve(STAFF, request.id(), request.version(), "");
        var order = model.productionOrders().forRequest(nlc.scope(), request.id()).orElseThrow();
        var draft = model.invoices().createDraft(STAFF, nlc.id());
        draft = model.invoices().saveDraft(STAFF, draft.id(), draft.version(), new ems.invoice.InvoiceDraft(30, "",
                List.of(new ems.invoice.DraftLine("Receiving", BigDecimal.ONE, new BigDecimal("35.00"),
                        BigDecimal.ZERO, ems.invoice.DraftLine.ReferenceType.SHIPMENT, s.id())), List.of()));
        var invoice = model.invoices().issue(STAFF, draft.id(), draft.version(), LocalDate.of(2026, 3, 3));
        dispatchedOrder(other, "Their Kush"); // another consignee's delivery never shows
        sub(nlc, "billing@nlc.test", EnumSet.of(Section.SHIPMENTS, Section.INVOICES));
        sub(nlc, "dock@nlc.test", EnumSet.of(Section.SHIPMENTS));

        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            var related = http.get("/shipments/" + s.id()).html().select("#related");
            assertThat(related.select("a[href=/production/orders/" + order.id() + "]").text())
                    .isEqualTo(order.number());
            assertThat(related.text()).contains("Planned", "No delivery of these products");
            assertThat(related.select("a[href=/invoices/" + invoice.id() + "]").text()).isEqualTo(invoice.number());
            assertThat(related.select("a[href^=/outbound/]")).isEmpty();
        });
        portal((http, server) -> {
            http.signIn("billing@nlc.test", PASSWORD);
            var related = http.get("/shipments/" + s.id()).html().select("#related");
            assertThat(related.select("a[href^=/invoices/]")).hasSize(1);
            assertThat(related.select("a[href^=/production/], a[href^=/outbound/]")).isEmpty();
            assertThat(related.text()).doesNotContain(order.number(), "Production orders");
        });
        portal((http, server) -> {
            http.signIn("dock@nlc.test", PASSWORD);
            assertThat(http.get("/shipments/" + s.id()).html().select("#related")).isEmpty();
        });
    }
}
