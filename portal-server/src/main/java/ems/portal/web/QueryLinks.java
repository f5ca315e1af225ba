package ems.portal.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds list links that keep the filter as typed, dropping empty parameters. */
public final class QueryLinks {

    private QueryLinks() {
    }

    /** {@code path?k1=v1&k2=v2…} from alternating keys and values; empty values are left out. */
    public static String link(String path, String... keysAndValues) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            String value = keysAndValues[i + 1];
            if (value != null && !value.isEmpty()) {
                parts.add(keysAndValues[i] + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return parts.isEmpty() ? path : path + "?" + String.join("&", parts);
    }

    /** A query parameter, stripped; never null. */
    public static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }
}
