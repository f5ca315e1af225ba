package ems.portal.mail;

import java.util.Map;

/** SMTP settings from EMS_SMTP_*; without a host, mail stays queued in the outbox. */
public record MailSettings(String host, int port, String user, String password, String from, String staffAddress) {

    public static MailSettings fromEnvironment(Map<String, String> env) {
        return new MailSettings(env.getOrDefault("EMS_SMTP_HOST", ""),
                Integer.parseInt(env.getOrDefault("EMS_SMTP_PORT", "25").strip()),
                env.getOrDefault("EMS_SMTP_USER", ""), env.getOrDefault("EMS_SMTP_PASSWORD", ""),
                env.getOrDefault("EMS_MAIL_FROM", "portal@localhost"), env.getOrDefault("EMS_STAFF_EMAIL", ""));
    }

    public boolean enabled() {
        return !host.isBlank();
    }
}
