package ems.portal.shipment;

import ems.portal.web.Shell;
import ems.shipment.ShipmentBox;
import ems.shipment.ShipmentDetail;

/** /shipments/{id}: one shipment with its phase bar, timeline and (once received) manifest. */
public record ShipmentPage(Shell shell, ShipmentDetail detail) {

    public int manifestUnits() {
        return detail.manifest().stream().mapToInt(ShipmentBox::units).sum();
    }

    public java.math.BigDecimal manifestWeight() {
        return detail.manifest().stream().map(ShipmentBox::weightKg).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add);
    }
}
