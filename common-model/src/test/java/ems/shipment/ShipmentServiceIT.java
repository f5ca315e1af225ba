package ems.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ems.catalog.Variant;
import ems.consignee.Consignee;
import ems.error.NotFoundException;
import ems.error.StaleVersionException;
import ems.error.ValidationException;
import ems.inventory.Bucket;
import ems.testing.Catalogues;
import ems.testing.ModelTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShipmentServiceIT extends ModelTest {

    private Consignee nlc;
    private List<Variant> sizes;

    @BeforeEach
    void catalogue() {
        nlc = consignee("NLC");
        sizes = Catalogues.sizes(model, STAFF, nlc, "Blue Dream", "3.5 g", "28 g");
    }

    private Shipment shipment(int expected35, int expected28) {
        return model.shipments().create(STAFF, new NewShipment(nlc.id(), "Purolator", "PUR123", "Sudbury ON",
                LocalDate.of(2026, 3, 10), List.of(new NewShipment.ExpectedLine(sizes.get(0).id(), expected35),
                        new NewShipment.ExpectedLine(sizes.get(1).id(), expected28))));
    }

    private Shipment advanceTo(Shipment shipment, Phase target) {
        Shipment s = shipment;
        while (s.phase() != target) {
            s = model.shipments().changePhase(STAFF, s.id(), s.version(), s.phase().next(), "");
        }
        return s;
    }

    private static NewBox box(String label, Variant variant, int units) {
        return new NewBox(label, variant.id(), "LOT-1", units, new BigDecimal("12.500"), BoxCondition.GOOD);
    }

    @Test
    void aNewShipmentIsNumberedPerConsigneeAndStartsItsTimeline() {
        Shipment first = shipment(100, 20);
        Shipment second = shipment(1, 1);

        assertThat(first.number()).isEqualTo("SH-NLC-00001");
        assertThat(second.number()).isEqualTo("SH-NLC-00002");
        assertThat(first.phase()).isEqualTo(Phase.CREATED);
        assertThat(first.expectedUnits()).isEqualTo(120);
        ShipmentDetail detail = model.shipments().detailForStaff(first.id());
        assertThat(detail.lines()).extracting(ShipmentLine::quantity).containsExactlyInAnyOrder(100, 20);
        assertThat(detail.timeline()).extracting(ShipmentEvent::phase).containsExactly(Phase.CREATED);
    }

    @Test
    void badShipmentInputIsRefusedAndNothingIsSaved() {
        Consignee other = consignee("OTH");
        Variant theirs = Catalogues.sizes(model, STAFF, other, "Theirs", "1 g").get(0);

        assertThatThrownBy(() -> model.shipments().create(STAFF, new NewShipment(nlc.id(), " ", "", "", null,
                List.of(new NewShipment.ExpectedLine(sizes.get(0).id(), 0),
                        new NewShipment.ExpectedLine(sizes.get(0).id(), -5)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(err -> err.field() + ":" + err.key()).contains("carrier:error.required",
                                "origin:error.required", "expectedArrival:error.required",
                                "lines:error.shipment.quantity", "lines:error.shipment.duplicateVariant"));
        assertThatThrownBy(() -> model.shipments().create(STAFF, new NewShipment(nlc.id(), "UPS", "", "X",
                LocalDate.of(2026, 3, 3), List.of(new NewShipment.ExpectedLine(theirs.id(), 5)))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("lines").key()).isEqualTo("error.inventory.unknownVariant"));
        assertThat(model.shipments().staffList(nlc.id(), ShipmentFilter.all(), 10)).isEmpty();
    }

    @Test
    void phasesAdvanceOneAtATimeAndSkipsOrCorrectionsNeedAReason() {
        Shipment s = shipment(1, 1);
        s = model.shipments().changePhase(STAFF, s.id(), s.version(), Phase.IN_TRANSIT, "");
        Shipment inTransit = s;

        assertThatThrownBy(() -> model.shipments().changePhase(STAFF, inTransit.id(), inTransit.version(),
                Phase.RECEIVING, " ")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errorFor("note").key()).isEqualTo("error.shipment.reasonRequired"));
        assertThatThrownBy(() -> model.shipments().changePhase(STAFF, inTransit.id(), inTransit.version(),
                Phase.CREATED, "")).isInstanceOf(ValidationException.class);
        s = model.shipments().changePhase(STAFF, s.id(), s.version(), Phase.CREATED, "Carrier never picked up");
        assertThat(s.phase()).isEqualTo(Phase.CREATED);
        s = model.shipments().changePhase(STAFF, s.id(), s.version(), Phase.ARRIVED, "Delivered by the customer");
        assertThat(s.actualArrival()).isEqualTo(clock.instant());

        assertThat(model.shipments().detailForStaff(s.id()).timeline()).extracting(e -> e.phase() + ":" + e.kind())
                .containsExactly("CREATED:CREATED", "IN_TRANSIT:ADVANCE", "CREATED:CORRECTION", "ARRIVED:SKIP");
        assertThat(model.audit().forEntity("shipment", s.id())).extracting(e -> e.action())
                .contains("shipment.correction", "shipment.skip");
    }

    @Test
    void receivedIsReachedOnlyByCompletingReceivingAndNeverLeftBackwards() {
        Shipment s = advanceTo(shipment(1, 1), Phase.RECEIVING);
        Shipment receiving = s;

        assertThatThrownBy(() -> model.shipments().changePhase(STAFF, receiving.id(), receiving.version(),
                Phase.RECEIVED, "")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errorFor("phase").key()).isEqualTo("error.shipment.useCompleteReceiving"));
        assertThatThrownBy(() -> model.shipments().changePhase(STAFF, receiving.id(), receiving.version(),
                Phase.IN_STORAGE, "skip it")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errorFor("phase").key()).isEqualTo("error.shipment.receiveFirst"));

        model.shipments().addBox(STAFF, s.id(), box("B1", sizes.get(0), 10));
        s = model.shipments().completeReceiving(STAFF, s.id());
        Shipment received = s;
        assertThatThrownBy(() -> model.shipments().changePhase(STAFF, received.id(), received.version(),
                Phase.RECEIVING, "recount")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errorFor("phase").key()).isEqualTo("error.shipment.alreadyReceived"));
        s = model.shipments().changePhase(STAFF, s.id(), s.version(), Phase.IN_STORAGE, "");
        assertThat(s.phase()).isEqualTo(Phase.IN_STORAGE);
    }

    @Test
    void aPhaseChangeOnAStaleVersionIsRefused() {
        Shipment s = shipment(1, 1);
        model.shipments().changePhase(STAFF, s.id(), s.version(), Phase.IN_TRANSIT, "");

        assertThatThrownBy(() -> model.shipments().changePhase(STAFF, s.id(), s.version(), Phase.IN_TRANSIT, ""))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void completingReceivingPostsExactlyTheManifestToUnstampedAndOnlyOnce() {
        Shipment s = advanceTo(shipment(100, 20), Phase.RECEIVING);
        model.shipments().addBoxes(STAFF, s.id(), List.of(box("B1", sizes.get(0), 48), box("B2", sizes.get(0), 48),
                box("B3", sizes.get(1), 25)));

        Shipment received = model.shipments().completeReceiving(STAFF, s.id());

        assertThat(received.phase()).isEqualTo(Phase.RECEIVED);
        assertThat(received.boxCount()).isEqualTo(3);
        assertThat(received.unitCount()).isEqualTo(121);
        var tree = model.inventory().tree(nlc.scope());
        assertThat(tree.totals().get(Bucket.UNSTAMPED)).isEqualTo(121);
        assertThat(tree.categories().get(0).children().get(0).children())
                .extracting(v -> v.name() + "=" + v.totals().get(Bucket.UNSTAMPED))
                .containsExactlyInAnyOrder("3.5 g=96", "28 g=25");
        assertThat(model.inventory().ledgerAgrees(nlc.id())).isTrue();
        assertThat(model.shipments().detailForStaff(s.id()).comparison())
                .extracting(r -> r.sizeLabel() + ":" + r.difference()).containsExactlyInAnyOrder("3.5 g:-4", "28 g:5");

        assertThatThrownBy(() -> model.shipments().completeReceiving(STAFF, s.id()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("phase").key()).isEqualTo("error.shipment.alreadyCompleted"));
        assertThat(model.inventory().tree(nlc.scope()).totals().get(Bucket.UNSTAMPED)).isEqualTo(121);
        assertThatThrownBy(() -> model.shipments().addBox(STAFF, s.id(), box("B4", sizes.get(0), 1)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void badBoxesAreRefusedAndTheManifestIsUnchanged() {
        Shipment early = shipment(1, 1);
        assertThatThrownBy(() -> model.shipments().addBox(STAFF, early.id(), box("B1", sizes.get(0), 1)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("phase").key()).isEqualTo("error.shipment.notReceiving"));
        Shipment s = advanceTo(early, Phase.RECEIVING);
        model.shipments().addBox(STAFF, s.id(), box("B1", sizes.get(0), 1));

        assertThatThrownBy(() -> model.shipments().addBox(STAFF, s.id(), box("b1", sizes.get(0), 1)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> model.shipments().addBox(STAFF, s.id(),
                new NewBox("B2", sizes.get(0).id(), "", -3, new BigDecimal("1.23456"), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(err -> err.field()).containsExactlyInAnyOrder("units", "weight", "condition"));
        assertThatThrownBy(() -> model.shipments().addBoxes(STAFF, s.id(), List.of(box("B2", sizes.get(0), 1),
                box("B3", sizes.get(0), 1), new NewBox("B4", 999_999L, "", 1, BigDecimal.ONE, BoxCondition.GOOD))))
                .isInstanceOf(ValidationException.class);
        assertThat(model.shipments().detailForStaff(s.id()).manifest()).extracting(ShipmentBox::label)
                .containsExactly("B1");
        assertThatThrownBy(() -> model.shipments().completeReceiving(STAFF, advanceTo(shipment(1, 1),
                Phase.RECEIVING).id())).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errorFor("boxes").key()).isEqualTo("error.shipment.noBoxes"));
    }

    @Test
    void aFiveThousandBoxManifestIsRefusedWhole() {
        Shipment s = advanceTo(shipment(1, 1), Phase.RECEIVING);
        List<NewBox> huge = IntStream.range(0, 5_000).mapToObj(i -> box("B" + i, sizes.get(0), 1)).toList();

        assertThatThrownBy(() -> model.shipments().addBoxes(STAFF, s.id(), huge))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("label").key()).isEqualTo("error.shipment.tooManyBoxes"));
        model.shipments().addBoxes(STAFF, s.id(), huge.subList(0, ShipmentService.MAX_BOXES));
        assertThatThrownBy(() -> model.shipments().addBox(STAFF, s.id(), box("one-more", sizes.get(0), 1)))
                .isInstanceOf(ValidationException.class);
        assertThat(model.shipments().detailForStaff(s.id()).shipment().boxCount()).isEqualTo(ShipmentService.MAX_BOXES);
    }

    @Test
    void theCustomerSeesTheManifestOnlyOnceReceivingIsCompleteAndNeverAnotherConsigneesShipment() {
        Shipment s = advanceTo(shipment(1, 1), Phase.RECEIVING);
        model.shipments().addBox(STAFF, s.id(), box("B1", sizes.get(0), 7));

        assertThat(model.shipments().detail(nlc.scope(), s.id()).manifest()).isEmpty();
        model.shipments().completeReceiving(STAFF, s.id());
        assertThat(model.shipments().detail(nlc.scope(), s.id()).manifest()).extracting(ShipmentBox::units)
                .containsExactly(7);
        Consignee other = consignee("OTH");
        assertThatThrownBy(() -> model.shipments().detail(other.scope(), s.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theListPagesByKeysetFiltersAndSearches() {
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            clock.advance(java.time.Duration.ofMinutes(7));
            created.add(shipment(1, 1).id());
        }
        Shipment moved = model.shipments().changePhase(STAFF, created.get(5), 0, Phase.IN_TRANSIT, "");

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            ShipmentPage page = model.shipments().page(nlc.scope(), ShipmentFilter.all(), cursor);
            page.rows().forEach(r -> seen.add(r.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(created.stream().sorted(java.util.Comparator.reverseOrder()).toList());

        var inTransit = new ShipmentFilter(Phase.IN_TRANSIT, null, null, "", ShipmentSort.NEWEST);
        assertThat(model.shipments().page(nlc.scope(), inTransit, null).rows()).extracting(Shipment::id)
                .containsExactly(moved.id());
        var search = new ShipmentFilter(null, null, null, "nlc-00007", ShipmentSort.OLDEST);
        assertThat(model.shipments().page(nlc.scope(), search, null).rows()).extracting(Shipment::number)
                .containsExactly("SH-NLC-00007");
        assertThat(model.shipments().page(consignee("OTH").scope(), ShipmentFilter.all(), null).rows()).isEmpty();
        var tamperedCursor = model.shipments().page(nlc.scope(), ShipmentFilter.all(), "not-a-cursor!");
        assertThat(tamperedCursor.rows()).hasSize(ShipmentService.PAGE_SIZE);
    }
}
