package ems.portal;

import java.util.Map;

/**
 * The server's settings from the environment (DESIGN §9) and the command line.
 *
 * @param baseUrl where customers reach the portal; https there makes every cookie Secure
 */
public record PortalSettings(int port, String baseUrl, String templatesDir) {

    public static final int DEFAULT_PORT = 7070;

    public static PortalSettings fromEnvironment(Map<String, String> env) {
        int port = parsePort(env.getOrDefault("EMS_PORT", String.valueOf(DEFAULT_PORT)));
        String base = env.getOrDefault("EMS_BASE_URL", "");
        return new PortalSettings(port, base.isBlank() ? "http://localhost:" + port : base,
                env.get("EMS_TEMPLATES_DIR"));
    }

    public PortalSettings withPort(int newPort) {
        boolean defaultBase = baseUrl.equals("http://localhost:" + port);
        return new PortalSettings(newPort, defaultBase ? "http://localhost:" + newPort : baseUrl, templatesDir);
    }

    public boolean secure() {
        return baseUrl.startsWith("https://");
    }

    static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + text);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port number: " + text, e);
        }
    }
}
