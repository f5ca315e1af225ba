package ems.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import ems.account.Section;
import ems.audit.Actor;
import ems.consignee.Region;
import ems.production.PoRequest;
import ems.production.RequestForm;
import ems.portal.testing.PortalTest;
import ems.testing.Catalogues;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outbox over real SMTP (GreenMail): the right mail to the right people, once, even across an outage. */
class OutboxSenderIT extends PortalTest {

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> recipients(GreenMail mail) throws Exception {
        return Arrays.stream(mail.getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0].toString() + " | " + m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).sorted().toList();
    }

    @Test
    void theRightPeopleGetEachMailOnceAndAnOutageOnlyDelaysIt() throws Exception {
        var nlc = consignee("NLC");
        var other = consignee("OTH");
        var variant = Catalogues.sizes(model, STAFF, nlc, "Blue Dream", "3.5 g").get(0);
        var ops = primary(nlc, "ops@nlc.test", false);
        sub(nlc, "plant@nlc.test", EnumSet.of(Section.PRODUCTION));
        sub(nlc, "billing@nlc.test", EnumSet.of(Section.INVOICES));
        primary(other, "ops@oth.test", false);
        int port = freePort();
        var settings = new MailSettings("127.0.0.1", port, "", "", "portal@warehouse.test", "team@warehouse.test");
        OutboxSender sender = new OutboxSender(model.outbox(), settings, "https://portal.test");
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
        smtp.start();
        PoRequest r;
        try {
            r = model.productionRequests().submit(Actor.portal(ops.id(), ops.email()), nlc.scope(),
                    new RequestForm(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21), "",
                            List.of(new RequestForm.Line(variant.id(), Region.ON, 10)), ""), null);
            assertThat(sender.sendDue()).isEqualTo(1);
            assertThat(recipients(smtp)).containsExactly("team@warehouse.test | New production request PR-NLC-00001");
            MimeMessage staffMail = smtp.getReceivedMessages()[0];
            // Staff work in the desktop: their mail names the request and the queue, not a portal link they
            // cannot sign in to.
            assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(staffMail))
                    .contains("PR-NLC-00001", "PO request queue").doesNotContain("https://portal.test");
        } finally {
            smtp.stop();
        }

        model.productionRequests().sendBack(STAFF, r.id(), r.version(), "Fewer please");
        assertThat(sender.sendDue()).as("the mail server is down").isZero();
        assertThat(model.notifications().queuedEmails()).isEqualTo(2);

        GreenMail again = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
        again.start();
        try {
            assertThat(sender.sendDue()).as("not before the backoff has passed").isZero();
            clock.advance(Duration.ofMinutes(2));
            assertThat(sender.sendDue()).isEqualTo(2);
            assertThat(sender.sendDue()).isZero();
            assertThat(recipients(again)).containsExactly(
                    "ops@nlc.test | Changes requested on production request PR-NLC-00001",
                    "plant@nlc.test | Changes requested on production request PR-NLC-00001");
            assertThat(model.notifications().queuedEmails()).isZero();
            assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(again.getReceivedMessages()[0]))
                    .contains("https://portal.test/production/requests/" + r.id());
        } finally {
            again.stop();
        }
    }
}
