package ems.notify;

import static org.assertj.core.api.Assertions.assertThat;

import ems.account.Section;
import ems.audit.Actor;
import ems.consignee.Consignee;
import ems.consignee.Region;
import ems.production.PoRequest;
import ems.production.RequestForm;
import ems.testing.Catalogues;
import ems.testing.ModelTest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationsIT extends ModelTest {

    @Test
    void staffHearOfSubmissionsAndOnlyTheConsigneesProductionReadersHearOfDecisions() {
        Consignee nlc = consignee("NLC");
        Consignee other = consignee("OTH");
        var variant = Catalogues.sizes(model, STAFF, nlc, "Blue Dream", "3.5 g").get(0);
        var primary = primary(nlc, "ops@nlc.test", false);
        var producer = sub(nlc, "plant@nlc.test", EnumSet.of(Section.PRODUCTION));
        var billing = sub(nlc, "billing@nlc.test", EnumSet.of(Section.INVOICES));
        var stranger = primary(other, "ops@oth.test", false);
        Actor customer = Actor.portal(primary.id(), primary.email());

        PoRequest r = model.productionRequests().submit(customer, nlc.scope(), new RequestForm(LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 3, 21), "", List.of(new RequestForm.Line(variant.id(), Region.ON, 10)), ""), null);
        assertThat(model.notifications().forStaff(10)).extracting(Notification::kind)
                .containsExactly(NotificationKind.REQUEST_SUBMITTED);
        assertThat(model.notifications().emailsFor(model.notifications().forStaff(1).get(0).id()))
                .as("staff mail is addressed when sent").containsExactly((String) null);

        model.productionRequests().sendBack(STAFF, r.id(), r.version(), "Fewer please");

        assertThat(model.notifications().forAccount(primary.id(), 10)).extracting(Notification::kind)
                .containsExactly(NotificationKind.REQUEST_SENT_BACK);
        assertThat(model.notifications().unread(producer.id())).isEqualTo(1);
        assertThat(model.notifications().forAccount(billing.id(), 10)).isEmpty();
        assertThat(model.notifications().forAccount(stranger.id(), 10)).isEmpty();
        Notification mine = model.notifications().forAccount(producer.id(), 1).get(0);
        assertThat(model.notifications().emailsFor(mine.id())).containsExactly("plant@nlc.test");
        assertThat(mine.link()).isEqualTo("/production/requests/" + r.id());
        assertThat(model.notifications().queuedEmails()).isEqualTo(3);

        assertThat(model.notifications().markRead(stranger.id(), mine.id())).isFalse();
        assertThat(model.notifications().markRead(producer.id(), mine.id())).isTrue();
        assertThat(model.notifications().unread(producer.id())).isZero();
    }
}
