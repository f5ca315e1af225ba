package ems.admin.users;

import static org.assertj.core.api.Assertions.assertThat;

import ems.account.AccountRole;
import ems.account.NewPortalAccount;
import ems.admin.testing.DesktopTest;
import ems.i18n.Language;
import ems.testing.ModelTest;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UsersViewModelTest extends DesktopTest {

    @Test
    void relinkResetAndDeactivateActOnTheSelectedAccount() {
        var nlc = model.consignees().create(session.actor(), ModelTest.consigneeForm("NLC", "Northern Lights"));
        var pli = model.consignees().create(session.actor(), ModelTest.consigneeForm("PLI", "Prairie Leaf"));
        var account = model.portalAccounts().create(session.actor(), new NewPortalAccount(nlc.id(), "ops@x.test",
                "Ops", AccountRole.PRIMARY, Set.of(), ModelTest.PASSWORD, Language.EN), false);
        String token = model.sessions().start(account.id());
        var vm = new UsersViewModel(model.portalAccounts(), model.consignees(), model.staff(), session, executor, text);
        vm.refresh();
        vm.selectedProperty().set(vm.accounts().get(0));
        assertThat(vm.relinkTargetProperty().get().id()).isEqualTo(nlc.id());

        vm.relinkTargetProperty().set(pli);
        vm.relink();
        assertThat(vm.messageProperty().get()).isEqualTo("ops@x.test now belongs to Prairie Leaf; its open sessions were ended.");
        assertThat(model.portalAccounts().get(account.id()).consigneeId()).isEqualTo(pli.id());
        assertThat(model.sessions().resolve(token)).isEmpty();
        assertThat(vm.selectedProperty().get().consigneeName()).isEqualTo("Prairie Leaf");

        vm.newPasswordProperty().set("short");
        vm.resetPassword();
        assertThat(vm.errors().field("password").get()).isEqualTo("Use at least 10 characters.");
        vm.newPasswordProperty().set("a new temporary one");
        vm.resetPassword();
        assertThat(model.portalAccounts().get(account.id()).mustChangePassword()).isTrue();

        vm.toggleActive();
        assertThat(model.portalAccounts().get(account.id()).active()).isFalse();
        assertThat(vm.selectedProperty().get().active()).isFalse();
        vm.toggleActive();
        assertThat(model.portalAccounts().get(account.id()).active()).isTrue();
        assertThat(model.audit().forEntity("portal_account", account.id())).extracting(e -> e.action())
                .containsExactly("portalAccount.created", "portalAccount.relinked", "portalAccount.relinked",
                        "portalAccount.passwordReset", "portalAccount.deactivated", "portalAccount.reactivated");
    }

    @Test
    void staffCannotDeactivateThemselves() {
        var vm = new UsersViewModel(model.portalAccounts(), model.consignees(), model.staff(), session, executor, text);
        vm.refresh();

        vm.toggleStaffActive(vm.staffUsers().get(0));

        assertThat(vm.staffErrors().general().get()).isEqualTo("You cannot deactivate yourself.");
        assertThat(model.staff().get(session.user().id()).active()).isTrue();
    }
}
