package ems.portal.testing;

import java.net.http.HttpHeaders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** One answer of the portal, as the browser got it. */
public record PortalResponse(int status, HttpHeaders headers, String body) {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String location() {
        return header("Location");
    }

    public Document html() {
        return Jsoup.parse(body);
    }

    /** The text of the element a form shows its error for a field in. */
    public String fieldError(String field) {
        var element = html().getElementById(field + "-error");
        return element == null ? null : element.text();
    }
}
