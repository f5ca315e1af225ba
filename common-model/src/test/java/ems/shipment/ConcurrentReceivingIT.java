package ems.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import ems.catalog.Variant;
import ems.consignee.Consignee;
import ems.inventory.Bucket;
import ems.testing.Catalogues;
import ems.testing.ModelTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentReceivingIT extends ModelTest {

    private Shipment receivingShipment(Consignee consignee, Variant variant, int units, String label) {
        Shipment s = model.shipments().create(STAFF, new NewShipment(consignee.id(), "UPS", "", "Here",
                LocalDate.of(2026, 3, 10), List.of()));
        while (s.phase() != Phase.RECEIVING) {
            s = model.shipments().changePhase(STAFF, s.id(), s.version(), s.phase().next(), "");
        }
        model.shipments().addBox(STAFF, s.id(), new NewBox(label, variant.id(), "", units, BigDecimal.ONE,
                BoxCondition.GOOD));
        return s;
    }

    private static List<Boolean> race(ExecutorService pool, Callable<?> a, Callable<?> b) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Boolean>> results = new ArrayList<>();
        for (Callable<?> task : List.of(a, b)) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    task.call();
                    return true;
                } catch (RuntimeException refused) {
                    return false;
                }
            }));
        }
        List<Boolean> outcome = new ArrayList<>();
        for (Future<Boolean> f : results) {
            outcome.add(f.get());
        }
        return outcome;
    }

    @Test
    void twoReceivingSessionsCompletedAtOnceForOneConsigneeLoseNoUnit() throws Exception {
        Consignee nlc = consignee("NLC");
        Variant variant = Catalogues.sizes(model, STAFF, nlc, "Blue Dream", "3.5 g").get(0);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long expected = 0;
        try {
            for (int round = 0; round < 15; round++) {
                Shipment a = receivingShipment(nlc, variant, 10 + round, "A" + round);
                Shipment b = receivingShipment(nlc, variant, 100 + round, "B" + round);
                List<Boolean> outcome = race(pool, () -> model.shipments().completeReceiving(STAFF, a.id()),
                        () -> model.shipments().completeReceiving(STAFF, b.id()));
                assertThat(outcome).as("round %d", round).containsExactly(true, true);
                expected += 110 + 2L * round;
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(model.inventory().tree(nlc.scope()).totals().get(Bucket.UNSTAMPED)).isEqualTo(expected);
        assertThat(model.inventory().ledgerAgrees(nlc.id())).isTrue();
    }

    @Test
    void completingTheSameShipmentTwiceAtOnceReceivesItExactlyOnce() throws Exception {
        Consignee nlc = consignee("NLC");
        Variant variant = Catalogues.sizes(model, STAFF, nlc, "Blue Dream", "3.5 g").get(0);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                Shipment s = receivingShipment(nlc, variant, 5, "S" + round);
                List<Boolean> outcome = race(pool, () -> model.shipments().completeReceiving(STAFF, s.id()),
                        () -> model.shipments().completeReceiving(STAFF, s.id()));
                assertThat(outcome).as("round %d", round).containsExactlyInAnyOrder(true, false);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(model.inventory().tree(nlc.scope()).totals().get(Bucket.UNSTAMPED)).isEqualTo(75);
        assertThat(model.inventory().ledgerAgrees(nlc.id())).isTrue();
    }
}
