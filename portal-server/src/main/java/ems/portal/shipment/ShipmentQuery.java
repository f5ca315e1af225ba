package ems.portal.shipment;

import ems.error.Validation;
import ems.error.ValidationException;
import ems.shipment.Phase;
import ems.shipment.ShipmentFilter;
import ems.shipment.ShipmentSort;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The list's query string as typed (so the form shows it back) and as a filter. An unknown phase or sort
 * is ignored; a malformed date or a range that ends before it starts is a field error.
 */
record ShipmentQuery(String phase, String from, String to, String q, String sort) {

    static ShipmentQuery of(Context ctx) {
        return new ShipmentQuery(param(ctx, "phase"), param(ctx, "from"), param(ctx, "to"), param(ctx, "q"),
                param(ctx, "sort"));
    }

    /** @throws ValidationException on a bad date or range */
    ShipmentFilter filter() {
        Validation v = new Validation();
        LocalDate fromDate = date(v, "from", from);
        LocalDate toDate = date(v, "to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            v.add("to", "error.date.order");
        }
        String search = v.optionalText("q", q, 60);
        v.throwIfInvalid();
        Phase chosen = null;
        for (Phase p : Phase.values()) {
            if (p.name().equals(phase)) {
                chosen = p;
            }
        }
        return new ShipmentFilter(chosen, fromDate, toDate, search, ShipmentSort.parse(sort));
    }

    /** This query with a cursor or a format, as a link. */
    String link(String extraKey, String extraValue) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("phase", phase);
        params.put("from", from);
        params.put("to", to);
        params.put("q", q);
        params.put("sort", sort);
        params.put(extraKey, extraValue);
        return "/shipments?" + params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static LocalDate date(Validation v, String field, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            v.add(field, "error.date.invalid");
            return null;
        }
    }

    private static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }
}
