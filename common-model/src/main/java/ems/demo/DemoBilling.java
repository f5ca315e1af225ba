package ems.demo;

import ems.Model;
import ems.audit.Actor;
import ems.catalog.CatalogRow;
import ems.consignee.Consignee;
import ems.consignee.Region;
import ems.inventory.Bucket;
import ems.invoice.DraftCredit;
import ems.invoice.DraftLine;
import ems.invoice.Invoice;
import ems.invoice.InvoiceDraft;
import ems.outbound.DestinationKind;
import ems.outbound.NewOutbound;
import ems.outbound.OutboundOrder;
import ems.outbound.OutboundStatus;
import ems.shipment.ShipmentFilter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Invoices (draft, issued, partially paid, overdue, paid, void) and outbound orders in every status with
 * their tracking, made through the services so totals, ledgers and documents are real.
 */
final class DemoBilling {

    private final Model model;
    private final Actor staff;
    private final StoryClock story;

    DemoBilling(Model model, Actor staff, StoryClock story) {
        this.model = model;
        this.staff = staff;
        this.story = story;
    }

    void seed(Consignee consignee, String distributor, String distributorAddress) {
        if (!model.invoices().staffList(null, consignee.id(), "", 1).isEmpty()) {
            return;
        }
        story.end();
        LocalDate today = model.invoices().today();
        long shipmentId = model.shipments().staffList(consignee.id(), ShipmentFilter.all(), 1).get(0).id();
        Long orderId = model.productionOrders().work(null, consignee.id(), 1).stream().findFirst()
                .map(o -> o.id()).orElse(null);

        Invoice overdue = issue(consignee, today.minusDays(62), List.of(
                line("Storage, pallet-months (October)", "14", "18.40", "0", null, null),
                line("Receiving and put-away", "3", "65.00", "0", DraftLine.ReferenceType.SHIPMENT, shipmentId)), List.of());
        Invoice paid = issue(consignee, today.minusDays(45), List.of(
                line("Stamping labour, units", "1200", "0.05", "0", DraftLine.ReferenceType.PRODUCTION_ORDER, orderId),
                line("Excise duty remitted on stamped units", "1", "0", "1416.00", null, null)),
                List.of(new DraftCredit("Volume discount", new BigDecimal("25.00"))));
        on(today.minusDays(20));
        model.invoices().recordPayment(staff, paid.id(), paid.version(), paid.balance(), today.minusDays(20), "EFT",
                "TRX-" + consignee.code() + "-0915");
        Invoice partly = issue(consignee, today.minusDays(12), List.of(
                line("Storage, pallet-months (November)", "16.5", "18.40", "0", null, null),
                line("Outbound handling, cases", "40", "2.75", "0", null, null)), List.of());
        on(today.minusDays(3));
        model.invoices().recordPayment(staff, partly.id(), partly.version(), new BigDecimal("150.00"),
                today.minusDays(3), "Cheque", "1042");
        issue(consignee, today.minusDays(2), List.of(line("Cycle count and inventory report", "2", "85.00", "0", null,
                null)), List.of());
        Invoice voided = issue(consignee, today.minusDays(30), List.of(line("Storage (billed twice)", "14", "18.40", "0",
                null, null)), List.of());
        on(today.minusDays(29));
        model.invoices().voidInvoice(staff, voided.id(), voided.version(), "Duplicate of an earlier invoice.");
        on(today.minusDays(1));
        Invoice draft = model.invoices().createDraft(staff, consignee.id());
        model.invoices().saveDraft(staff, draft.id(), draft.version(), new InvoiceDraft(30, "Draft for December.",
                List.of(line("Storage, pallet-months (December)", "15", "18.40", "0", null, null)), List.of()));
        outbound(consignee, distributor, distributorAddress);
    }

    private void outbound(Consignee consignee, String distributor, String address) {
        Region region = consignee.regions().stream().filter(r -> r != Region.FEDERAL).sorted().reduce((a, b) -> b)
                .orElse(Region.FEDERAL);
        Bucket bucket = Bucket.of(region);
        List<CatalogRow> variants = model.catalog().catalogue(consignee.id()).stream().filter(r -> r.variantId() != null)
                .toList();
        long variant = variants.get(region.ordinal() % variants.size()).variantId();
        String[] carriers = {"Purolator Freight", "Day & Ross", "Manitoulin Transport"};
        int n = 0;
        for (OutboundStatus target : OutboundStatus.values()) {
            // The further along, the earlier it was planned: a delivered order went out about two weeks ago.
            story.rewind(java.time.Duration.ofDays(2L * target.ordinal() + 1).plusHours(5));
            OutboundOrder o = model.outbound().create(staff, new NewOutbound(consignee.id(), distributor, address,
                    DestinationKind.PROVINCIAL_DISTRIBUTOR, region, carriers[n % carriers.length],
                    model.invoices().today().plusDays(1), List.of(new NewOutbound.Line(variant, bucket, 6, 1))));
            n++;
            if (target == OutboundStatus.PLANNED) {
                continue;
            }
            if (target == OutboundStatus.CANCELLED) {
                model.outbound().advance(staff, o.id(), o.version(), OutboundStatus.CANCELLED);
                continue;
            }
            story.pass(java.time.Duration.ofHours(20));
            o = model.outbound().advance(staff, o.id(), o.version(), OutboundStatus.PICKING);
            if (target == OutboundStatus.PICKING) {
                continue;
            }
            story.pass(java.time.Duration.ofHours(3));
            o = model.outbound().advance(staff, o.id(), o.version(), OutboundStatus.PACKED);
            if (target == OutboundStatus.PACKED) {
                continue;
            }
            story.pass(java.time.Duration.ofHours(2));
            o = model.outbound().dispatch(staff, o.id(), o.version(), carriers[n % carriers.length],
                    consignee.code() + "-TRK-" + (88_100 + n));
            if (target == OutboundStatus.DISPATCHED) {
                continue;
            }
            story.pass(java.time.Duration.ofHours(9));
            o = model.outbound().trackingEvent(staff, o.id(), o.version(), model.clock().instant(),
                    "Linehaul terminal", "Departed terminal");
            if (target == OutboundStatus.DELIVERED) {
                story.pass(java.time.Duration.ofHours(26));
                model.outbound().deliver(staff, o.id(), o.version(), model.clock().instant(), "Receiving dock");
            }
        }
    }

    /** Mid-morning of {@code day} in the story. */
    private void on(LocalDate day) {
        story.at(day.atTime(10, 15).atZone(Model.ZONE).toInstant());
    }

    private Invoice issue(Consignee consignee, LocalDate on, List<DraftLine> lines, List<DraftCredit> credits) {
        on(on);
        Invoice d = model.invoices().createDraft(staff, consignee.id());
        d = model.invoices().saveDraft(staff, d.id(), d.version(), new InvoiceDraft(30,
                "Payable by EFT or cheque. Thank you.", lines, credits));
        return model.invoices().issue(staff, d.id(), d.version(), on);
    }

    private static DraftLine line(String description, String qty, String price, String duty,
                                  DraftLine.ReferenceType type, Long id) {
        return new DraftLine(description, new BigDecimal(qty), new BigDecimal(price), new BigDecimal(duty),
                id == null ? null : type, id);
    }
}
