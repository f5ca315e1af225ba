package ems.shipment;

import java.time.LocalDate;

/**
 * What a shipment list shows: optional phase, a date range on the shipment's creation day (inclusive,
 * in the viewer's time zone), a search on number or tracking number, and the order.
 */
public record ShipmentFilter(Phase phase, LocalDate from, LocalDate to, String search, ShipmentSort sort) {

    public static ShipmentFilter all() {
        return new ShipmentFilter(null, null, null, "", ShipmentSort.NEWEST);
    }

    public ShipmentFilter {
        search = search == null ? "" : search.strip();
        sort = sort == null ? ShipmentSort.NEWEST : sort;
    }
}
