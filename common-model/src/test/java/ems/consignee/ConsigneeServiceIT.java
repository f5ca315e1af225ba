package ems.consignee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ems.error.StaleVersionException;
import ems.error.ValidationException;
import ems.testing.ModelTest;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ConsigneeServiceIT extends ModelTest {

    @Test
    void createdConsigneeIsFoundByCodeAndNameAndAudited() {
        Consignee created = consignee("NLC");

        assertThat(created.code()).isEqualTo("NLC");
        assertThat(created.regions()).containsExactlyInAnyOrder(Region.FEDERAL, Region.ON);
        assertThat(model.consignees().search("nlc")).extracting(Consignee::id).containsExactly(created.id());
        assertThat(model.consignees().search("consignee n")).extracting(Consignee::id).containsExactly(created.id());
        assertThat(model.audit().newestForConsignee(created.id(), 10))
                .extracting(e -> e.action()).containsExactly("consignee.created");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        var form = new ConsigneeForm("a", "x".repeat(10_000), "", "addr", null, "not-an-email",
                EnumSet.noneOf(Region.class), PlanTier.BASIC, -1, "bell\u0007", true);

        assertThatThrownBy(() -> model.consignees().create(STAFF, form))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(err -> err.field() + ":" + err.key())
                        .containsExactlyInAnyOrder("code:error.consignee.code", "legalName:error.tooLong",
                                "billingAddress:error.required", "province:error.required",
                                "contactEmail:error.email.invalid", "regions:error.consignee.regions",
                                "customSubAccountLimit:error.range",
                                "stampSequenceRequirements:error.controlCharacters"));
        assertThat(model.consignees().search("")).isEmpty();
        assertThat(model.audit().newest(10)).isEmpty();
    }

    @Test
    void duplicateCodeIsRefusedEvenInOtherCase() {
        consignee("NLC");

        assertThatThrownBy(() -> model.consignees().create(STAFF, consigneeForm("nlc", "Other")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("code").key()).isEqualTo("error.consignee.codeTaken"));
    }

    @Test
    void editOnAStaleVersionIsRefusedAndTheFirstEditStays() {
        Consignee original = consignee("NLC");
        model.consignees().update(STAFF, original.id(), original.version(), consigneeForm("NLC", "First Edit"));

        assertThatThrownBy(() -> model.consignees().update(STAFF, original.id(), original.version(),
                consigneeForm("NLC", "Second Edit"))).isInstanceOf(StaleVersionException.class);
        assertThat(model.consignees().get(original.id()).legalName()).isEqualTo("First Edit");
    }

    @Test
    void editIsAuditedWithWhatChanged() {
        Consignee original = consignee("NLC");
        var form = new ConsigneeForm("NLC", "Renamed Inc.", original.billingAddress(), original.shippingAddress(),
                Province.QC, original.contactEmail(), EnumSet.allOf(Region.class), PlanTier.ENTERPRISE, 40, "", true);

        Consignee updated = model.consignees().update(STAFF, original.id(), original.version(), form);

        assertThat(updated.subAccountLimit()).isEqualTo(40);
        assertThat(updated.version()).isEqualTo(original.version() + 1);
        assertThat(model.audit().newestForConsignee(original.id(), 1).get(0).summary())
                .contains("legalName: Consignee NLC → Renamed Inc.", "province: ON → QC", "planTier: STANDARD → ENTERPRISE");
    }

    @Test
    void planLimitFollowsTierUnlessCustomised() {
        Consignee basic = model.consignees().create(STAFF, new ConsigneeForm("B1", "Basic", "a", "a", Province.ON,
                "b@b.test", EnumSet.of(Region.ON), PlanTier.BASIC, null, "", true));

        assertThat(basic.subAccountLimit()).isEqualTo(2);
        assertThat(PlanTier.STANDARD.subAccountLimit()).isEqualTo(5);
        assertThat(PlanTier.ENTERPRISE.subAccountLimit()).isEqualTo(25);
    }
}
