package ems.portal.shipment;

import ems.portal.web.Shell;
import ems.shipment.ShipmentBox;
import ems.shipment.ShipmentDetail;
import ems.trace.ShipmentTrace;

/**
 * /shipments/{id}: one shipment with its phase bar, timeline, (once received) manifest, and what became
 * of it in the sections the reader may see.
 */
public record ShipmentPage(Shell shell, ShipmentDetail detail, ShipmentTrace trace) {

    public int manifestUnits() {
        return detail.manifest().stream().mapToInt(ShipmentBox::units).sum();
    }

    public java.math.BigDecimal manifestWeight() {
        return detail.manifest().stream().map(ShipmentBox::weightKg).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add);
    }
}
