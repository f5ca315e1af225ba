package ems.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ems.audit.Actor;
import ems.catalog.Variant;
import ems.consignee.Consignee;
import ems.consignee.Region;
import ems.error.NotFoundException;
import ems.error.StaleVersionException;
import ems.error.ValidationException;
import ems.testing.Catalogues;
import ems.testing.ModelTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductionRequestServiceIT extends ModelTest {

    private static final Actor CUSTOMER = Actor.portal(77, "ops@nlc.test");
    private Consignee nlc;
    private List<Variant> sizes;

    @BeforeEach
    void catalogue() {
        nlc = consignee("NLC"); // regions FEDERAL and ON
        sizes = Catalogues.sizes(model, STAFF, nlc, "Blue Dream", "3.5 g", "28 g");
    }

    private RequestForm form(int federal, int ontario, String note) {
        return new RequestForm(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 27), "Federal first",
                List.of(new RequestForm.Line(sizes.get(0).id(), Region.FEDERAL, federal),
                        new RequestForm.Line(sizes.get(1).id(), Region.ON, ontario)), note);
    }

    @Test
    void theWholeRevisionLoopKeepsEveryRevisionNoteAndStepForBothSides() {
        PoRequest r = model.productionRequests().submit(CUSTOMER, nlc.scope(), form(500, 200, "First try"), null);
        assertThat(r.number()).isEqualTo("PR-NLC-00001");
        r = model.productionRequests().sendBack(STAFF, r.id(), r.version(), "ON exceeds stamps: 150 or fewer");
        r = model.productionRequests().resubmit(CUSTOMER, nlc.scope(), r.id(), r.version(), form(500, 150, "Reduced"));
        r = model.productionRequests().sendBack(STAFF, r.id(), r.version(), "Federal 400 please");
        r = model.productionRequests().resubmit(CUSTOMER, nlc.scope(), r.id(), r.version(), form(400, 150, ""));
        r = model.productionRequests().approve(STAFF, r.id(), r.version(), "");

        assertThat(r.status()).isEqualTo(PoStatus.APPROVED);
        PoRequestDetail customerView = model.productionRequests().detail(nlc.scope(), r.id());
        PoRequestDetail staffView = model.productionRequests().detailForStaff(r.id());
        assertThat(customerView).isEqualTo(staffView);
        assertThat(customerView.revisions()).extracting(PoRevision::revision).containsExactly(1, 2, 3);
        assertThat(customerView.revisions()).extracting(rev -> rev.lines().stream().mapToInt(PoLine::quantity).sum())
                .containsExactly(700, 650, 550);
        assertThat(customerView.notes()).extracting(n -> n.side() + ":" + n.text()).containsExactly(
                "CUSTOMER:First try", "ADMIN:ON exceeds stamps: 150 or fewer", "CUSTOMER:Reduced",
                "ADMIN:Federal 400 please");
        assertThat(customerView.events()).extracting(PoEvent::status).containsExactly(PoStatus.SUBMITTED,
                PoStatus.REVISION_REQUESTED, PoStatus.SUBMITTED, PoStatus.REVISION_REQUESTED, PoStatus.SUBMITTED,
                PoStatus.APPROVED);
    }

    @Test
    void everyIllegalTransitionIsRefusedAndChangesNothing() {
        PoRequest submitted = model.productionRequests().submit(CUSTOMER, nlc.scope(), form(10, 10, ""), null);
        assertThatThrownBy(() -> model.productionRequests().resubmit(CUSTOMER, nlc.scope(), submitted.id(),
                submitted.version(), form(5, 5, ""))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errorFor("status").key()).isEqualTo("error.po.transition"));
        PoRequest withdrawn = model.productionRequests().withdraw(CUSTOMER, nlc.scope(), submitted.id(),
                submitted.version());
        for (Runnable illegal : List.<Runnable>of(
                () -> model.productionRequests().approve(STAFF, withdrawn.id(), withdrawn.version(), ""),
                () -> model.productionRequests().reject(STAFF, withdrawn.id(), withdrawn.version(), "No"),
                () -> model.productionRequests().sendBack(STAFF, withdrawn.id(), withdrawn.version(), "Fix"),
                () -> model.productionRequests().withdraw(CUSTOMER, nlc.scope(), withdrawn.id(), withdrawn.version()))) {
            assertThatThrownBy(illegal::run).isInstanceOf(ValidationException.class);
        }
        PoRequest other = model.productionRequests().submit(CUSTOMER, nlc.scope(), form(10, 10, ""), null);
        assertThatThrownBy(() -> model.productionRequests().reject(STAFF, other.id(), other.version(), " "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("note").key()).isEqualTo("error.po.reasonRequired"));
        assertThatThrownBy(() -> model.productionRequests().sendBack(STAFF, other.id(), other.version(), ""))
                .isInstanceOf(ValidationException.class);
        assertThat(model.productionRequests().detailForStaff(withdrawn.id()).events()).hasSize(2);
        assertThat(model.productionRequests().detailForStaff(other.id()).request().status()).isEqualTo(PoStatus.SUBMITTED);
        Consignee stranger = consignee("OTH");
        assertThatThrownBy(() -> model.productionRequests().detail(stranger.scope(), other.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> model.productionRequests().withdraw(CUSTOMER, stranger.scope(), other.id(),
                other.version())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void badRequestsAreRefusedWithAMessagePerFieldAndNothingIsSaved() {
        Consignee stranger = consignee("OTH");
        Variant theirs = Catalogues.sizes(model, STAFF, stranger, "Theirs", "1 g").get(0);
        var requests = model.productionRequests();

        assertThatThrownBy(() -> requests.submit(CUSTOMER, nlc.scope(), new RequestForm(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 2, 1), "", List.of(new RequestForm.Line(sizes.get(0).id(), Region.QC, 0)),
                "x".repeat(3_000)), null)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                .extracting(err -> err.field() + ":" + err.key()).contains("lines:error.po.region",
                        "lines:error.shipment.quantity", "preferredFrom:error.po.past", "preferredTo:error.date.order",
                        "note:error.tooLong"));
        assertThatThrownBy(() -> requests.submit(CUSTOMER, nlc.scope(), new RequestForm(LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 3, 21), "", List.of(), ""), null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errorFor("lines").key()).isEqualTo("error.po.empty"));
        assertThatThrownBy(() -> requests.submit(CUSTOMER, nlc.scope(), new RequestForm(LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 3, 21), "", List.of(new RequestForm.Line(theirs.id(), Region.ON, 5)), ""), null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("lines").key()).isEqualTo("error.po.unknownVariant"));
        assertThat(requests.queue(PoStatus.SUBMITTED, 10)).isEmpty();
    }

    @Test
    void racingDecisionsProduceExactlyOneDecisionAuditEventAndSetOfNotificationsPerRound() throws Exception {
        var ops = primary(nlc, "ops@nlc.test", false);
        Actor customer = Actor.portal(ops.id(), ops.name());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int rounds = 30;
        java.util.Map<String, Integer> wins = new java.util.TreeMap<>();
        try {
            for (int round = 0; round < rounds; round++) {
                PoRequest r = model.productionRequests().submit(customer, nlc.scope(), form(10, 10, ""), null);
                CyclicBarrier start = new CyclicBarrier(2);
                record Contender(String name, Runnable action) { }
                List<Contender> pair = switch (round % 3) {
                    case 0 -> List.of(new Contender("approve", () -> model.productionRequests().approve(STAFF, r.id(),
                            r.version(), "")), new Contender("reject", () -> model.productionRequests().reject(STAFF,
                            r.id(), r.version(), "Out of stock")));
                    case 1 -> List.of(new Contender("approve", () -> model.productionRequests().approve(STAFF, r.id(),
                            r.version(), "")), new Contender("sendBack", () -> model.productionRequests().sendBack(
                            STAFF, r.id(), r.version(), "Fewer please")));
                    default -> List.of(new Contender("withdraw", () -> model.productionRequests().withdraw(customer,
                            nlc.scope(), r.id(), r.version())), new Contender("approve", () -> model
                            .productionRequests().approve(STAFF, r.id(), r.version(), "")));
                };
                List<Future<Boolean>> outcome = new ArrayList<>();
                for (Contender c : pair) {
                    outcome.add(pool.submit(() -> decided(start, c.action())));
                }
                List<Boolean> won = List.of(outcome.get(0).get(), outcome.get(1).get());
                assertThat(won).as("round %d", round).containsExactlyInAnyOrder(true, false);
                String winner = pair.get(won.indexOf(true)).name();
                wins.merge(pair.get(0).name() + " vs " + pair.get(1).name() + ": " + winner, 1, Integer::sum);

                PoRequestDetail detail = model.productionRequests().detailForStaff(r.id());
                assertThat(detail.events()).as("round %d", round).hasSize(2);
                assertThat(model.audit().forEntity("po_request", r.id())).as("round %d", round).hasSize(2);
                long customerNews = model.notifications().forAccount(ops.id(), 1_000).stream()
                        .filter(n -> n.reference().equals(r.number())).count();
                assertThat(customerNews).as("round %d: one notice per decision, none for a withdrawal", round)
                        .isEqualTo(winner.equals("withdraw") ? 0 : 1);
                assertThat(model.productionOrders().forRequest(nlc.scope(), r.id()).isPresent())
                        .as("round %d", round).isEqualTo(winner.equals("approve"));
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("PO request race outcomes over " + rounds + " rounds on " + kind + ": " + wins);
        assertThat(wins.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(rounds);
    }

    private static boolean decided(CyclicBarrier start, Runnable decision) throws Exception {
        start.await();
        try {
            decision.run();
            return true;
        } catch (StaleVersionException | ValidationException lost) {
            return false;
        }
    }
}
