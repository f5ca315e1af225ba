package ems.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ems.error.ValidationException;
import ems.testing.ModelTest;
import org.junit.jupiter.api.Test;

class StaffServiceIT extends ModelTest {

    @Test
    void staffUserSignsInAndIsLockedOutLikePortalAccounts() {
        StaffUser user = model.staff().create(STAFF, "Clerk@Warehouse.test", "Clerk", StaffRole.WAREHOUSE,
                PASSWORD, true);

        assertThat(model.staff().authenticate("clerk@warehouse.test", PASSWORD)).map(StaffUser::id)
                .contains(user.id());
        for (int i = 0; i < 5; i++) {
            model.staff().authenticate("clerk@warehouse.test", "nope");
        }
        assertThat(model.staff().authenticate("clerk@warehouse.test", PASSWORD)).isEmpty();
        assertThat(model.staff().authenticate("nobody@warehouse.test", PASSWORD)).isEmpty();
    }

    @Test
    void duplicateEmailAndWeakPasswordAreRefused() {
        model.staff().create(STAFF, "a@w.test", "A", StaffRole.ADMIN, PASSWORD, false);

        assertThatThrownBy(() -> model.staff().create(STAFF, "A@W.test", "B", StaffRole.ADMIN, PASSWORD, false))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> model.staff().create(STAFF, "c@w.test", "C", StaffRole.ADMIN, "c@w.test-long", false))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("password").key()).isEqualTo("error.password.containsEmail"));
        assertThat(model.staff().all()).hasSize(1);
    }

    @Test
    void deactivatedStaffCannotSignIn() {
        StaffUser user = model.staff().create(STAFF, "a@w.test", "A", StaffRole.ADMIN, PASSWORD, false);
        model.staff().setActive(STAFF, user.id(), false);

        assertThat(model.staff().authenticate("a@w.test", PASSWORD)).isEmpty();
    }
}
