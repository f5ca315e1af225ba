package ems.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ems.audit.Actor;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeForm;
import ems.consignee.PlanTier;
import ems.error.NotFoundException;
import ems.error.ValidationException;
import ems.i18n.Language;
import ems.testing.ModelTest;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubAccountServiceIT extends ModelTest {

    private Consignee nlc;
    private Actor ops;
    private SubAccountService subs;

    @BeforeEach
    void data() {
        nlc = consignee("NLC"); // STANDARD: 5
        PortalAccount primary = primary(nlc, "ops@nlc.test", false);
        ops = Actor.portal(primary.id(), primary.name());
        subs = model.subAccounts();
    }

    private PortalAccount add(Consignee c, String email, Set<Section> sections) {
        return subs.create(ops, c.scope(), "Person " + email, email, PASSWORD, sections, Language.EN);
    }

    private Consignee withPlan(Consignee c, PlanTier tier, Integer custom) {
        ConsigneeForm f = new ConsigneeForm(c.code(), c.legalName(), c.billingAddress(), c.shippingAddress(),
                c.province(), c.contactEmail(), c.regions(), tier, custom, c.stampSequenceRequirements(), true);
        return model.consignees().update(STAFF, c.id(), c.version(), f);
    }

    @Test
    void eachTierAndACustomLimitCapActiveSubAccounts() {
        for (PlanTier tier : PlanTier.values()) {
            Consignee c = withPlan(consignee("T" + tier.ordinal()), tier, null);
            for (int i = 0; i < tier.subAccountLimit(); i++) {
                add(c, "u" + i + "@" + tier.name().toLowerCase() + ".test", EnumSet.of(Section.INVOICES));
            }
            assertThat(subs.usage(c.scope())).isEqualTo(new SubAccountUsage(tier.subAccountLimit(),
                    tier.subAccountLimit()));
            assertThatThrownBy(() -> add(c, "one-more@" + tier.name().toLowerCase() + ".test",
                    EnumSet.of(Section.INVOICES))).as(tier.name()).isInstanceOfSatisfying(ValidationException.class,
                    e -> {
                        assertThat(e.errorFor("limit").key()).isEqualTo("error.account.limitReached");
                        assertThat(e.errorFor("limit").args()).containsExactly(tier.subAccountLimit(),
                                tier.subAccountLimit());
                    });
        }
        Consignee custom = withPlan(nlc, PlanTier.BASIC, 1);
        add(custom, "only@nlc.test", SubAccountPreset.ACCOUNTING.sections());
        assertThatThrownBy(() -> add(custom, "second@nlc.test", EnumSet.of(Section.FEEDBACK)))
                .isInstanceOf(ValidationException.class);
        PortalAccount only = model.portalAccounts().authenticate("only@nlc.test", PASSWORD).orElseThrow();
        subs.setActive(ops, custom.scope(), only.id(), false);
        assertThat(subs.usage(custom.scope()).used()).as("a deactivated account frees its seat").isZero();
        add(custom, "second@nlc.test", EnumSet.of(Section.FEEDBACK));
        assertThatThrownBy(() -> subs.setActive(ops, custom.scope(), only.id(), true))
                .as("reactivating needs a free seat").isInstanceOf(ValidationException.class);
    }

    @Test
    void presetsSectionsAndDeactivationTakeEffectOnTheNextRequest() {
        assertThat(SubAccountPreset.SHIPPING_COORDINATOR.sections()).containsExactlyInAnyOrder(Section.SHIPMENTS,
                Section.OUTBOUND);
        assertThat(SubAccountPreset.ACCOUNTING.sections()).containsExactlyInAnyOrder(Section.INVOICES, Section.REPORTS);
        assertThat(SubAccountPreset.OPERATIONS_MANAGER.sections()).containsExactlyInAnyOrder(Section.PRODUCTION,
                Section.INVENTORY, Section.SHIPMENTS);
        PortalAccount sub = add(nlc, "clerk@nlc.test", SubAccountPreset.SHIPPING_COORDINATOR.sections());
        assertThat(sub.mustChangePassword()).isTrue();
        String session = model.sessions().start(sub.id());
        assertThat(model.sessions().resolve(session).orElseThrow().sections())
                .containsExactlyInAnyOrder(Section.SHIPMENTS, Section.OUTBOUND);

        subs.setSections(ops, nlc.scope(), sub.id(), subs.get(nlc.scope(), sub.id()).version(),
                EnumSet.of(Section.INVOICES));
        assertThat(model.sessions().resolve(session).orElseThrow().sections()).containsExactly(Section.INVOICES);
        assertThatThrownBy(() -> subs.setSections(ops, nlc.scope(), sub.id(), 99, EnumSet.noneOf(Section.class)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("sections").key()).isEqualTo("error.account.sectionsRequired"));

        subs.setActive(ops, nlc.scope(), sub.id(), false);
        assertThat(model.sessions().resolve(session)).as("deactivation ends live sessions").isEmpty();
        assertThat(model.portalAccounts().authenticate("clerk@nlc.test", PASSWORD)).isEmpty();
    }

    @Test
    void anotherConsigneesAccountsAndPrimaryAccountsAreNotFoundAndEmailsAreUniqueEverywhere() {
        Consignee oth = consignee("OTH");
        PortalAccount theirs = primary(oth, "ops@oth.test", false);
        PortalAccount theirSub = subs.create(ops, oth.scope(), "X", "x@oth.test", PASSWORD,
                EnumSet.of(Section.INVOICES), Language.EN);
        for (long id : new long[] {theirs.id(), theirSub.id()}) {
            assertThatThrownBy(() -> subs.setActive(ops, nlc.scope(), id, false)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> subs.resetPassword(ops, nlc.scope(), id, "another good password"))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> add(nlc, "X@OTH.test", EnumSet.of(Section.INVOICES)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("email").key()).isEqualTo("error.account.emailTaken"));
        assertThatThrownBy(() -> add(nlc, "none@nlc.test", Set.of())).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.errorFor("sections")).isNotNull());
        assertThat(subs.list(nlc.scope())).isEmpty();
    }
}
