package ems.admin.consignee;

import static org.assertj.core.api.Assertions.assertThat;

import ems.account.Section;
import ems.admin.testing.DesktopTest;
import ems.consignee.Consignee;
import ems.consignee.PlanTier;
import ems.i18n.Language;
import ems.testing.ModelTest;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PlanViewModelTest extends DesktopTest {

    @Test
    void staffSetATierOrCustomLimitAndSeeTheUsage() {
        Consignee nlc = model.consignees().create(session.actor(), ModelTest.consigneeForm("NLC", "Northern"));
        model.subAccounts().create(session.actor(), nlc.scope(), "Ben", "ben@nlc.test", ModelTest.PASSWORD,
                EnumSet.of(Section.INVOICES), Language.EN);
        var vm = new PlanViewModel(model.consignees(), model.subAccounts(), session, executor, text);
        vm.show(nlc);
        assertThat(vm.tierProperty().get()).isEqualTo(PlanTier.STANDARD);
        assertThat(vm.usageProperty().get()).isEqualTo("1 of 5 sub-accounts in use.");

        vm.customLimitProperty().set("lots");
        vm.save(c -> { });
        assertThat(vm.errors().general().get()).startsWith("Enter a whole number");

        vm.customLimitProperty().set("0");
        Consignee[] saved = new Consignee[1];
        vm.save(c -> saved[0] = c);
        assertThat(saved[0].customSubAccountLimit()).isZero();
        assertThat(vm.usageProperty().get()).contains("1 of 0", "Over the limit");

        vm.customLimitProperty().set("");
        vm.tierProperty().set(PlanTier.ENTERPRISE);
        vm.save(c -> saved[0] = c);
        assertThat(saved[0].planTier()).isEqualTo(PlanTier.ENTERPRISE);
        assertThat(saved[0].customSubAccountLimit()).isNull();
        assertThat(model.subAccounts().usage(nlc.scope()).limit()).isEqualTo(25);
    }
}
