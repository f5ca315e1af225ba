package ems.shipment;

/** The orders a shipment list can be read in; each is backed by an index and paged by keyset. */
public enum ShipmentSort {
    NEWEST("created_at", true), OLDEST("created_at", false), ARRIVAL("expected_arrival", false),
    ARRIVAL_LATEST("expected_arrival", true);

    final String column;
    final boolean descending;

    ShipmentSort(String column, boolean descending) {
        this.column = column;
        this.descending = descending;
    }

    public static ShipmentSort parse(String text) {
        for (ShipmentSort sort : values()) {
            if (sort.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return sort;
            }
        }
        return NEWEST;
    }
}
