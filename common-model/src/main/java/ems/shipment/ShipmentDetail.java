package ems.shipment;

import java.util.List;

/**
 * Everything a shipment's page shows. The manifest is empty until receiving completes when read for
 * the portal: the customer sees boxes only once they are counted.
 */
public record ShipmentDetail(Shipment shipment, List<ShipmentLine> lines, List<ShipmentEvent> timeline,
                             List<ShipmentBox> manifest, List<ReceivedLine> comparison) {
}
