package ems.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ems.audit.Actor;
import ems.catalog.Variant;
import ems.consignee.Consignee;
import ems.consignee.Region;
import ems.error.StaleVersionException;
import ems.error.ValidationException;
import ems.inventory.Bucket;
import ems.testing.Catalogues;
import ems.testing.ModelTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductionOrderServiceIT extends ModelTest {

    private static final Actor CUSTOMER = Actor.portal(77, "ops@nlc.test");
    private Consignee nlc;
    private Variant small;

    @BeforeEach
    void data() {
        nlc = consignee("NLC"); // FEDERAL and ON
        small = Catalogues.sizes(model, STAFF, nlc, "Blue Dream", "3.5 g").get(0);
        model.inventory().adjust(STAFF, nlc.id(), small.id(), Bucket.UNSTAMPED, 1_000, "count");
    }

    private ProductionOrder approved(int federal, int ontario) {
        PoRequest r = model.productionRequests().submit(CUSTOMER, nlc.scope(), new RequestForm(LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 3, 25), "", List.of(new RequestForm.Line(small.id(), Region.FEDERAL, federal),
                        new RequestForm.Line(small.id(), Region.ON, ontario)), ""), null);
        model.productionRequests().approve(STAFF, r.id(), r.version(), "");
        return model.productionOrders().forRequest(nlc.scope(), r.id()).orElseThrow();
    }

    @Test
    void approvalCreatesAPlannedOrderAndCompletionStampsTheUnitsAndConsumesTheStamps() {
        model.stamps().receive(STAFF, nlc.id(), Region.FEDERAL, 1_000, "CRA-1");
        model.stamps().receive(STAFF, nlc.id(), Region.ON, 1_000, "CRA-2");
        ProductionOrder order = approved(300, 200);
        assertThat(order.status()).isEqualTo(OrderStatus.PLANNED);
        assertThat(order.number()).isEqualTo("PO-NLC-00001");

        order = model.productionOrders().schedule(STAFF, order.id(), order.version(), LocalDate.of(2026, 3, 22));
        order = model.productionOrders().start(STAFF, order.id(), order.version());
        order = model.productionOrders().complete(STAFF, order.id(), order.version());

        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.scheduledDate()).isEqualTo(LocalDate.of(2026, 3, 22));
        var totals = model.inventory().tree(nlc.scope()).totals();
        assertThat(totals.get(Bucket.UNSTAMPED)).isEqualTo(500);
        assertThat(totals.get(Bucket.FEDERAL)).isEqualTo(300);
        assertThat(totals.get(Bucket.ON)).isEqualTo(200);
        assertThat(model.stamps().stock(nlc.id())).containsEntry(Region.FEDERAL, 700L).containsEntry(Region.ON, 800L);
        assertThat(model.productionOrders().detail(nlc.scope(), order.id()).lines())
                .allSatisfy(l -> assertThat(l.produced()).isEqualTo(l.quantity()));
        assertThat(model.inventory().ledgerAgrees(nlc.id())).isTrue();
    }

    @Test
    void completionIsRefusedWhenStampsOrUnitsAreShortAndNothingMoves() {
        model.stamps().receive(STAFF, nlc.id(), Region.FEDERAL, 100, "CRA-1");
        model.stamps().receive(STAFF, nlc.id(), Region.ON, 1_000, "CRA-2");
        ProductionOrder order = approved(300, 200);
        order = model.productionOrders().schedule(STAFF, order.id(), order.version(), LocalDate.of(2026, 3, 22));
        ProductionOrder started = model.productionOrders().start(STAFF, order.id(), order.version());

        assertThatThrownBy(() -> model.productionOrders().complete(STAFF, started.id(), started.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errorFor("lines").key()).isEqualTo("error.production.stampsShort");
                    assertThat(e.errorFor("lines").args()).containsExactly("FEDERAL", 100L, 300);
                });
        assertThat(model.inventory().tree(nlc.scope()).totals().get(Bucket.UNSTAMPED)).isEqualTo(1_000);
        assertThat(model.stamps().stock(nlc.id())).containsEntry(Region.FEDERAL, 100L);
        assertThat(model.productionOrders().detailForStaff(started.id()).order().status())
                .isEqualTo(OrderStatus.IN_PROGRESS);

        model.stamps().receive(STAFF, nlc.id(), Region.FEDERAL, 5_000, "CRA-3");
        model.inventory().adjust(STAFF, nlc.id(), small.id(), Bucket.UNSTAMPED, -900, "recount");
        assertThatThrownBy(() -> model.productionOrders().complete(STAFF, started.id(), started.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errorFor("lines").key()).isEqualTo("error.production.unitsShort");
                    assertThat(e.errorFor("lines").args().get(0).toString()).contains("Blue Dream");
                });
        assertThat(model.stamps().stock(nlc.id())).containsEntry(Region.FEDERAL, 5_100L);
    }

    @Test
    void ordersMoveOnlyForwardAndOnTheVersionTheirAuthorSaw() {
        ProductionOrder order = approved(10, 10);
        assertThatThrownBy(() -> model.productionOrders().start(STAFF, order.id(), order.version()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> model.productionOrders().schedule(STAFF, order.id(), order.version(), null))
                .isInstanceOf(ValidationException.class);
        ProductionOrder scheduled = model.productionOrders().schedule(STAFF, order.id(), order.version(),
                LocalDate.of(2026, 4, 1));
        assertThatThrownBy(() -> model.productionOrders().cancel(STAFF, order.id(), order.version()))
                .isInstanceOf(StaleVersionException.class);
        ProductionOrder cancelled = model.productionOrders().cancel(STAFF, scheduled.id(), scheduled.version());
        assertThatThrownBy(() -> model.productionOrders().start(STAFF, cancelled.id(), cancelled.version()))
                .isInstanceOf(ValidationException.class);
        assertThat(model.audit().forEntity("production_order", order.id())).extracting(e -> e.action())
                .containsExactly("productionOrder.created", "productionOrder.scheduled", "productionOrder.cancelled");
    }
}
