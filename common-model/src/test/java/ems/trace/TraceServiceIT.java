package ems.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ems.account.Section;
import ems.audit.Actor;
import ems.catalog.Variant;
import ems.consignee.Consignee;
import ems.consignee.Region;
import ems.error.NotFoundException;
import ems.inventory.Bucket;
import ems.invoice.DraftLine;
import ems.invoice.Invoice;
import ems.invoice.InvoiceDraft;
import ems.outbound.DestinationKind;
import ems.outbound.NewOutbound;
import ems.outbound.OutboundOrder;
import ems.outbound.OutboundStatus;
import ems.production.PoRequest;
import ems.production.ProductionOrder;
import ems.production.RequestForm;
import ems.shipment.BoxCondition;
import ems.shipment.NewBox;
import ems.shipment.NewShipment;
import ems.shipment.Shipment;
import ems.testing.Catalogues;
import ems.testing.ModelTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TraceServiceIT extends ModelTest {

    private static final Actor CUSTOMER = Actor.portal(77, "ops@nlc.test");
    private static final Set<Section> ALL = EnumSet.allOf(Section.class);

    private Consignee nlc;
    private Variant blueDream;
    private Variant otherProduct;

    @BeforeEach
    void data() {
        nlc = consignee("NLC"); // FEDERAL and ON
        blueDream = Catalogues.sizes(model, STAFF, nlc, "Blue Dream", "3.5 g").get(0);
        otherProduct = Catalogues.sizes(model, STAFF, nlc, "Northern Haze", "7 g").get(0);
        model.stamps().receive(STAFF, nlc.id(), Region.ON, 1_000, "CRA-1");
        model.inventory().adjust(STAFF, nlc.id(), otherProduct.id(), Bucket.UNSTAMPED, 100, "count");
    }

    private Shipment received(Variant variant, int units) {
        Shipment s = model.shipments().create(STAFF, new NewShipment(nlc.id(), "Purolator", "PUR1", "Sudbury ON",
                LocalDate.of(2026, 3, 10), List.of(new NewShipment.ExpectedLine(variant.id(), units))));
        while (s.phase() != ems.shipment.Phase.RECEIVING) {
            s = model.shipments().changePhase(STAFF, s.id(), s.version(), s.phase().next(), "");
        }
        model.shipments().addBox(STAFF, s.id(), new NewBox("B1", variant.id(), "LOT-1", units,
                new BigDecimal("10.000"), BoxCondition.GOOD));
        return model.shipments().completeReceiving(STAFF, s.id());
    }

    private ProductionOrder completedOrder(Variant variant, int units) {
        PoRequest r = model.productionRequests().submit(CUSTOMER, nlc.scope(), new RequestForm(LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 3, 25), "", List.of(new RequestForm.Line(variant.id(), Region.ON, units)), ""), null);
        model.productionRequests().approve(STAFF, r.id(), r.version(), "");
        ProductionOrder o = model.productionOrders().forRequest(nlc.scope(), r.id()).orElseThrow();
        o = model.productionOrders().schedule(STAFF, o.id(), o.version(), LocalDate.of(2026, 3, 22));
        o = model.productionOrders().start(STAFF, o.id(), o.version());
        return model.productionOrders().complete(STAFF, o.id(), o.version());
    }

    private OutboundOrder dispatched(Variant variant, int units) {
        OutboundOrder o = model.outbound().create(STAFF, new NewOutbound(nlc.id(), "LCBO Durham DC", "Whitby ON",
                DestinationKind.PROVINCIAL_DISTRIBUTOR, Region.ON, "Purolator", LocalDate.of(2026, 3, 28),
                List.of(new NewOutbound.Line(variant.id(), Bucket.ON, units, 1))));
        o = model.outbound().advance(STAFF, o.id(), o.version(), OutboundStatus.PICKING);
        o = model.outbound().advance(STAFF, o.id(), o.version(), OutboundStatus.PACKED);
        return model.outbound().dispatch(STAFF, o.id(), o.version(), "Purolator", "PUR9");
    }

    private Invoice issuedFor(Shipment shipment) {
        Invoice d = model.invoices().createDraft(STAFF, nlc.id());
        d = model.invoices().saveDraft(STAFF, d.id(), d.version(), new InvoiceDraft(30, "", List.of(
                new DraftLine("Receiving, per box", BigDecimal.ONE, new BigDecimal("35.00"), BigDecimal.ZERO,
                        DraftLine.ReferenceType.SHIPMENT, shipment.id())), List.of()));
        return model.invoices().issue(STAFF, d.id(), d.version(), LocalDate.of(2026, 3, 30));
    }

    @Test
    void aReceivedShipmentLeadsToTheProductionDeliveriesAndInvoicesOfItsProducts() {
        ProductionOrder before = completedOrder(otherProduct, 10); // other product, before: unrelated
        clock.advance(Duration.ofHours(1));
        Shipment shipment = received(blueDream, 200);
        clock.advance(Duration.ofHours(1));
        ProductionOrder stamped = completedOrder(blueDream, 120);
        ProductionOrder unrelated = completedOrder(otherProduct, 20);
        clock.advance(Duration.ofHours(1));
        OutboundOrder delivery = dispatched(blueDream, 50);
        dispatched(otherProduct, 5);
        Invoice invoice = issuedFor(shipment);
        model.invoices().createDraft(STAFF, nlc.id()); // a draft never shows

        ShipmentTrace trace = model.trace().forShipment(nlc.scope(), shipment.id(), ALL);

        assertThat(trace.received()).isTrue();
        assertThat(trace.productionOrders()).extracting(ShipmentTrace.Order::number)
                .containsExactly(stamped.number()).doesNotContain(before.number(), unrelated.number());
        assertThat(trace.deliveries()).extracting(ShipmentTrace.Delivery::number).containsExactly(delivery.number());
        assertThat(trace.invoices()).extracting(ShipmentTrace.Billing::number).containsExactly(invoice.number());
        assertThat(trace.invoices().get(0).total()).isEqualByComparingTo(invoice.total());
    }

    @Test
    void onlyTheSectionsTheReaderMaySeeAreRead() {
        Shipment shipment = received(blueDream, 200);
        completedOrder(blueDream, 120);
        dispatched(blueDream, 50);
        issuedFor(shipment);

        ShipmentTrace accounting = model.trace().forShipment(nlc.scope(), shipment.id(),
                EnumSet.of(Section.SHIPMENTS, Section.INVOICES));

        assertThat(accounting.productionOrders()).isEmpty();
        assertThat(accounting.deliveries()).isEmpty();
        assertThat(accounting.invoices()).hasSize(1);
    }

    @Test
    void beforeReceivingThereIsNothingToTraceButItsInvoices() {
        Shipment s = model.shipments().create(STAFF, new NewShipment(nlc.id(), "UPS", "", "Sudbury ON",
                LocalDate.of(2026, 3, 10), List.of(new NewShipment.ExpectedLine(blueDream.id(), 10))));
        model.inventory().adjust(STAFF, nlc.id(), blueDream.id(), Bucket.UNSTAMPED, 100, "count");
        completedOrder(blueDream, 10);
        Invoice invoice = issuedFor(s);

        ShipmentTrace trace = model.trace().forShipment(nlc.scope(), s.id(), ALL);

        assertThat(trace.received()).isFalse();
        assertThat(trace.productionOrders()).isEmpty();
        assertThat(trace.invoices()).extracting(ShipmentTrace.Billing::number).containsExactly(invoice.number());
    }

    @Test
    void aLongHistoryShowsTheNewestFiveAndSaysThereIsMore() {
        Shipment shipment = received(blueDream, 1_000);
        for (int i = 0; i <= TraceService.LIMIT; i++) {
            clock.advance(Duration.ofMinutes(5));
            completedOrder(blueDream, 10);
        }
        ShipmentTrace trace = model.trace().forShipment(nlc.scope(), shipment.id(), ALL);
        assertThat(trace.productionOrders()).hasSize(TraceService.LIMIT);
        assertThat(trace.moreProductionOrders()).isTrue();
        assertThat(trace.productionOrders().get(0).number()).isEqualTo("PO-NLC-00006");
    }

    @Test
    void anotherConsigneesShipmentIsNotFound() {
        Shipment shipment = received(blueDream, 10);
        Consignee other = consignee("OTH");
        assertThatThrownBy(() -> model.trace().forShipment(other.scope(), shipment.id(), ALL))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> model.trace().forShipment(nlc.scope(), shipment.id() + 1_000, ALL))
                .isInstanceOf(NotFoundException.class);
    }
}
