package ems.portal.production;

import ems.error.Validation;
import ems.error.ValidationException;
import ems.portal.web.QueryLinks;
import ems.production.PoStatus;
import ems.production.RequestFilter;
import ems.production.RequestSort;
import io.javalin.http.Context;

/** The request list's query string as typed, and as a filter. Unknown statuses and sorts are ignored. */
record RequestQuery(String status, String q, String sort) {

    static RequestQuery of(Context ctx) {
        return new RequestQuery(QueryLinks.param(ctx, "status"), QueryLinks.param(ctx, "q"),
                QueryLinks.param(ctx, "sort"));
    }

    /** @throws ValidationException when the search text is too long */
    RequestFilter filter() {
        Validation v = new Validation();
        String search = v.optionalText("q", q, 60);
        v.throwIfInvalid();
        PoStatus chosen = null;
        for (PoStatus s : PoStatus.values()) {
            if (s.name().equals(status)) {
                chosen = s;
            }
        }
        return new RequestFilter(chosen, search, RequestSort.parse(sort));
    }

    String link(String extraKey, String extraValue) {
        return QueryLinks.link("/production/requests", "status", status, "q", q, "sort", sort, extraKey, extraValue);
    }

    boolean filtered() {
        return !(status + q).isEmpty();
    }
}
