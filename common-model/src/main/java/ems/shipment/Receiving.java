package ems.shipment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Expected against received, per product size, for the receiving clerk. */
final class Receiving {

    private Receiving() {
    }

    static List<ReceivedLine> compare(List<ShipmentLine> expected, List<ShipmentBox> boxes) {
        Map<Long, ReceivedLine> byVariant = new LinkedHashMap<>();
        for (ShipmentLine line : expected) {
            byVariant.put(line.variantId(), new ReceivedLine(line.variantId(), line.productName(), line.sizeLabel(),
                    line.sku(), line.quantity(), 0));
        }
        for (ShipmentBox box : boxes) {
            byVariant.merge(box.variantId(), new ReceivedLine(box.variantId(), box.productName(), box.sizeLabel(),
                    box.sku(), 0, box.units()), (a, b) -> new ReceivedLine(a.variantId(), a.productName(),
                    a.sizeLabel(), a.sku(), a.expected(), a.received() + b.received()));
        }
        return new ArrayList<>(byVariant.values());
    }
}
