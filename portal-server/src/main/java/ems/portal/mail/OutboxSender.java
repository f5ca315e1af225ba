package ems.portal.mail;

import ems.i18n.Language;
import ems.i18n.Messages;
import ems.notify.OutboxEmail;
import ems.notify.OutboxService;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the e-mail outbox over SMTP, a batch at a time. Each row is claimed first, so several servers
 * never send the same mail; a failure is recorded on the row and retried later with backoff.
 */
public final class OutboxSender implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;

    private final OutboxService outbox;
    private final MailSettings settings;
    private final String baseUrl;
    private final Session session;
    private final Map<Language, Messages> messages = new EnumMap<>(Language.class);

    public OutboxSender(OutboxService outbox, MailSettings settings, String baseUrl) {
        this.outbox = outbox;
        this.settings = settings;
        this.baseUrl = baseUrl;
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.auth", String.valueOf(!settings.user().isBlank()));
        this.session = Session.getInstance(props, settings.user().isBlank() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user(), settings.password());
            }
        });
        for (Language language : Language.values()) {
            messages.put(language, new Messages("i18n.portal", language));
        }
    }

    /** Sends what is due; returns how many were sent. Never throws: the scheduler must keep running. */
    public int sendDue() {
        int sent = 0;
        for (OutboxEmail email : outbox.claimDue(BATCH)) {
            try {
                send(email);
                outbox.markSent(email.id());
                sent++;
            } catch (MessagingException | RuntimeException e) {
                LOG.warn("mail {} not sent (attempt {}): {}", email.id(), email.attempts() + 1, e.getMessage());
                outbox.markFailed(email, e.getMessage());
            }
        }
        return sent;
    }

    @Override
    public void run() {
        sendDue();
    }

    private void send(OutboxEmail email) throws MessagingException {
        String to = email.toAddress() != null ? email.toAddress() : settings.staffAddress();
        if (to == null || to.isBlank()) {
            throw new MessagingException("no address (set EMS_STAFF_EMAIL for mail to the warehouse team)");
        }
        Messages text = messages.get(Language.fromCode(email.language()));
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(text.get("mail." + email.kind().name() + ".subject", email.reference()), "UTF-8");
        message.setText(text.get("mail." + email.kind().name() + ".body", email.reference(), baseUrl + email.link()),
                "UTF-8");
        Transport.send(message);
    }
}
