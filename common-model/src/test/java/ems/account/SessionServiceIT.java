package ems.account;

import static org.assertj.core.api.Assertions.assertThat;

import ems.Model;
import ems.testing.ModelTest;
import ems.testing.TestDatabases;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionServiceIT extends ModelTest {

    @Test
    void sessionResolvesToItsAccountAndConsignee() {
        var nlc = consignee("NLC");
        PortalAccount account = primary(nlc, "ops@nlc.test", false);

        String token = model.sessions().start(account.id());

        assertThat(model.sessions().resolve(token)).hasValueSatisfying(p -> {
            assertThat(p.accountId()).isEqualTo(account.id());
            assertThat(p.scope().consigneeId()).isEqualTo(nlc.id());
            assertThat(p.consigneeName()).isEqualTo("Consignee NLC");
            assertThat(p.csrfToken()).hasSizeGreaterThan(40);
        });
        assertThat(model.sessions().resolve("not-a-token")).isEmpty();
        assertThat(model.sessions().resolve(null)).isEmpty();
    }

    @Test
    void sessionEndsAfterThirtyIdleMinutes() {
        String token = model.sessions().start(primary(consignee("NLC"), "ops@nlc.test", false).id());

        clock.advance(Duration.ofMinutes(29));
        assertThat(model.sessions().resolve(token)).isPresent();
        clock.advance(Duration.ofMinutes(29));
        assertThat(model.sessions().resolve(token)).isPresent();
        clock.advance(Duration.ofMinutes(30));
        assertThat(model.sessions().resolve(token)).isEmpty();
    }

    @Test
    void sessionEndsAfterTwelveHoursEvenWhenBusy() {
        String token = model.sessions().start(primary(consignee("NLC"), "ops@nlc.test", false).id());

        for (int i = 0; i < 35; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(model.sessions().resolve(token)).as("after %d min", (i + 1) * 20).isPresent();
        }
        clock.advance(Duration.ofMinutes(20));
        assertThat(model.sessions().resolve(token)).isEmpty();
    }

    @Test
    void aSecondModelOnTheSameDatabaseAcceptsTheSession() {
        var config = TestDatabases.fresh(kind);
        try (Model first = Model.open(config, clock, 2); Model second = Model.open(config, clock, 2)) {
            var c = first.consignees().create(STAFF, consigneeForm("NLC", "Northern"));
            var account = first.portalAccounts().create(STAFF, new ems.account.NewPortalAccount(c.id(),
                    "ops@n.test", "Ops", ems.account.AccountRole.PRIMARY, java.util.Set.of(), PASSWORD,
                    ems.i18n.Language.EN), false);
            String token = first.sessions().start(account.id());

            assertThat(second.sessions().resolve(token)).map(PortalPrincipal::accountId).contains(account.id());
            second.sessions().end(token);
            assertThat(first.sessions().resolve(token)).isEmpty();
        }
    }

    @Test
    void endOthersKeepsOnlyTheCurrentSessionAndPurgeDropsExpiredOnes() {
        long id = primary(consignee("NLC"), "ops@nlc.test", false).id();
        String keep = model.sessions().start(id);
        String other = model.sessions().start(id);

        assertThat(model.sessions().endOthers(id, keep)).isEqualTo(1);
        assertThat(model.sessions().resolve(other)).isEmpty();
        assertThat(model.sessions().resolve(keep)).isPresent();
        clock.advance(Duration.ofHours(1));
        assertThat(model.sessions().purgeExpired()).isEqualTo(1);
        assertThat(model.sessions().countFor(id)).isZero();
    }
}
