package ems.admin.testing;

import ems.Model;
import ems.admin.ui.StaffSession;
import ems.admin.ui.Text;
import ems.i18n.Language;
import ems.staff.StaffRole;
import ems.testing.DbKind;
import ems.testing.ModelTest;
import ems.testing.MutableClock;
import ems.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the ViewModel tests: a real database, a signed-in staff admin, synchronous execution. */
public abstract class DesktopTest {

    protected final MutableClock clock = MutableClock.startingAt("2026-03-02T14:00:00Z");
    protected final DirectUiExecutor executor = new DirectUiExecutor();
    protected final Text text = new Text(Language.EN);
    protected Model model;
    protected StaffSession session;

    @BeforeEach
    void openModel() {
        model = Model.open(TestDatabases.fresh(DbKind.H2), clock, 4);
        session = new StaffSession(model.staff().create(ModelTest.STAFF, "admin@w.test", "Ada Admin",
                StaffRole.ADMIN, ModelTest.PASSWORD, false));
    }

    @AfterEach
    void closeModel() {
        model.close();
    }
}
