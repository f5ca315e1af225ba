package ems.admin.access;

import static org.assertj.core.api.Assertions.assertThat;

import ems.account.PortalAccount;
import ems.admin.testing.DesktopTest;
import ems.testing.ModelTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewPortalAccountViewModelTest extends DesktopTest {

    @Test
    void theConsigneeMustBeConfirmedByNameAndChangingItWithdrawsTheConfirmation() {
        var nlc = model.consignees().create(session.actor(), ModelTest.consigneeForm("NLC", "Northern Lights"));
        var pli = model.consignees().create(session.actor(), ModelTest.consigneeForm("PLI", "Prairie Leaf"));
        var vm = new NewPortalAccountViewModel(model.portalAccounts(), session, executor, text);
        vm.consigneeProperty().set(nlc);
        vm.emailProperty().set("ops@nlc.test");
        vm.nameProperty().set("Nadia");
        vm.passwordProperty().set("initial secret 1");
        List<PortalAccount> created = new ArrayList<>();

        assertThat(vm.confirmationText().get()).contains("Northern Lights (NLC)");
        assertThat(vm.canCreate().get()).isFalse();
        vm.create(created::add);
        assertThat(created).isEmpty();

        vm.confirmedProperty().set(true);
        vm.consigneeProperty().set(pli);
        assertThat(vm.confirmedProperty().get()).isFalse();
        assertThat(vm.confirmationText().get()).contains("Prairie Leaf (PLI)");

        vm.confirmedProperty().set(true);
        assertThat(vm.canCreate().get()).isTrue();
        vm.create(created::add);
        assertThat(created).singleElement().satisfies(a -> {
            assertThat(a.consigneeId()).isEqualTo(pli.id());
            assertThat(a.mustChangePassword()).isTrue();
        });
        assertThat(vm.createdProperty().get()).contains("ops@nlc.test", "Prairie Leaf");
    }

    @Test
    void aDuplicateEmailIsShownUnderTheEmailField() {
        var nlc = model.consignees().create(session.actor(), ModelTest.consigneeForm("NLC", "Northern Lights"));
        var vm = new NewPortalAccountViewModel(model.portalAccounts(), session, executor, text);
        for (int i = 0; i < 2; i++) {
            vm.consigneeProperty().set(nlc);
            vm.emailProperty().set("ops@nlc.test");
            vm.nameProperty().set("Nadia");
            vm.passwordProperty().set("initial secret 1");
            vm.confirmedProperty().set(true);
            vm.create(a -> { });
        }

        assertThat(vm.errors().field("email").get()).isEqualTo("This email address is already used by another account.");
        assertThat(model.portalAccounts().forConsignee(nlc.id())).hasSize(1);
    }
}
