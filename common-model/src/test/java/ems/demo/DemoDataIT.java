package ems.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ems.account.AccountRole;
import ems.account.Section;
import ems.consignee.Region;
import ems.testing.ModelTest;
import org.junit.jupiter.api.Test;

class DemoDataIT extends ModelTest {

    @Test
    void demoDataHasTheDocumentedLoginsAndASecondSeedAddsNothing() {
        model.demo().seed();
        int auditRows = model.audit().newest(10_000).size();
        model.demo().seed();

        assertThat(model.audit().newest(10_000)).hasSize(auditRows);
        assertThat(model.staff().authenticate(DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD)).isPresent();
        var northern = model.consignees().search("Northern Lights").get(0);
        assertThat(northern.regions()).containsExactlyInAnyOrder(Region.FEDERAL, Region.ON, Region.QC);
        assertThat(model.portalAccounts().authenticate("ops@northernlights.demo", DemoData.PORTAL_PASSWORD))
                .hasValueSatisfying(a -> assertThat(a.mustChangePassword()).isFalse());
        assertThat(model.portalAccounts().authenticate("billing@northernlights.demo", DemoData.PORTAL_PASSWORD))
                .hasValueSatisfying(a -> {
                    assertThat(a.role()).isEqualTo(AccountRole.SUB);
                    assertThat(a.effectiveSections()).containsExactlyInAnyOrder(Section.INVOICES, Section.REPORTS);
                });
        assertThat(model.portalAccounts().authenticate("ops@prairieleaf.demo", DemoData.PORTAL_PASSWORD)).isPresent();
        assertThat(model.portalAccounts().authenticate("ops@bayview.demo", DemoData.PORTAL_PASSWORD)).isPresent();
        assertThat(model.consignees().search("Bayview").get(0).regions()).containsExactlyInAnyOrder(Region.values());
        assertThat(model.catalog().catalogue(northern.scope())).hasSizeGreaterThan(5);
        for (var consignee : model.consignees().search("")) {
            for (var phase : ems.shipment.Phase.values()) {
                var filter = new ems.shipment.ShipmentFilter(phase, null, null, "", ems.shipment.ShipmentSort.NEWEST);
                assertThat(model.shipments().staffList(consignee.id(), filter, 1)).as(consignee.code() + " " + phase)
                        .hasSize(1);
            }
            assertThat(model.shipments().inFlightByPhase(consignee.scope()).keySet()).containsExactlyInAnyOrder(
                    ems.shipment.Phase.CREATED, ems.shipment.Phase.IN_TRANSIT, ems.shipment.Phase.ARRIVED,
                    ems.shipment.Phase.RECEIVING);
            var tree = model.inventory().tree(consignee.scope());
            assertThat(tree.totals().get(ems.inventory.Bucket.UNSTAMPED)).isPositive();
            assertThat(tree.totals().stamped()).isPositive();
            assertThat(model.inventory().ledgerAgrees(consignee.id())).isTrue();
            for (var region : consignee.regions()) {
                assertThat(model.stamps().stock(consignee.id()).get(region)).as(consignee.code() + " " + region)
                        .isPositive();
            }
            assertThat(model.productionRequests().counts(consignee.id())).as(consignee.code())
                    .allSatisfy((status, n) -> assertThat(n).as(consignee.code() + " " + status).isPositive());
            var requests = model.productionRequests().staffQueue(null, consignee.id(), 100);
            assertThat(requests.stream().filter(r -> r.currentRevision() == 3)).as("three rounds").hasSize(2);
            assertThat(model.productionOrders().work(null, consignee.id(), 100)).extracting(o -> o.status())
                    .containsExactlyInAnyOrder(ems.production.OrderStatus.values());
            assertThat(model.invoices().staffList(null, consignee.id(), "", 100)).extracting(i -> i.status())
                    .contains(ems.invoice.InvoiceStatus.values());
            assertThat(model.invoices().totals(consignee.scope(), ems.invoice.InvoiceCategory.OUTSTANDING).overdue())
                    .isPositive();
            assertThat(model.outbound().staffList(null, consignee.id(), 100)).extracting(o -> o.status())
                    .containsExactlyInAnyOrder(ems.outbound.OutboundStatus.values());
            assertThat(model.inventory().ledgerAgrees(consignee.id())).isTrue();
        }
        var feedback = model.feedback().list(null, null, null, null, 100);
        assertThat(feedback).extracting(f -> f.feedback().source())
                .contains(ems.feedback.Feedback.Source.CUSTOMER, ems.feedback.Feedback.Source.INTERNAL);
        assertThat(feedback).extracting(f -> f.feedback().status()).contains(ems.feedback.Feedback.Status.values());
        assertThat(feedback).extracting(f -> f.feedback().category()).contains(ems.feedback.Feedback.Category.values());
        var nadia = model.portalAccounts().authenticate("ops@northernlights.demo", DemoData.PORTAL_PASSWORD).orElseThrow();
        assertThat(model.feedback().mine(nadia.id(), 10)).as("the customer sees her own submissions").hasSize(3);
    }

    @Test
    void theDemoHistorySpreadsOverThePastWeeksAndNothingHappensInTheFuture() {
        model.demo().seed();
        var trail = model.audit().newest(10_000);
        var first = trail.stream().map(e -> e.at()).min(java.util.Comparator.naturalOrder()).orElseThrow();
        var last = trail.stream().map(e -> e.at()).max(java.util.Comparator.naturalOrder()).orElseThrow();

        assertThat(java.time.Duration.between(first, last)).isGreaterThan(java.time.Duration.ofDays(30));
        assertThat(last).isBeforeOrEqualTo(clock.instant());
        var northern = model.consignees().search("Northern Lights").get(0);
        var dispatched = model.shipments().staffList(northern.id(), new ems.shipment.ShipmentFilter(
                ems.shipment.Phase.DISPATCHED, null, null, "", ems.shipment.ShipmentSort.NEWEST), 1).get(0);
        var timeline = model.shipments().detail(northern.scope(), dispatched.id()).timeline();
        assertThat(java.time.Duration.between(timeline.get(0).at(), timeline.get(timeline.size() - 1).at()))
                .as("a shipment takes days from announced to dispatched").isGreaterThan(java.time.Duration.ofDays(5));
        var negotiated = model.productionRequests().staffQueue(null, northern.id(), 100).stream()
                .filter(r -> r.currentRevision() == 3).findFirst().orElseThrow();
        var events = model.productionRequests().detail(northern.scope(), negotiated.id()).events();
        assertThat(events).hasSizeGreaterThanOrEqualTo(5);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).at()).as("each round happens later than the one before")
                    .isAfter(events.get(i - 1).at());
        }
        assertThat(model.clock().instant()).as("the model's own clock is untouched").isEqualTo(clock.instant());
    }
}
