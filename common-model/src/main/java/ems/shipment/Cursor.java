package ems.shipment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Where a page of a keyset-paged list ended: the sort value and id of its last row, opaque to the browser.
 * A tampered cursor is simply ignored (first page), never an error page.
 */
public record Cursor(String value, long id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((value + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String text) {
        if (text == null || text.isBlank() || text.length() > 200) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int bar = raw.lastIndexOf('|');
            return bar < 0 ? null : new Cursor(raw.substring(0, bar), Long.parseLong(raw.substring(bar + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Object typedValue(ShipmentSort sort) {
        try {
            return sort.column.equals("created_at") ? Instant.parse(value) : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static Cursor after(Shipment last, ShipmentSort sort) {
        String value = sort.column.equals("created_at") ? last.createdAt().toString()
                : last.expectedArrival().toString();
        return new Cursor(value, last.id());
    }
}
