package ems.db;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a page of a list ordered by a timestamp and id ended, opaque to the browser. A tampered or
 * malformed cursor decodes to null (the first page), never an error.
 */
public record Keyset(Instant at, long id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static Keyset decode(String text) {
        if (text == null || text.isBlank() || text.length() > 120) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int bar = raw.lastIndexOf('|');
            return bar < 0 ? null : new Keyset(Instant.parse(raw.substring(0, bar)),
                    Long.parseLong(raw.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
    }
}
