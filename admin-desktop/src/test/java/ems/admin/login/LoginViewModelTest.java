package ems.admin.login;

import static org.assertj.core.api.Assertions.assertThat;

import ems.admin.ui.StaffSession;
import ems.admin.testing.DesktopTest;
import ems.testing.ModelTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginViewModelTest extends DesktopTest {

    @Test
    void rightCredentialsSignInAndWrongOnesShowOneGenericMessage() {
        List<StaffSession> signedIn = new ArrayList<>();
        var vm = new LoginViewModel(model.staff(), executor, text, signedIn::add);

        vm.emailProperty().set("admin@w.test");
        vm.passwordProperty().set("wrong");
        vm.signIn();
        assertThat(signedIn).isEmpty();
        assertThat(vm.errorProperty().get()).startsWith("That email and password did not work.");
        assertThat(vm.passwordProperty().get()).isEmpty();

        vm.passwordProperty().set(ModelTest.PASSWORD);
        vm.signIn();
        assertThat(signedIn).singleElement().satisfies(s -> assertThat(s.user().name()).isEqualTo("Ada Admin"));
        assertThat(vm.errorProperty().get()).isEmpty();
    }
}
