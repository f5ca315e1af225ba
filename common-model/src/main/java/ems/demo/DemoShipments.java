package ems.demo;

import ems.Model;
import ems.audit.Actor;
import ems.catalog.CatalogRow;
import ems.consignee.Consignee;
import ems.consignee.Region;
import ems.inventory.Bucket;
import ems.shipment.BoxCondition;
import ems.shipment.NewBox;
import ems.shipment.NewShipment;
import ems.shipment.Phase;
import ems.shipment.Shipment;
import ems.shipment.ShipmentFilter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Demo shipments: one in every phase per consignee, manifests on the received ones, stock in several buckets. */
final class DemoShipments {

    private static final String[] CARRIERS = {"Purolator", "Day & Ross", "Manitoulin Transport", "Canada Cartage"};

    private final Model model;
    private final Actor actor;
    private final StoryClock story;

    DemoShipments(Model model, Actor actor, StoryClock story) {
        this.model = model;
        this.actor = actor;
        this.story = story;
    }

    void seed(Consignee consignee, String origin) {
        if (!model.shipments().staffList(consignee.id(), ShipmentFilter.all(), 1).isEmpty()) {
            return;
        }
        List<Long> variants = model.catalog().catalogue(consignee.id()).stream()
                .filter(r -> r.variantId() != null).map(CatalogRow::variantId).toList();
        story.rewind(Duration.ofDays(45));
        for (Region region : consignee.regions()) {
            model.inventory().adjust(actor, consignee.id(), variants.get(region.ordinal() % variants.size()),
                    Bucket.of(region), 48 + 24 * region.ordinal(), "Opening stamped stock (demo)");
            model.stamps().receive(actor, consignee.id(), region, 2_000 + 500L * region.ordinal(),
                    "Demo delivery " + region);
        }
        // The further along a shipment is, the longer ago it was announced: about four days per phase.
        for (Phase target : Phase.values()) {
            int n = target.ordinal();
            story.rewind(Duration.ofDays(4L * n + 1).plusHours(7L * n));
            List<NewShipment.ExpectedLine> lines = new ArrayList<>();
            for (int i = 0; i < Math.min(3, variants.size()); i++) {
                lines.add(new NewShipment.ExpectedLine(variants.get((n + i) % variants.size()), 96 * (i + 1)));
            }
            Shipment s = model.shipments().create(actor, new NewShipment(consignee.id(), CARRIERS[n % CARRIERS.length],
                    "TRK" + consignee.code() + (7_340_000 + n * 137), origin, story.today(Model.ZONE).plusDays(3),
                    lines));
            s = advance(s, Phase.RECEIVING.ordinal() <= n ? Phase.RECEIVING : target);
            if (n >= Phase.RECEIVING.ordinal()) {
                story.pass(Duration.ofHours(2));
                model.shipments().addBoxes(actor, s.id(), boxes(lines, n));
            }
            if (n >= Phase.RECEIVED.ordinal()) {
                story.pass(Duration.ofMinutes(95));
                s = model.shipments().completeReceiving(actor, s.id());
                advance(s, target);
            }
        }
    }

    private Shipment advance(Shipment shipment, Phase target) {
        Shipment s = shipment;
        while (s.phase().ordinal() < target.ordinal()) {
            story.pass(Duration.ofHours(16 + 3L * s.phase().ordinal()));
            s = model.shipments().changePhase(actor, s.id(), s.version(), s.phase().next(), "");
        }
        return s;
    }

    private static List<NewBox> boxes(List<NewShipment.ExpectedLine> lines, int n) {
        List<NewBox> boxes = new ArrayList<>();
        int box = 1;
        for (NewShipment.ExpectedLine line : lines) {
            // A short box on some lines, so the manifest differs from what was expected, as in real life.
            int remaining = line.quantity() - (n % 2 == 0 ? 0 : 12);
            while (remaining > 0) {
                int units = Math.min(48, remaining);
                boxes.add(new NewBox(String.format("BX-%02d-%03d", n, box++), line.variantId(), "LOT-2026-" + (40 + n),
                        units, new BigDecimal("0.045").multiply(BigDecimal.valueOf(units)).add(new BigDecimal("0.8")),
                        box % 9 == 0 ? BoxCondition.DAMAGED : BoxCondition.GOOD));
                remaining -= units;
            }
        }
        return boxes;
    }
}
