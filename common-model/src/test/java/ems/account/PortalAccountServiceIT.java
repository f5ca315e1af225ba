package ems.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ems.consignee.Consignee;
import ems.error.StaleVersionException;
import ems.error.ValidationException;
import ems.i18n.Language;
import ems.testing.ModelTest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortalAccountServiceIT extends ModelTest {

    @Test
    void staffCreatedAccountMustChangeItsPasswordAndIsAuditedWithItsConsignee() {
        Consignee nlc = consignee("NLC");

        PortalAccount account = primary(nlc, "Ops@NorthernLights.test", true);

        assertThat(account.email()).isEqualTo("ops@northernlights.test");
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.passwordHash()).startsWith("$argon2id$").doesNotContain(PASSWORD);
        assertThat(model.audit().newestForConsignee(nlc.id(), 1).get(0).summary())
                .contains("ops@northernlights.test", "linked to NLC");
    }

    @Test
    void emailIsUniqueAcrossConsigneesCaseInsensitively() {
        primary(consignee("AAA"), "same@x.test", false);
        Consignee other = consignee("BBB");

        assertThatThrownBy(() -> primary(other, "SAME@X.test", false))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("email").key()).isEqualTo("error.account.emailTaken"));
        assertThat(model.portalAccounts().forConsignee(other.id())).isEmpty();
    }

    @Test
    void badAccountInputIsRefusedWithoutSaving() {
        Consignee nlc = consignee("NLC");
        var form = new NewPortalAccount(nlc.id(), "nope", "\u0000name", AccountRole.SUB, Set.of(), "short",
                Language.EN);

        assertThatThrownBy(() -> model.portalAccounts().create(STAFF, form, true))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(err -> err.field() + ":" + err.key())
                        .containsExactlyInAnyOrder("email:error.email.invalid", "name:error.controlCharacters",
                                "sections:error.account.sectionsRequired", "password:error.password.tooShort"));
        assertThat(model.portalAccounts().forConsignee(nlc.id())).isEmpty();
    }

    @Test
    void accountForAMissingConsigneeIsRefused() {
        var form = new NewPortalAccount(424_242, "a@b.test", "A", AccountRole.PRIMARY, Set.of(), PASSWORD,
                Language.EN);

        assertThatThrownBy(() -> model.portalAccounts().create(STAFF, form, true))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("consignee").key()).isEqualTo("error.consignee.unknown"));
    }

    @Test
    void relinkMovesTheAccountEndsItsSessionsAndAuditsBothConsignees() {
        Consignee from = consignee("AAA");
        Consignee to = consignee("BBB");
        PortalAccount account = primary(from, "ops@a.test", false);
        String token = model.sessions().start(account.id());

        PortalAccount moved = model.portalAccounts().relink(STAFF, account.id(), account.version(), to.id());

        assertThat(moved.consigneeId()).isEqualTo(to.id());
        assertThat(moved.id()).isEqualTo(account.id());
        assertThat(model.sessions().resolve(token)).isEmpty();
        assertThat(model.audit().newestForConsignee(from.id(), 1).get(0).action()).isEqualTo("portalAccount.relinked");
        assertThat(model.audit().newestForConsignee(to.id(), 1).get(0).action()).isEqualTo("portalAccount.relinked");
    }

    @Test
    void relinkToAMissingConsigneeChangesNothing() {
        Consignee from = consignee("AAA");
        PortalAccount account = primary(from, "ops@a.test", false);
        String token = model.sessions().start(account.id());

        assertThatThrownBy(() -> model.portalAccounts().relink(STAFF, account.id(), account.version(), 777_777))
                .isInstanceOf(ValidationException.class);
        assertThat(model.portalAccounts().get(account.id()).consigneeId()).isEqualTo(from.id());
        assertThat(model.sessions().resolve(token)).isPresent();
    }

    @Test
    void relinkOnAStaleVersionIsRefused() {
        PortalAccount account = primary(consignee("AAA"), "ops@a.test", false);
        Consignee b = consignee("BBB");
        model.portalAccounts().relink(STAFF, account.id(), account.version(), b.id());

        assertThatThrownBy(() -> model.portalAccounts().relink(STAFF, account.id(), account.version(),
                consignee("CCC").id())).isInstanceOf(StaleVersionException.class);
        assertThat(model.portalAccounts().get(account.id()).consigneeId()).isEqualTo(b.id());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenForTheRightPassword() {
        PortalAccount account = primary(consignee("AAA"), "ops@a.test", false);
        for (int i = 0; i < Lockout.MAX_FAILURES; i++) {
            assertThat(model.portalAccounts().authenticate("ops@a.test", "wrong password " + i)).isEmpty();
        }

        assertThat(model.portalAccounts().authenticate("ops@a.test", PASSWORD)).isEmpty();
        clock.advance(Duration.ofMinutes(14));
        assertThat(model.portalAccounts().authenticate("ops@a.test", PASSWORD)).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        assertThat(model.portalAccounts().authenticate(" OPS@a.test ", PASSWORD)).map(PortalAccount::id)
                .contains(account.id());
    }

    @Test
    void aSuccessfulSignInResetsTheFailureCount() {
        primary(consignee("AAA"), "ops@a.test", false);
        for (int i = 0; i < Lockout.MAX_FAILURES - 1; i++) {
            model.portalAccounts().authenticate("ops@a.test", "wrong");
        }
        assertThat(model.portalAccounts().authenticate("ops@a.test", PASSWORD)).isPresent();
        model.portalAccounts().authenticate("ops@a.test", "wrong");

        assertThat(model.portalAccounts().authenticate("ops@a.test", PASSWORD)).isPresent();
    }

    @Test
    void deactivatedAccountsAndAccountsOfDeactivatedConsigneesCannotSignIn() {
        Consignee a = consignee("AAA");
        PortalAccount account = primary(a, "ops@a.test", false);
        String token = model.sessions().start(account.id());

        model.portalAccounts().setActive(STAFF, account.id(), false);

        assertThat(model.sessions().resolve(token)).isEmpty();
        assertThat(model.portalAccounts().authenticate("ops@a.test", PASSWORD)).isEmpty();
        model.portalAccounts().setActive(STAFF, account.id(), true);
        assertThat(model.portalAccounts().authenticate("ops@a.test", PASSWORD)).isPresent();
        var form = consigneeForm("AAA", a.legalName());
        model.consignees().update(STAFF, a.id(), a.version(), new ems.consignee.ConsigneeForm(form.code(),
                form.legalName(), form.billingAddress(), form.shippingAddress(), form.province(), form.contactEmail(),
                form.regions(), form.planTier(), null, "", false));
        assertThat(model.portalAccounts().authenticate("ops@a.test", PASSWORD)).isEmpty();
    }

    @Test
    void resetPasswordForcesAChangeAndEndsSessions() {
        PortalAccount account = primary(consignee("AAA"), "ops@a.test", false);
        String token = model.sessions().start(account.id());

        model.portalAccounts().resetPassword(STAFF, account.id(), "a brand new secret");

        assertThat(model.sessions().resolve(token)).isEmpty();
        assertThat(model.portalAccounts().authenticate("ops@a.test", "a brand new secret"))
                .hasValueSatisfying(a -> assertThat(a.mustChangePassword()).isTrue());
    }

    @Test
    void ownPasswordChangeNeedsTheCurrentOneExceptInTheForcedChange() {
        PortalAccount forced = primary(consignee("AAA"), "forced@a.test", true);
        model.portalAccounts().changeOwnPassword(forced.id(), null, "my own secret 1", "my own secret 1");
        assertThat(model.portalAccounts().get(forced.id()).mustChangePassword()).isFalse();

        assertThatThrownBy(() -> model.portalAccounts().changeOwnPassword(forced.id(), "wrong", "another secret",
                "another secret")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errorFor("currentPassword").key()).isEqualTo("error.password.current"));
        assertThatThrownBy(() -> model.portalAccounts().changeOwnPassword(forced.id(), "my own secret 1",
                "another secret", "different")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errorFor("newPasswordConfirm").key()).isEqualTo("error.password.mismatch"));
        model.portalAccounts().changeOwnPassword(forced.id(), "my own secret 1", "another secret", "another secret");
        assertThat(model.portalAccounts().authenticate("forced@a.test", "another secret")).isPresent();
    }

    @Test
    void subAccountSeesOnlyItsSectionsAndPrimarySeesAll() {
        Consignee a = consignee("AAA");
        PortalAccount sub = sub(a, "billing@a.test", EnumSet.of(Section.INVOICES, Section.REPORTS));
        PortalAccount primary = primary(a, "ops@a.test", false);

        assertThat(sub.effectiveSections()).containsExactlyInAnyOrder(Section.INVOICES, Section.REPORTS);
        assertThat(primary.effectiveSections()).containsExactlyInAnyOrder(Section.values());
        assertThat(model.portalAccounts().forConsignee(a.id())).hasSize(2);
        assertThat(model.portalAccounts().search("billing")).extracting(s -> s.consigneeCode()).containsExactly("AAA");
    }
}
