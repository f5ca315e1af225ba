package ems.shipment;

import java.util.List;

/** One page of a shipment list and the cursor of the next page (null on the last page). */
public record ShipmentPage(List<Shipment> rows, String nextCursor) {
}
