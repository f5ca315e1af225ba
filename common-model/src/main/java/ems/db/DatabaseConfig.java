package ems.db;

import java.util.Map;

/**
 * Where the database is. Defaults to the embedded H2 file {@code ./data/ems}, opened with
 * {@code AUTO_SERVER=TRUE} so that the portal server and the admin desktop on one machine share it.
 */
public record DatabaseConfig(String url, String user, String password) {

    public static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/ems;AUTO_SERVER=TRUE" + H2_OPTIONS;

    /** Reads {@code EMS_DB_URL}, {@code EMS_DB_USER} and {@code EMS_DB_PASSWORD}. */
    public static DatabaseConfig fromEnvironment(Map<String, String> env) {
        String url = env.getOrDefault("EMS_DB_URL", "").isBlank() ? DEFAULT_URL : env.get("EMS_DB_URL");
        String user = env.getOrDefault("EMS_DB_USER", isH2(url) ? "sa" : "");
        return new DatabaseConfig(url, user, env.getOrDefault("EMS_DB_PASSWORD", ""));
    }

    public boolean isH2() {
        return isH2(url);
    }

    private static boolean isH2(String url) {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL without credentials or options, safe to print in logs. */
    public String displayUrl() {
        int semicolon = url.indexOf(';');
        int query = url.indexOf('?');
        int cut = semicolon < 0 ? query : (query < 0 ? semicolon : Math.min(semicolon, query));
        return cut < 0 ? url : url.substring(0, cut);
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + displayUrl() + ", user=" + user + "]";
    }
}
