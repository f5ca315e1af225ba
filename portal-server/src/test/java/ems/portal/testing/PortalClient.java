package ems.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser-like client over real HTTP: keeps cookies, does not follow redirects (tests look at them),
 * and remembers the CSRF token of the last form it saw, as a browser's page would.
 */
public final class PortalClient {

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String csrf = "";

    public PortalClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public PortalResponse get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form with the remembered CSRF token. */
    public PortalResponse post(String path, String... keyValues) {
        Map<String, String> form = pairs(keyValues);
        form.putIfAbsent("_csrf", csrf);
        return postForm(path, form);
    }

    public PortalResponse postWithoutCsrf(String path, String... keyValues) {
        return postForm(path, pairs(keyValues));
    }

    /** Signs in through the real form; returns the answer to the POST. */
    public PortalResponse signIn(String email, String password) {
        get("/login");
        return post("/login", "email", email, "password", password);
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Puts a cookie into this client's jar, e.g. to replay another browser's session. */
    public void setCookie(String name, String value) {
        var store = cookies.getCookieStore();
        store.getCookies().stream().filter(c -> c.getName().equals(name)).toList()
                .forEach(c -> store.remove(null, c));
        try {
            // Stored exactly as if the server had set it, so a later Set-Cookie replaces it.
            cookies.put(URI.create(base + "/"), Map.of("Set-Cookie", java.util.List.of(name + "=" + value + "; Path=/")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String csrf() {
        return csrf;
    }

    public String base() {
        return base;
    }

    private PortalResponse postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private PortalResponse send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            PortalResponse answer = new PortalResponse(response.statusCode(), response.headers(), response.body());
            String type = answer.header("Content-Type");
            if (type != null && type.startsWith("text/html")) {
                var input = answer.html().selectFirst("input[name=_csrf]");
                if (input != null) {
                    csrf = input.val();
                }
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> pairs(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
