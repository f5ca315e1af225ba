package ems.production;

/** What a request list shows: an optional status, a search on number or product, and the order. */
public record RequestFilter(PoStatus status, String search, RequestSort sort) {

    public static RequestFilter all() {
        return new RequestFilter(null, "", RequestSort.NEWEST);
    }

    public RequestFilter {
        search = search == null ? "" : search.strip();
        sort = sort == null ? RequestSort.NEWEST : sort;
    }
}
