package ems.portal;

import ems.Model;
import ems.audit.Actor;
import ems.db.DatabaseConfig;
import ems.demo.DemoData;
import ems.error.ValidationException;
import ems.i18n.Language;
import ems.i18n.Messages;
import ems.portal.mail.MailSettings;
import ems.portal.mail.OutboxSender;
import ems.staff.StaffRole;
import io.javalin.Javalin;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar portal-server.jar [--demo] [--port N]} runs the portal;
 * {@code java -jar portal-server.jar --create-admin EMAIL "FULL NAME"} creates the first staff admin,
 * reading the password from the terminal (or one line of standard input).
 */
public final class PortalMain {

    private static final Logger LOG = LoggerFactory.getLogger(PortalMain.class);

    private PortalMain() {
    }

    public static void main(String[] args) throws IOException {
        CommandLine cli = CommandLine.parse(args);
        PortalSettings settings = PortalSettings.fromEnvironment(System.getenv());
        if (cli.port() != null) {
            settings = settings.withPort(cli.port());
        }
        DatabaseConfig db = DatabaseConfig.fromEnvironment(System.getenv());
        LOG.info("database {}", db.displayUrl());
        Model model = Model.open(db, Clock.systemUTC(), 16);
        if (cli.createAdminEmail() != null) {
            createAdmin(model, cli.createAdminEmail(), cli.createAdminName());
            model.close();
            return;
        }
        if (cli.demo()) {
            model.demo().seed();
        }
        Javalin app = PortalServer.create(model, settings).start(settings.port());
        ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "housekeeping");
            t.setDaemon(true);
            return t;
        });
        housekeeping.scheduleWithFixedDelay(() -> {
            try {
                model.sessions().purgeExpired();
            } catch (RuntimeException e) {
                LOG.warn("could not purge expired sessions", e);
            }
        }, 1, 10, TimeUnit.MINUTES);
        MailSettings mail = MailSettings.fromEnvironment(System.getenv());
        if (mail.enabled()) {
            housekeeping.scheduleWithFixedDelay(new OutboxSender(model.outbox(), mail, settings.baseUrl()), 5, 15,
                    TimeUnit.SECONDS);
            LOG.info("sending e-mail through {}:{}", mail.host(), mail.port());
        } else {
            LOG.info("EMS_SMTP_HOST is not set: notification e-mails stay queued in the outbox");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            housekeeping.shutdownNow();
            app.stop();
            model.close();
        }, "shutdown"));
        LOG.info("EMS customer portal ready: sign in at {}/login", settings.baseUrl().replace(
                ":" + PortalSettings.DEFAULT_PORT, ":" + app.port()));
        if (cli.demo()) {
            LOG.info("demo logins:\n  {}", String.join("\n  ", DemoData.logins()));
        }
    }

    private static void createAdmin(Model model, String email, String name) throws IOException {
        String password = readPassword();
        try {
            model.staff().create(Actor.SYSTEM, email, name, StaffRole.ADMIN, password, false);
            LOG.info("staff admin {} created; sign in to the admin desktop with it", email);
        } catch (ValidationException e) {
            Messages english = new Messages("i18n.errors", Language.EN);
            e.errors().forEach(error -> LOG.error("staff admin not created: {}: {}", error.field(), english.error(error)));
            System.exit(2);
        }
    }

    private static String readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] password = console.readPassword("Password for the new staff admin (10+ characters): ");
            return password == null ? "" : new String(password);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        return line == null ? "" : line;
    }
}
