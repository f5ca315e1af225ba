package ems.production;

/** The orders a request list can be read in; each walks a (consignee_id, …) index. */
public enum RequestSort {
    NEWEST("created_at", true), OLDEST("created_at", false), RECENT_ACTIVITY("updated_at", true);

    final String column;
    final boolean descending;

    RequestSort(String column, boolean descending) {
        this.column = column;
        this.descending = descending;
    }

    public static RequestSort parse(String text) {
        for (RequestSort sort : values()) {
            if (sort.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return sort;
            }
        }
        return NEWEST;
    }
}
