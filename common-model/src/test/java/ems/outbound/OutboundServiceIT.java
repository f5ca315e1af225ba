package ems.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ems.catalog.Variant;
import ems.consignee.Consignee;
import ems.consignee.Region;
import ems.error.NotFoundException;
import ems.error.StaleVersionException;
import ems.error.ValidationException;
import ems.inventory.Bucket;
import ems.testing.Catalogues;
import ems.testing.ModelTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboundServiceIT extends ModelTest {

    private Consignee nlc; // FEDERAL + ON
    private Variant small;

    @BeforeEach
    void data() {
        nlc = consignee("NLC");
        small = Catalogues.sizes(model, STAFF, nlc, "Blue Dream", "3.5 g").get(0);
        model.inventory().adjust(STAFF, nlc.id(), small.id(), Bucket.ON, 100, "count");
        model.inventory().adjust(STAFF, nlc.id(), small.id(), Bucket.UNSTAMPED, 50, "count");
    }

    private NewOutbound order(DestinationKind kind, Bucket bucket, int quantity) {
        return new NewOutbound(nlc.id(), "LCBO Durham DC", "1 Distribution Way\nWhitby ON", kind, Region.ON,
                "Purolator", LocalDate.of(2026, 3, 10), List.of(new NewOutbound.Line(small.id(), bucket, quantity, 2)));
    }

    private OutboundOrder packed(OutboundOrder o) {
        o = model.outbound().advance(STAFF, o.id(), o.version(), OutboundStatus.PICKING);
        return model.outbound().advance(STAFF, o.id(), o.version(), OutboundStatus.PACKED);
    }

    @Test
    void dispatchTakesTheUnitsOutAndTheCustomerSeesItFromThenOn() {
        OutboundOrder o = model.outbound().create(STAFF, order(DestinationKind.PROVINCIAL_DISTRIBUTOR, Bucket.ON, 60));
        assertThat(o.number()).isEqualTo("OUT-NLC-00001");
        long id = o.id();
        assertThatThrownBy(() -> model.outbound().detail(nlc.scope(), id)).isInstanceOf(NotFoundException.class);
        o = packed(o);
        o = model.outbound().dispatch(STAFF, o.id(), o.version(), "Purolator", "PUR123");
        assertThat(o.status()).isEqualTo(OutboundStatus.DISPATCHED);
        assertThat(model.inventory().tree(nlc.scope()).totals().get(Bucket.ON)).isEqualTo(40);
        assertThat(model.inventory().ledgerAgrees(nlc.id())).isTrue();
        assertThat(model.outbound().page(nlc.scope(), null, "", null).rows()).extracting(OutboundOrder::number)
                .containsExactly("OUT-NLC-00001");

        clock.advance(Duration.ofHours(3));
        Instant scan = clock.instant().minus(Duration.ofHours(1));
        o = model.outbound().trackingEvent(STAFF, o.id(), o.version(), scan, "Toronto hub", "Arrived at hub");
        assertThat(o.status()).isEqualTo(OutboundStatus.IN_TRANSIT);
        OutboundOrder fixed = o;
        assertThatThrownBy(() -> model.outbound().trackingEvent(STAFF, fixed.id(), fixed.version(),
                scan.minus(Duration.ofMinutes(5)), "Earlier", "")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errorFor("at").key()).isEqualTo("error.outbound.eventOrder"));
        o = model.outbound().deliver(STAFF, o.id(), o.version(), clock.instant(), "J. Smith");
        assertThat(o.status()).isEqualTo(OutboundStatus.DELIVERED);
        OutboundOrder delivered = o;
        assertThatThrownBy(() -> model.outbound().trackingEvent(STAFF, delivered.id(), delivered.version(),
                clock.instant(), "After", "")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errorFor("status").key()).isEqualTo("error.outbound.notInTransit"));
        assertThat(model.outbound().detail(nlc.scope(), id).events()).extracting(ev -> ev.status())
                .containsExactly(OutboundStatus.PLANNED, OutboundStatus.PICKING, OutboundStatus.PACKED,
                        OutboundStatus.DISPATCHED, OutboundStatus.IN_TRANSIT, OutboundStatus.DELIVERED);
    }

    @Test
    void badOrdersAreRefused() {
        assertThatThrownBy(() -> model.outbound().create(STAFF, order(DestinationKind.PROVINCIAL_DISTRIBUTOR,
                Bucket.UNSTAMPED, 10))).as("a distributor takes stamped product only")
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("lines").key()).isEqualTo("error.outbound.bucket"));
        assertThat(model.outbound().create(STAFF, order(DestinationKind.EXPORT, Bucket.UNSTAMPED, 10)).status())
                .isEqualTo(OutboundStatus.PLANNED);
        assertThatThrownBy(() -> model.outbound().create(STAFF, order(DestinationKind.PROVINCIAL_DISTRIBUTOR,
                Bucket.ON, 101))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errorFor("lines").key()).isEqualTo("error.outbound.short"));
        assertThatThrownBy(() -> model.outbound().create(STAFF, order(DestinationKind.PROVINCIAL_DISTRIBUTOR,
                Bucket.ON, -1))).isInstanceOf(ValidationException.class);
        OutboundOrder o = model.outbound().create(STAFF, order(DestinationKind.PROVINCIAL_DISTRIBUTOR, Bucket.ON, 5));
        OutboundOrder planned = o;
        assertThatThrownBy(() -> model.outbound().dispatch(STAFF, planned.id(), planned.version(), "UPS", ""))
                .as("not packed yet").isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> model.outbound().advance(STAFF, planned.id(), planned.version() + 1,
                OutboundStatus.PICKING)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void concurrentDispatchesNeverTakeMoreThanIsOnHand() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                model.inventory().adjust(STAFF, nlc.id(), small.id(), Bucket.ON, 30 - model.inventory()
                        .tree(nlc.scope()).totals().get(Bucket.ON), "reset to 30");
                List<OutboundOrder> ready = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    ready.add(packed(model.outbound().create(STAFF, order(DestinationKind.PROVINCIAL_DISTRIBUTOR,
                            Bucket.ON, 10))));
                }
                CyclicBarrier start = new CyclicBarrier(4);
                List<Future<Boolean>> results = new ArrayList<>();
                for (OutboundOrder o : ready) {
                    results.add(pool.submit(() -> {
                        start.await();
                        try {
                            model.outbound().dispatch(STAFF, o.id(), o.version(), "UPS", "");
                            return true;
                        } catch (ValidationException e) {
                            return false;
                        }
                    }));
                }
                int dispatched = 0;
                for (Future<Boolean> r : results) {
                    dispatched += r.get() ? 1 : 0;
                }
                assertThat(dispatched).as("round %d: 30 units, 10 each", round).isEqualTo(3);
                assertThat(model.inventory().tree(nlc.scope()).totals().get(Bucket.ON)).isZero();
                assertThat(model.inventory().ledgerAgrees(nlc.id())).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
